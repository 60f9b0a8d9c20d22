package dev.migrationstudio.core.sqlast;

import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSource;
import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.source.SourceProblem;
import dev.migrationstudio.core.sql.split.DecodedScript;
import dev.migrationstudio.core.sql.split.ScriptDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The versioned scripts of a directory ({@code V<n>__name.sql}) in version order, decoded with the core decoder:
 * a core-only reader for tests (the Flyway bridge is the real one and depends on the core, not the reverse).
 */
final class DirectorySource implements MigrationSource {
    private final Path directory;
    private final List<MigrationScript> scripts = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();

    DirectorySource(Path directory) throws IOException {
        this.directory = directory;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingLong(DirectorySource::version)).toList()) {
                String name = file.getFileName().toString();
                DecodedScript decoded = ScriptDecoder.decode(Files.readAllBytes(file), name);
                if (decoded instanceof DecodedScript.Text text) {
                    scripts.add(new MigrationScript(name, String.valueOf(version(file)), name,
                            MigrationScript.Kind.VERSIONED, file, text.sql(), 1, true, null));
                } else {
                    DecodedScript.Rejected rejected = (DecodedScript.Rejected) decoded;
                    problems.add(new SourceProblem(file, rejected.position().line(), rejected.message()));
                }
            }
        }
    }

    private static long version(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(1, name.indexOf("__")));
    }

    @Override
    public String tool() {
        return "flyway";
    }

    @Override
    public String location() {
        return "filesystem:" + directory;
    }

    @Override
    public List<MigrationScript> scripts() throws MigrationSourceException {
        return scripts;
    }

    @Override
    public List<SourceProblem> problems() {
        return problems;
    }
}
