package dev.migrationstudio.core.sql.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.StatementParser;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SchemaReplayer#relationsOnly()} skips privilege, policy and function statements: after every statement
 * of the corpora and the lint fixtures, everything else of its model and the relations each step touched must be
 * what a full replay has, since the lint reads tables and indexes from it.
 */
class RelationsOnlyReplayTest {
    private static final StatementParser PARSER = new StatementParser();
    private static final Set<TouchedObject.Kind> SKIPPED_KINDS = Set.of(TouchedObject.Kind.GRANT,
            TouchedObject.Kind.POLICY, TouchedObject.Kind.FUNCTION);

    static Stream<Arguments> histories() throws IOException, URISyntaxException {
        List<Arguments> histories = new ArrayList<>();
        for (String history : List.of(Corpus.SUPABASE_SAAS, Corpus.PLAIN_POSTGRES)) {
            histories.add(Arguments.of(history, parsed(Corpus.flywayScripts(history))));
        }
        histories.add(Arguments.of("supabase-style-history", parsed(List.of(resource("/sql/supabase-style-history.sql")))));
        try (Stream<Path> fixtures = Files.list(resource("/lint"))) {
            fixtures.filter(f -> f.toString().endsWith(".sql")).sorted()
                    .forEach(f -> histories.add(Arguments.of(f.getFileName().toString(), parsed(List.of(f)))));
        }
        return histories.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void relationsAreAsAFullReplayHasThem(String history, List<ParsedStatement> statements) {
        SchemaReplayer full = new SchemaReplayer();
        SchemaReplayer relations = SchemaReplayer.relationsOnly();
        for (int i = 0; i < statements.size(); i++) {
            ReplayStep fullStep = full.apply(statements.get(i));
            ReplayStep relationsStep = relations.apply(statements.get(i));
            String where = history + ", statement " + (i + 1) + ": " + statements.get(i);
            assertThat(relationsStep.touched()).as(where).isEqualTo(withoutSkippedKinds(fullStep.touched()));
            assertThat(withoutSkippedKinds(relations.model())).as(where).isEqualTo(withoutSkippedKinds(full.model()));
        }
        assertThat(relations.model().grants()).as("privileges are not replayed")
                .isEqualTo(new SchemaReplayer().model().grants());
    }

    private static List<TouchedObject> withoutSkippedKinds(List<TouchedObject> touched) {
        return touched.stream().filter(t -> !SKIPPED_KINDS.contains(t.kind())).toList();
    }

    private static SchemaModel withoutSkippedKinds(SchemaModel model) {
        return new SchemaModel(model.schemas(), model.tables(), model.indexes(), List.of(), List.of(), model.views(),
                model.triggers(), model.extensions(), model.sequences(), model.enums(), model.domains(),
                model.compositeTypes(), List.of());
    }

    private static List<ParsedStatement> parsed(List<Path> scripts) {
        List<ParsedStatement> statements = new ArrayList<>();
        for (Path script : scripts) {
            try {
                for (SqlStatement statement : SqlSplitter.split(Files.readString(script)).statements()) {
                    statements.add(PARSER.parse(statement.text()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return statements;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RelationsOnlyReplayTest.class.getResource(name).toURI());
    }
}
