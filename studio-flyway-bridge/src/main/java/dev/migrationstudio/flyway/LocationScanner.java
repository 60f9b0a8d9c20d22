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
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lists the files under a Flyway location recursively, as Flyway's scanners do: hidden directories are skipped,
 * and for a classpath location the same relative path in two roots counts once (the first root wins, as a class
 * loader would return it).
 */
final class LocationScanner {

    /** The files of one location, keyed by their path relative to it with {@code /} separators. */
    record ScannedLocation(FlywayLocation location, List<Path> directories, SortedMap<String, Path> files) {
    }

    private LocationScanner() {
    }

    static ScannedLocation scan(FlywayLocation location, List<Path> directories) throws MigrationSourceException {
        SortedMap<String, Path> files = new TreeMap<>();
        for (Path directory : directories) {
            try {
                walk(directory, files);
            } catch (IOException | UncheckedIOException e) {
                throw new MigrationSourceException("Cannot read Flyway location '" + location + "' at " + directory
                        + ": " + e.getMessage() + " (setting 'locations')", e);
            }
        }
        return new ScannedLocation(location, List.copyOf(directories), Collections.unmodifiableSortedMap(files));
    }

    private static void walk(Path directory, SortedMap<String, Path> files) throws IOException {
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
                            files.putIfAbsent(relativeName(directory, file), file);
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
