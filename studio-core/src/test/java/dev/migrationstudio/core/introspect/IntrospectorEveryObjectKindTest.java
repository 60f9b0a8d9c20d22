package dev.migrationstudio.core.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Column.Identity;
import dev.migrationstudio.core.schema.CompositeType;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Constraint.ConstraintKind;
import dev.migrationstudio.core.schema.DomainType;
import dev.migrationstudio.core.schema.EnumType;
import dev.migrationstudio.core.schema.Extension;
import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Grant.ObjectType;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.Routine.RoutineKind;
import dev.migrationstudio.core.schema.Schema;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Sequence;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.schema.Table.TableKind;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.schema.View;
import dev.migrationstudio.core.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Introspects a database holding one of every object kind (every-object-kind.sql) and checks each field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntrospectorEveryObjectKindTest {
    private TestDatabase database;
    private Introspection introspection;
    private SchemaModel model;
    /** The server's major version: a few catalog facts differ before PostgreSQL 15. */
    private int major;

    @BeforeAll
    void introspectEveryObjectKind() throws SQLException, IOException {
        database = TestDatabase.create();
        database.execute(script("every-object-kind.sql"));
        try (Connection connection = database.connection()) {
            introspection = new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS);
        }
        model = introspection.model();
        major = introspection.serverVersionNumber() / 10000;
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    static String script(String name) throws IOException {
        try (InputStream in = IntrospectorEveryObjectKindTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void serverVersionAndSchemas() {
        // Any supported major: run with -Dpg-binaries.version=14.x/15.x/16.x to check the catalog queries there.
        assertThat(major).isBetween(14, 17);
        assertThat(introspection.serverVersion()).startsWith(major + ".");
        assertThat(introspection.schemas()).containsExactly("app", "public");
        assertThat(model.schemas()).containsExactly(
                new Schema("app", "postgres", "application schema"),
                new Schema("public", major >= 15 ? "pg_database_owner" : "postgres", "standard public schema"));
    }

    @Test
    void tablesOfEveryKind() {
        assertThat(model.tables()).extracting(Table::id).containsExactly(
                "app.accounts", "app.cache", "app.events", "app.events_2024", "app.orders", "public.notes");
        Table accounts = table("app.accounts");
        assertThat(accounts.kind()).isEqualTo(TableKind.TABLE);
        assertThat(accounts.unlogged()).isFalse();
        assertThat(accounts.rlsEnabled()).isTrue();
        assertThat(accounts.rlsForced()).isTrue();
        assertThat(accounts.owner()).isEqualTo("postgres");
        assertThat(accounts.comment()).isEqualTo("customer accounts");
        assertThat(accounts.partitionKey()).isNull();

        Table orders = table("app.orders");
        assertThat(orders.rlsEnabled()).isTrue();
        assertThat(orders.rlsForced()).isFalse();
        assertThat(table("app.cache").unlogged()).isTrue();

        Table events = table("app.events");
        assertThat(events.kind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(events.partitionKey()).isEqualTo("RANGE (at)");
        Table partition = table("app.events_2024");
        assertThat(partition.kind()).isEqualTo(TableKind.TABLE);
        assertThat(partition.partitionOf()).isEqualTo("app.events");
        assertThat(partition.partitionBound())
                .isEqualTo("FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')");
        assertThat(partition.columns()).extracting(Column::name).containsExactly("id", "at", "payload");
    }

    @Test
    void columnsWithCanonicalTypesDefaultsIdentityGeneratedAndCollation() {
        assertThat(table("app.accounts").columns()).containsExactly(
                new Column("id", "bigint", false, null, Identity.ALWAYS, null, null, null),
                new Column("email", "app.email", true, null, Identity.NONE, null, null, "login email"),
                new Column("name", "text", false, null, Identity.NONE, null, "C", null),
                new Column("mood", "app.mood", true, "'ok'::app.mood", Identity.NONE, null, null, null),
                new Column("created_at", "timestamp with time zone", false, "now()", Identity.NONE, null, null, null),
                new Column("balance", "numeric(12,2)", true, "0", Identity.NONE, null, null, null),
                new Column("name_upper", "text", true, null, Identity.NONE, "upper(name)", null, null),
                new Column("home", "app.address", true, null, Identity.NONE, null, null, null),
                new Column("tags", "character varying(20)[]", true, null, Identity.NONE, null, null, null));
        assertThat(table("app.orders").columns()).containsExactly(
                new Column("order_no", "integer", false, "nextval('app.orders_order_no_seq'::regclass)",
                        Identity.NONE, null, null, null),
                new Column("account_id", "bigint", true, null, Identity.NONE, null, null, null),
                new Column("seat", "integer", false, null, Identity.BY_DEFAULT, null, null, null),
                new Column("during", "tstzrange", true, null, Identity.NONE, null, null, null),
                new Column("room", "integer", true, null, Identity.NONE, null, null, null));
        assertThat(table("public.notes").columns().get(1).defaultExpression())
                .isEqualTo("encode(public.gen_random_bytes(8), 'hex'::text)");
    }

    @Test
    void constraintsOfEveryKind() {
        assertThat(table("app.accounts").constraints()).containsExactly(
                new Constraint("accounts_email_key", ConstraintKind.UNIQUE, List.of("email"), "UNIQUE (email)",
                        null, false, false, true),
                new Constraint("accounts_pkey", ConstraintKind.PRIMARY_KEY, List.of("id"), "PRIMARY KEY (id)",
                        null, false, false, true),
                new Constraint("balance_positive", ConstraintKind.CHECK, List.of("balance"),
                        "CHECK ((balance >= (0)::numeric))", null, false, false, true));
        assertThat(table("app.orders").constraints()).containsExactly(
                new Constraint("no_double_booking", ConstraintKind.EXCLUDE, List.of("room", "during"),
                        "EXCLUDE USING gist (room WITH =, during WITH &&)", null, false, false, true),
                new Constraint("orders_account_fk", ConstraintKind.FOREIGN_KEY, List.of("account_id"),
                        "FOREIGN KEY (account_id) REFERENCES app.accounts(id) MATCH FULL ON UPDATE SET NULL"
                                + " ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
                        new Constraint.ForeignKey("app.accounts", List.of("id"), "SET NULL", "CASCADE", "FULL"),
                        true, true, true),
                new Constraint("orders_pkey", ConstraintKind.PRIMARY_KEY, List.of("order_no"),
                        "PRIMARY KEY (order_no)", null, false, false, true),
                new Constraint("orders_room_check", ConstraintKind.CHECK, List.of("room"),
                        "CHECK ((room > 0)) NOT VALID", null, false, false, false));
    }

    @Test
    void indexesWithMethodKeysIncludePredicateAndOwningConstraint() {
        assertThat(model.indexes()).extracting(Index::id).containsExactly(
                "app.accounts_email_key", "app.accounts_lower_email_idx", "app.accounts_name_idx",
                "app.accounts_pkey", "app.cache_pkey", "app.cache_v_idx", "app.no_double_booking",
                "app.orders_pkey", "public.notes_pkey");
        assertThat(index("app.accounts_lower_email_idx")).isEqualTo(new Index("app", "accounts",
                "accounts_lower_email_idx", "btree", false, List.of("lower(email::text)"), List.of("name", "balance"),
                "mood <> 'sad'::app.mood", true, null,
                "CREATE INDEX accounts_lower_email_idx ON app.accounts USING btree (lower((email)::text))"
                        + " INCLUDE (name, balance) WHERE (mood <> 'sad'::app.mood)"));
        assertThat(index("app.accounts_name_idx")).isEqualTo(new Index("app", "accounts", "accounts_name_idx",
                "btree", true, List.of("name"), List.of(), null, true, null,
                "CREATE UNIQUE INDEX accounts_name_idx ON app.accounts USING btree (name DESC)"));
        assertThat(index("app.cache_v_idx").method()).isEqualTo("gin");
        assertThat(index("app.no_double_booking")).isEqualTo(new Index("app", "orders", "no_double_booking",
                "gist", false, List.of("room", "during"), List.of(), null, true, "no_double_booking",
                "CREATE INDEX no_double_booking ON app.orders USING gist (room, during)"));
        assertThat(index("app.accounts_pkey").constraint()).isEqualTo("accounts_pkey");
        assertThat(index("app.accounts_pkey").unique()).isTrue();
    }

    @Test
    void policiesWithCommandModeRolesAndExpressions() {
        assertThat(model.policies()).containsExactly(
                new Policy("app", "accounts", "accounts_select", "SELECT", true,
                        List.of("studio_app", "studio_reader"), "(name = CURRENT_USER)", null),
                new Policy("app", "accounts", "accounts_update", "UPDATE", false, List.of("studio_app"), "true",
                        "(balance >= (0)::numeric)"),
                new Policy("app", "orders", "orders_all", "ALL", true, List.of("PUBLIC"),
                        "(account_id IS NOT NULL)", null));
    }

    @Test
    void functionsAndProceduresButNoExtensionFunctions() {
        assertThat(model.routines()).extracting(Routine::id).containsExactly(
                "app.add(integer,integer)", "app.archive(timestamp with time zone,integer)",
                "app.label(app.mood,character varying)", "app.touch()", "app.whoami()");
        assertThat(routine("app.add(integer,integer)")).isEqualTo(new Routine("app", "add", RoutineKind.FUNCTION,
                List.of("integer", "integer"), "a integer, b integer DEFAULT 1", "integer", "sql", "IMMUTABLE",
                false, true, Map.of(), " SELECT a + b ", "postgres", null));
        assertThat(routine("app.whoami()")).isEqualTo(new Routine("app", "whoami", RoutineKind.FUNCTION,
                List.of(), "", "text", "plpgsql", "STABLE", true, false, Map.of("search_path", "app, pg_temp"),
                "BEGIN RETURN current_user; END", "postgres", "who is calling"));
        Routine archive = routine("app.archive(timestamp with time zone,integer)");
        assertThat(archive.kind()).isEqualTo(RoutineKind.PROCEDURE);
        assertThat(archive.arguments())
                .isEqualTo("IN before timestamp with time zone, INOUT moved integer, OUT note text");
        assertThat(archive.returnType()).isNull();
        assertThat(archive.volatility()).isEqualTo("VOLATILE");
        assertThat(routine("app.label(app.mood,character varying)").body())
                .isEqualTo("BEGIN ATOMIC\n SELECT ((x)::text || (y)::text);\nEND");
        assertThat(routine("app.touch()").returnType()).isEqualTo("trigger");
    }

    @Test
    void viewsMaterializedViewsAndSecurityInvoker() {
        // Before PostgreSQL 16, pg_get_viewdef qualifies columns even when one table is read.
        String column = major >= 16 ? "" : "accounts.";
        assertThat(model.views()).containsExactly(
                new View("app", "mood_counts", true, " SELECT " + column + "mood,\n    count(*) AS n\n"
                        + "   FROM app.accounts\n  GROUP BY " + column + "mood;", false, "postgres", null),
                new View("app", "plain_view", false, " SELECT 1 AS one;", false, "postgres", null),
                new View("app", "rich_accounts", false, " SELECT " + column + "id,\n    " + column + "name\n"
                        + "   FROM app.accounts\n  WHERE " + column + "balance > 1000::numeric;", major >= 15,
                        "postgres", "big balances"));
    }

    @Test
    void triggersWithTimingEventsLevelFunctionWhenAndEnabled() {
        assertThat(model.triggers()).containsExactly(
                new Trigger("app", "accounts", "accounts_touch", "BEFORE", List.of("INSERT", "UPDATE"), "ROW",
                        "app.touch()", "(new.name IS NOT NULL)", "O",
                        "CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON app.accounts FOR EACH ROW"
                                + " WHEN ((new.name IS NOT NULL)) EXECUTE FUNCTION app.touch()"),
                new Trigger("app", "orders", "orders_audit", "AFTER", List.of("DELETE"), "STATEMENT", "app.touch()",
                        null, "D",
                        "CREATE TRIGGER orders_audit AFTER DELETE ON app.orders FOR EACH STATEMENT"
                                + " EXECUTE FUNCTION app.touch()"));
    }

    @Test
    void extensionsListedButTheirObjectsLeftOut() {
        // btree_gist is 1.6 in PostgreSQL 14 and 1.7 later.
        assertThat(model.extensions()).containsExactly(
                new Extension("btree_gist", "app", major >= 15 ? "1.7" : "1.6"),
                new Extension("pgcrypto", "public", "1.3"));
        // btree_gist lives in app and brings gbtreekey types and hundreds of gbt_* functions; pgcrypto brings
        // gen_salt, crypt, digest... into public. None of them may appear.
        assertThat(model.routines()).extracting(Routine::name).noneMatch(name -> name.startsWith("gbt")
                || List.of("gen_salt", "crypt", "digest", "gen_random_bytes").contains(name));
        assertThat(model.compositeTypes()).extracting(CompositeType::id).containsExactly("app.address");
        assertThat(model.grants()).extracting(Grant::objectId).noneMatch(id -> id.contains("gbt"));
    }

    @Test
    void sequencesWithOwnerButNotIdentitySequences() {
        assertThat(model.sequences()).containsExactly(
                new Sequence("app", "invoice_no", "integer", 100, 5, 100, 100000, true, null),
                new Sequence("app", "orders_order_no_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, false,
                        "app.orders.order_no"),
                new Sequence("app", "room_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, false, "app.orders.room"));
    }

    @Test
    void enumsDomainsAndCompositeTypes() {
        assertThat(model.enums()).containsExactly(
                new EnumType("app", "mood", List.of("sad", "meh", "ok", "happy"), "how it feels"));
        assertThat(model.domains()).containsExactly(new DomainType("app", "email", "text", true,
                "'nobody@example.com'::text",
                List.of("CHECK ((VALUE ~~ '%@%'::text))", "CHECK ((length(VALUE) < 200))"), "an address"));
        assertThat(model.compositeTypes()).containsExactly(new CompositeType("app", "address",
                List.of(new CompositeType.Attribute("street", "text"),
                        new CompositeType.Attribute("zip", "character varying(10)")), "postal"));
    }

    @Test
    void grantsOnTablesColumnsSequencesFunctionsAndSchemasWithoutOwnerEntries() {
        // The public schema's own ACL: PUBLIC has USAGE, and CREATE too before PostgreSQL 15.
        List<Grant> publicSchema = major >= 15
                ? List.of(new Grant(ObjectType.SCHEMA, "public", null, "PUBLIC", "USAGE", false))
                : List.of(new Grant(ObjectType.SCHEMA, "public", null, "PUBLIC", "CREATE", false),
                        new Grant(ObjectType.SCHEMA, "public", null, "PUBLIC", "USAGE", false));
        assertThat(model.grants()).filteredOn(grant -> grant.objectId().equals("public"))
                .containsExactlyElementsOf(publicSchema);
        assertThat(model.grants()).filteredOn(grant -> !grant.objectId().equals("public")).containsExactly(
                new Grant(ObjectType.COLUMN, "app.accounts", "name", "studio_reader", "UPDATE", false),
                // Functions never revoked keep Postgres' default EXECUTE for PUBLIC; whoami() had it revoked.
                new Grant(ObjectType.FUNCTION, "app.add(integer,integer)", null, "PUBLIC", "EXECUTE", false),
                new Grant(ObjectType.FUNCTION, "app.archive(timestamp with time zone,integer)", null, "PUBLIC",
                        "EXECUTE", false),
                new Grant(ObjectType.FUNCTION, "app.label(app.mood,character varying)", null, "PUBLIC", "EXECUTE",
                        false),
                new Grant(ObjectType.FUNCTION, "app.touch()", null, "PUBLIC", "EXECUTE", false),
                new Grant(ObjectType.FUNCTION, "app.whoami()", null, "studio_app", "EXECUTE", false),
                new Grant(ObjectType.SCHEMA, "app", null, "studio_app", "USAGE", false),
                new Grant(ObjectType.SEQUENCE, "app.invoice_no", null, "studio_app", "USAGE", false),
                new Grant(ObjectType.TABLE, "app.accounts", null, "studio_app", "INSERT", false),
                new Grant(ObjectType.TABLE, "app.accounts", null, "studio_app", "SELECT", false),
                new Grant(ObjectType.TABLE, "app.accounts", null, "studio_reader", "SELECT", true),
                new Grant(ObjectType.TABLE, "app.rich_accounts", null, "PUBLIC", "SELECT", false));
    }

    @Test
    void aSecondIntrospectionIsEqual() throws SQLException {
        try (Connection connection = database.connection()) {
            assertThat(new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS))
                    .isEqualTo(introspection);
        }
    }

    private Table table(String id) {
        return model.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private Index index(String id) {
        return model.indexes().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private Routine routine(String id) {
        return model.routines().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
