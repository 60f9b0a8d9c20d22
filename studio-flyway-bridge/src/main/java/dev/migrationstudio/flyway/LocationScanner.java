package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationSourceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lists the files under a Flyway location recursively, as Flyway's scanners do: hidden directories are skipped,
 * and for a classpath location the same relative path in two roots counts once: the first root wins, as a class
 * loader would return it. (Flyway itself, given two roots holding the same script, reports a duplicate version; the
 * roots we get are the project's resource directories and its output directory, which hold copies of the same
 * scripts, so merging them is what the project means.)
 */
final class LocationScanner {

    /**
     * The files of one location, keyed by their path relative to it with {@code /} separators.
     * {@code shadowed} holds the files a former root already supplied, keyed the same way.
     */
    record ScannedLocation(FlywayLocation location, List<Path> directories, SortedMap<String, Path> files,
                           SortedMap<String, List<Path>> shadowed) {
    }

    private LocationScanner() {
    }

    static ScannedLocation scan(FlywayLocation location, List<Path> directories) throws MigrationSourceException {
        SortedMap<String, Path> files = new TreeMap<>();
        SortedMap<String, List<Path>> shadowed = new TreeMap<>();
        for (Path directory : directories) {
            try {
                walk(directory, files, shadowed);
            } catch (IOException | UncheckedIOException e) {
                throw new MigrationSourceException("Cannot read Flyway location '" + location + "' at " + directory
                        + ": " + e.getMessage() + " (setting 'locations')", e);
            }
        }
        return new ScannedLocation(location, List.copyOf(directories), Collections.unmodifiableSortedMap(files),
                Collections.unmodifiableSortedMap(shadowed));
    }

    private static void walk(Path directory, SortedMap<String, Path> files, SortedMap<String, List<Path>> shadowed)
            throws IOException {
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        return !dir.equals(directory) && Files.isHidden(dir)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            String name = relativeName(directory, file);
                            if (files.putIfAbsent(name, file) != null) {
                                shadowed.computeIfAbsent(name, key -> new ArrayList<>()).add(file);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }
                });
    }

    private static String relativeName(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
