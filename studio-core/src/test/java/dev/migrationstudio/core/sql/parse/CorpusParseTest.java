package dev.migrationstudio.core.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CorpusParseTest {
    private final StatementParser parser = new StatementParser();

    @Test
    void everyStatementOfTheRealisticHistoryIsUnderstood() {
        List<String> statements = Corpus.history();
        assertThat(statements).hasSize(61);
        List<String> opaque = new ArrayList<>();
        for (String statement : statements) {
            if (parser.parse(statement) instanceof ParsedStatement.Opaque o) {
                opaque.add(o.reason() + " <- " + statement);
            }
        }
        assertThat(opaque).isEmpty();
    }

    @Test
    void parsingOnManyThreadsGivesTheSameRecordsAsOneThread() throws Exception {
        List<String> statements = Corpus.repeated(20);
        List<ParsedStatement> expected = statements.stream().map(parser::parse).toList();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ParsedStatement>>> runs = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                runs.add(threads.submit(() -> statements.stream().map(parser::parse).toList()));
            }
            for (Future<List<ParsedStatement>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
