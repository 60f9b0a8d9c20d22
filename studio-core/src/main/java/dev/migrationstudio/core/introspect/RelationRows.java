package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.ObjectIds;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Sequence;
import dev.migrationstudio.core.schema.Trigger;
import dev.migrationstudio.core.schema.View;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps rows of the queries for objects that hang off relations: indexes, policies, views, triggers, sequences. */
final class RelationRows {
    private static final Map<String, String> POLICY_COMMANDS = Map.of(
            "*", "ALL", "r", "SELECT", "a", "INSERT", "w", "UPDATE", "d", "DELETE");

    // pg_trigger.tgtype bits (src/include/catalog/pg_trigger.h).
    private static final int ROW = 1;
    private static final int BEFORE = 1 << 1;
    private static final int INSERT = 1 << 2;
    private static final int DELETE = 1 << 3;
    private static final int UPDATE = 1 << 4;
    private static final int TRUNCATE = 1 << 5;
    private static final int INSTEAD = 1 << 6;

    private RelationRows() {
    }

    static Index index(CatalogRow row) throws SQLException {
        return new Index(
                row.text("schema"),
                row.text("table_name"),
                row.text("name"),
                row.text("method"),
                row.bool("is_unique"),
                row.texts("keys"),
                row.texts("include"),
                row.text("predicate"),
                row.bool("valid"),
                row.text("owning_constraint"),
                row.text("definition"));
    }

    static Policy policy(CatalogRow row) throws SQLException {
        return new Policy(
                row.text("schema"),
                row.text("table_name"),
                row.text("name"),
                POLICY_COMMANDS.get(row.text("command")),
                row.bool("permissive"),
                row.texts("roles"),
                row.text("using_expression"),
                row.text("with_check"));
    }

    static View view(CatalogRow row) throws SQLException {
        return new View(
                row.text("schema"),
                row.text("name"),
                row.bool("materialized"),
                row.text("definition"),
                isOn(row.texts("options"), "security_invoker"),
                row.text("owner"),
                row.text("comment"));
    }

    /** Reloptions are {@code name=value} as written; Postgres' boolean spellings all count. */
    private static boolean isOn(List<String> options, String name) {
        return options.stream()
                .filter(option -> option.startsWith(name + "="))
                .map(option -> option.substring(name.length() + 1).toLowerCase(Locale.ROOT))
                .anyMatch(value -> List.of("true", "on", "yes", "1", "t", "y").contains(value));
    }

    static Trigger trigger(CatalogRow row) throws SQLException {
        int bits = row.integer("type_bits");
        String definition = row.text("definition");
        return new Trigger(
                row.text("schema"),
                row.text("table_name"),
                row.text("name"),
                (bits & INSTEAD) != 0 ? "INSTEAD OF" : (bits & BEFORE) != 0 ? "BEFORE" : "AFTER",
                events(bits),
                (bits & ROW) != 0 ? "ROW" : "STATEMENT",
                ObjectIds.routine(row.text("function_schema"), row.text("function_name"),
                        row.texts("function_argument_types")),
                whenCondition(definition),
                row.text("enabled"),
                definition);
    }

    private static List<String> events(int bits) {
        List<String> events = new ArrayList<>();
        if ((bits & INSERT) != 0) {
            events.add("INSERT");
        }
        if ((bits & UPDATE) != 0) {
            events.add("UPDATE");
        }
        if ((bits & DELETE) != 0) {
            events.add("DELETE");
        }
        if ((bits & TRUNCATE) != 0) {
            events.add("TRUNCATE");
        }
        return events;
    }

    /**
     * The WHEN condition, taken from {@code pg_get_triggerdef} ({@code ... FOR EACH ROW WHEN (cond) EXECUTE
     * FUNCTION ...}) because {@code pg_get_expr} cannot print {@code tgqual} (it refers to OLD and NEW).
     */
    static String whenCondition(String definition) {
        int forEach = definition.indexOf(" FOR EACH ");
        int execute = definition.lastIndexOf(" EXECUTE FUNCTION ");
        if (forEach < 0 || execute < 0) {
            return null;
        }
        int when = definition.indexOf(" WHEN (", forEach);
        if (when < 0 || when > execute) {
            return null;
        }
        return definition.substring(when + " WHEN (".length(), execute - 1);
    }

    static Sequence sequence(CatalogRow row) throws SQLException {
        String ownerTable = row.text("owner_table");
        return new Sequence(
                row.text("schema"),
                row.text("name"),
                row.text("data_type"),
                row.number("start"),
                row.number("increment"),
                row.number("min_value"),
                row.number("max_value"),
                row.bool("cycle"),
                ownerTable == null ? null
                        : ObjectIds.member(row.text("owner_schema"), ownerTable, row.text("owner_column")));
    }
}
