package dev.migrationstudio.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndAnnotationsTest {

    @Test
    void textGroupsByFileInLineOrderWithTheRewriteIndented() {
        List<String> lines = TextFormat.render(SampleFindings.all());
        assertThat(lines).containsExactly(
                "db/migration/V1__init.sql",
                "    2:10  info  prefer-jsonb  Prefer jsonb over json",
                "        jsonb",
                "db/migration/V2__index users.sql",
                "    3:1  error  create-index-not-concurrent  CREATE INDEX without CONCURRENTLY locks writes to users",
                "        CREATE INDEX CONCURRENTLY idx_users_email ON users (email);",
                "        -- outside a transaction",
                "    7:5  warning  rename-column  Renaming a column breaks running clients",
                FindingsReport.SCHEMA_OBJECTS,
                "    public.notes  error  rls-disabled-in-exposed-schema  Table public.notes is readable by anon:"
                        + " 100%, with, commas",
                "        ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;");
    }

    @Test
    void oneLineNamesFileAndLineOrTheObject() {
        assertThat(TextFormat.oneLine(SampleFindings.INDEX_ERROR)).isEqualTo(
                "db/migration/V2__index users.sql:3 create-index-not-concurrent"
                        + " CREATE INDEX without CONCURRENTLY locks writes to users");
        assertThat(TextFormat.oneLine(SampleFindings.RLS_ON_OBJECT))
                .startsWith("public.notes rls-disabled-in-exposed-schema Table public.notes");
    }

    @Test
    void annotationsUseTheSeverityCommandAndEscapeValues() {
        assertThat(GithubAnnotations.render(SampleFindings.all())).containsExactly(
                "::notice file=db/migration/V1__init.sql,line=2,col=10,title=prefer-jsonb::Prefer jsonb over json",
                "::error file=db/migration/V2__index users.sql,line=3,col=1,title=create-index-not-concurrent"
                        + "::CREATE INDEX without CONCURRENTLY locks writes to users",
                "::warning file=db/migration/V2__index users.sql,line=7,col=5,title=rename-column"
                        + "::Renaming a column breaks running clients",
                "::error title=rls-disabled-in-exposed-schema::public.notes: Table public.notes is readable by anon:"
                        + " 100%25, with, commas");
    }

    @Test
    void annotationsAreOnOnlyWhenGithubActionsIsTrue() {
        assertThat(GithubAnnotations.enabled("true")).isTrue();
        assertThat(GithubAnnotations.enabled("TRUE ")).isTrue();
        assertThat(GithubAnnotations.enabled(null)).isFalse();
        assertThat(GithubAnnotations.enabled("false")).isFalse();
        assertThat(GithubAnnotations.enabled("1")).isFalse();
    }
}
