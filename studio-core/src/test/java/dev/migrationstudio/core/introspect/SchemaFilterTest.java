package dev.migrationstudio.core.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFilterTest {
    @Test
    void byDefaultReadsApplicationSchemasOnly() {
        SchemaFilter filter = SchemaFilter.ALL_APPLICATION_SCHEMAS;
        assertThat(List.of("public", "app", "billing")).allMatch(filter::accepts);
        assertThat(List.of("pg_catalog", "information_schema", "pg_toast", "pg_temp_3", "pg_toast_temp_3",
                "auth", "storage", "extensions", "graphql_public", "_realtime")).noneMatch(filter::accepts);
    }

    @Test
    void includeNamesPlatformSchemasButNeverSystemOnes() {
        SchemaFilter filter = SchemaFilter.only("auth", "public", "pg_catalog");
        assertThat(filter.accepts("auth")).isTrue();
        assertThat(filter.accepts("public")).isTrue();
        assertThat(filter.accepts("app")).isFalse();
        assertThat(filter.accepts("pg_catalog")).isFalse();
    }

    @Test
    void excludeWins() {
        SchemaFilter filter = new SchemaFilter(List.of("auth", "public"), List.of("public"));
        assertThat(filter.accepts("auth")).isTrue();
        assertThat(filter.accepts("public")).isFalse();
        assertThat(new SchemaFilter(null, List.of("app")).accepts("app")).isFalse();
    }
}
