package dev.migrationstudio.core.history;

import dev.migrationstudio.core.sql.parse.StatementParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Identifies the parser build, so a parse cache written by another build is not reused: the core jar's size and
 * time (a snapshot changes without changing its version), or the parser class file's when run from classes.
 */
public final class ParserVersion {
    private ParserVersion() {
    }

    public static String current() {
        String version = String.valueOf(StatementParser.class.getPackage().getImplementationVersion());
        CodeSource source = StatementParser.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return version;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            Path built = Files.isDirectory(location)
                    ? location.resolve(StatementParser.class.getName().replace('.', '/') + ".class")
                    : location;
            return version + ":" + Files.size(built) + ":" + Files.getLastModifiedTime(built).toMillis();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return version;
        }
    }
}
