package dev.migrationstudio.core.source;

import java.nio.file.Path;

/**
 * A file of the history that cannot be read as a script (invalid encoding, a binary file). The source leaves it
 * out of {@link MigrationSource#scripts()} and reports it here, so one bad file does not hide the others.
 *
 * @param file    the unreadable file
 * @param line    1-based line of the first bad byte
 * @param message what is wrong and what to do, naming the file and the line
 */
public record SourceProblem(Path file, int line, String message) {
}
