package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Schema;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a live PostgreSQL (14 to 17) database into a {@link SchemaModel}. It runs the fixed list of
 * {@link CatalogQuery} bulk queries in one read-only transaction with a statement timeout, whatever the size of
 * the schema. System and platform schemas (see {@link SchemaFilter}) and objects that belong to an extension are
 * left out. Grants are the explicit ACL entries, without the owner's own. The result is deterministic: two
 * introspections of the same schema are {@code equals}.
 *
 * <p>The connection must be in auto-commit mode; it is left as it was found. The caller owns and closes it.
 */
public final class Introspector {
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(60);
    static final int MINIMUM_SERVER_VERSION = 140000;

    private final Duration statementTimeout;

    public Introspector() {
        this(DEFAULT_STATEMENT_TIMEOUT);
    }

    /** @param statementTimeout the {@code statement_timeout} of each catalog query; zero means none */
    public Introspector(Duration statementTimeout) {
        if (statementTimeout.isNegative()) {
            throw new IllegalArgumentException("The introspection statement timeout must not be negative: "
                    + statementTimeout);
        }
        this.statementTimeout = statementTimeout;
    }

    /** How many statements one introspection sends: the transaction setup, then one per catalog query. */
    public static int statementCount() {
        return 1 + CatalogQuery.values().length;
    }

    public Introspection introspect(Connection connection, SchemaFilter filter) {
        return introspect(connection, filter, ProgressListener.NONE);
    }

    public Introspection introspect(Connection connection, SchemaFilter filter, ProgressListener progress) {
        try (CatalogSession session = CatalogSession.open(connection, statementTimeout)) {
            return new Reading(session, progress).read(filter);
        }
    }

    private record ServerVersion(String text, int number) {
    }

    /** One introspection in progress: runs the queries in order and reports each phase. */
    private static final class Reading {
        private final CatalogSession session;
        private final ProgressListener progress;
        private int phasesDone;

        Reading(CatalogSession session, ProgressListener progress) {
            this.session = session;
            this.progress = progress;
        }

        Introspection read(SchemaFilter filter) {
            ServerVersion server = run(CatalogQuery.SERVER, List.of(),
                    row -> new ServerVersion(row.text("version"), row.integer("version_number"))).get(0);
            if (server.number() < MINIMUM_SERVER_VERSION) {
                throw new IntrospectionException("PostgreSQL " + server.text()
                        + " is too old: introspection needs PostgreSQL 14 or newer.");
            }
            List<Schema> schemas = run(CatalogQuery.SCHEMAS, List.of(), TypeRows::schema).stream()
                    .filter(schema -> filter.accepts(schema.name()))
                    .toList();
            List<String> names = schemas.stream().map(Schema::name).toList();

            List<Table> tables = run(CatalogQuery.TABLES, names, TableRows::table);
            Map<String, List<Column>> columns = byTable(run(CatalogQuery.COLUMNS, names, TableRows::column));
            Map<String, List<Constraint>> constraints =
                    byTable(run(CatalogQuery.CONSTRAINTS, names, TableRows::constraint));
            List<Table> completeTables = tables.stream()
                    .map(table -> TableRows.withParts(table, columns.getOrDefault(table.id(), List.of()),
                            constraints.getOrDefault(table.id(), List.of())))
                    .toList();

            SchemaModel model = new SchemaModel(
                    schemas,
                    completeTables,
                    run(CatalogQuery.INDEXES, names, RelationRows::index),
                    run(CatalogQuery.POLICIES, names, RelationRows::policy),
                    run(CatalogQuery.ROUTINES, names, RoutineRows::routine),
                    run(CatalogQuery.VIEWS, names, RelationRows::view),
                    run(CatalogQuery.TRIGGERS, names, RelationRows::trigger),
                    run(CatalogQuery.EXTENSIONS, names, TypeRows::extension),
                    run(CatalogQuery.SEQUENCES, names, RelationRows::sequence),
                    run(CatalogQuery.ENUMS, names, TypeRows::enumType),
                    run(CatalogQuery.DOMAINS, names, TypeRows::domain),
                    run(CatalogQuery.COMPOSITE_TYPES, names, TypeRows::compositeType),
                    GrantRows.merged(run(CatalogQuery.GRANTS, names, GrantRows::grant)));
            return new Introspection(server.text(), server.number(), names, model);
        }

        private <T> List<T> run(CatalogQuery query, List<String> schemas, CatalogSession.RowMapper<T> mapper) {
            List<T> rows = session.query(query, schemas, mapper);
            progress.progress(query.phase(), ++phasesDone, CatalogQuery.values().length);
            return rows;
        }

        /** Groups rows by table id, keeping the query's order (column ordinal order) within a table. */
        private static <T> Map<String, List<T>> byTable(List<TableRows.Owned<T>> rows) {
            return rows.stream().collect(Collectors.groupingBy(TableRows.Owned::tableId, LinkedHashMap::new,
                    Collectors.mapping(TableRows.Owned::item, Collectors.toList())));
        }
    }
}
