package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationSourceException;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Flyway location: {@code classpath:<path>} (the default scheme, as in Flyway) or {@code filesystem:<path>}.
 *
 * @param raw    the location as configured, for messages
 * @param scheme where the path is looked up
 * @param path   the path: relative to the classpath roots, or to the project base directory unless absolute
 */
public record FlywayLocation(String raw, Scheme scheme, String path) {

    public enum Scheme { CLASSPATH, FILESYSTEM }

    private static final String CLASSPATH_PREFIX = "classpath:";
    private static final String FILESYSTEM_PREFIX = "filesystem:";

    /**
     * Parses a location the way Flyway writes it.
     *
     * @throws MigrationSourceException for a scheme or wildcard this reader does not support; names the setting
     */
    public static FlywayLocation parse(String location) throws MigrationSourceException {
        String raw = location.trim();
        Scheme scheme;
        String path;
        if (raw.startsWith(FILESYSTEM_PREFIX)) {
            scheme = Scheme.FILESYSTEM;
            path = raw.substring(FILESYSTEM_PREFIX.length());
        } else if (raw.startsWith(CLASSPATH_PREFIX)) {
            scheme = Scheme.CLASSPATH;
            path = stripSlashes(raw.substring(CLASSPATH_PREFIX.length()));
        } else if (raw.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !raw.matches("^[a-zA-Z]:[\\\\/].*")) {
            throw new MigrationSourceException("Flyway setting 'locations': '" + raw
                    + "' uses a scheme Migration Studio cannot read offline; use classpath: or filesystem:");
        } else {
            scheme = Scheme.CLASSPATH;
            path = stripSlashes(raw);
        }
        if (path.contains("*") || path.contains("?")) {
            throw new MigrationSourceException("Flyway setting 'locations': wildcard location '" + raw
                    + "' is not supported yet; list the directories explicitly");
        }
        if (scheme == Scheme.FILESYSTEM && path.isBlank()) {
            throw new MigrationSourceException("Flyway setting 'locations': '" + raw + "' has no path");
        }
        return new FlywayLocation(raw, scheme, path);
    }

    /**
     * The directories this location stands for, existing or not: one for a filesystem location, one per classpath
     * root for a classpath location (in root order).
     */
    public List<Path> candidateDirectories(FlywaySettings settings) throws MigrationSourceException {
        try {
            if (scheme == Scheme.FILESYSTEM) {
                return List.of(settings.baseDir().resolve(path).normalize());
            }
            List<Path> directories = new ArrayList<>();
            for (Path root : settings.classpathRoots()) {
                directories.add(path.isEmpty() ? root : root.resolve(path).normalize());
            }
            return directories;
        } catch (InvalidPathException e) {
            throw new MigrationSourceException("Flyway setting 'locations': '" + raw + "' is not a valid path: "
                    + e.getReason());
        }
    }

    /** The candidate directories that exist. */
    public List<Path> existingDirectories(FlywaySettings settings) throws MigrationSourceException {
        List<Path> existing = new ArrayList<>();
        for (Path directory : candidateDirectories(settings)) {
            if (Files.isDirectory(directory)) {
                existing.add(directory);
            }
        }
        return existing;
    }

    @Override
    public String toString() {
        return raw;
    }

    private static String stripSlashes(String path) {
        String stripped = path.trim();
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
