package dev.migrationstudio.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.shadow.ShadowInitScripts;
import dev.migrationstudio.core.testing.TestDatabase;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The Flyway histories of the corpus migrate with real Flyway 11 on PostgreSQL 17, each script in Flyway's own
 * transaction handling (CREATE INDEX CONCURRENTLY detected and run outside one). The Supabase history gets the
 * platform init first.
 */
class CorpusMigratesWithFlywayTest {

    @Test
    void bothHistoriesMigrate() throws Exception {
        assertThat(migrate(Corpus.PLAIN_POSTGRES, false).migrationsExecuted)
                .isEqualTo(Corpus.flywayScripts(Corpus.PLAIN_POSTGRES).size());
        assertThat(migrate(Corpus.SUPABASE_SAAS, true).migrationsExecuted)
                .isEqualTo(Corpus.flywayScripts(Corpus.SUPABASE_SAAS).size());
    }

    private static MigrateResult migrate(String history, boolean supabase) throws Exception {
        String url = TestDatabase.create().jdbcUrl();
        if (supabase) {
            try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement()) {
                for (SqlStatement statement : SqlSplitter.split(ShadowInitScripts.supabasePlatformSql()).statements()) {
                    st.execute(statement.text());
                }
            }
        }
        MigrateResult result = Flyway.configure()
                .dataSource(url, "postgres", null)
                .locations("filesystem:" + Corpus.root().resolve(history))
                // design section 10: Flyway's advisory-lock transaction would block CREATE INDEX CONCURRENTLY
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .load()
                .migrate();
        assertThat(result.success).isTrue();
        return result;
    }
}
