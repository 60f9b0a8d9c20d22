package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Engine time of the introspector on an existing database: {@code runs} introspections on one open connection
 * in one JVM, each timed alone (connecting is not counted). Run by benchmarks/introspect/run.sh; not a test.
 * Arguments: JDBC URL, user, runs. The password, if any, comes from the PGPASSWORD environment variable.
 */
public final class IntrospectBenchmark {
    private IntrospectBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            System.err.println("usage: IntrospectBenchmark <jdbc-url> <user> <runs>");
            System.exit(2);
        }
        Properties properties = new Properties();
        properties.setProperty("user", args[1]);
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        int runs = Integer.parseInt(args[2]);
        List<Long> millis = new ArrayList<>();
        Map<String, Long> phaseMillis = new LinkedHashMap<>();
        Introspection last = null;
        try (Connection connection = DriverManager.getConnection(args[0], properties)) {
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                long[] phaseStart = {start};
                last = new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS,
                        (phase, done, total) -> {
                            long now = System.nanoTime();
                            phaseMillis.put(phase, (now - phaseStart[0]) / 1_000_000);
                            phaseStart[0] = now;
                        });
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                millis.add(elapsed);
                System.out.println("introspector run " + run + ": " + elapsed + " ms");
            }
        }
        SchemaModel model = last.model();
        System.out.println("introspector read: tables=" + model.tables().size()
                + " columns=" + model.tables().stream().mapToInt(table -> table.columns().size()).sum()
                + " constraints=" + model.tables().stream().map(Table::constraints).mapToInt(List::size).sum()
                + " indexes=" + model.indexes().size() + " policies=" + model.policies().size()
                + " routines=" + model.routines().size() + " triggers=" + model.triggers().size()
                + " grants=" + model.grants().size() + " (server " + last.serverVersion() + ")");
        System.out.println("introspector phases of the last run (ms, query + mapping): " + phaseMillis);
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.println("introspector first run (cold JVM): " + millis.get(0) + " ms");
        System.out.println("introspector median of " + runs + ": " + sorted.get(sorted.size() / 2) + " ms");
    }
}
