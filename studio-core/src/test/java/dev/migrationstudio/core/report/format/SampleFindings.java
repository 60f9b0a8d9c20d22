package dev.migrationstudio.core.report.format;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.FindingFingerprint;
import dev.migrationstudio.core.finding.Severity;
import java.util.List;

/** Findings of every shape the formats must handle: on a file, on an object with a file, on an object only. */
final class SampleFindings {
    static final Finding INDEX_ERROR = new Finding("create-index-not-concurrent", Severity.ERROR, null,
            "db/migration/V2__index users.sql", 3, 1, "CREATE INDEX without CONCURRENTLY locks writes to users",
            "CREATE INDEX CONCURRENTLY idx_users_email ON users (email);\n-- outside a transaction",
            FindingFingerprint.of("create-index-not-concurrent", "db/migration/V2__index users.sql",
                    "CREATE INDEX idx_users_email ON users (email)"));
    static final Finding RENAME_WARNING = new Finding("rename-column", Severity.WARNING, "public.users",
            "db/migration/V2__index users.sql", 7, 5, "Renaming a column breaks running clients", null,
            FindingFingerprint.of("rename-column", "db/migration/V2__index users.sql", "ALTER TABLE users RENAME"));
    static final Finding JSONB_INFO = new Finding("prefer-jsonb", Severity.INFO, null,
            "db/migration/V1__init.sql", 2, 10, "Prefer jsonb over json", "jsonb",
            FindingFingerprint.of("prefer-jsonb", "db/migration/V1__init.sql", "CREATE TABLE t (doc json)"));
    static final Finding RLS_ON_OBJECT = Finding.onObject("rls-disabled-in-exposed-schema", Severity.ERROR,
            "public.notes", "public.notes", "Table public.notes is readable by anon: 100%, with, commas",
            "ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;");

    static List<Finding> all() {
        return List.of(JSONB_INFO, INDEX_ERROR, RENAME_WARNING, RLS_ON_OBJECT);
    }

    static FindingsReport report() {
        return new FindingsReport("migration-studio", "0.1.0-SNAPSHOT",
                List.of(new RuleInfo("create-index-not-concurrent", "CREATE INDEX without CONCURRENTLY",
                        "Build the index CONCURRENTLY, outside a transaction."), RuleInfo.of("prefer-jsonb")),
                List.of("db/migration/V1__init.sql", "db/migration/V2__index users.sql", "db/migration/V3__clean.sql"),
                all());
    }

    private SampleFindings() {
    }
}
