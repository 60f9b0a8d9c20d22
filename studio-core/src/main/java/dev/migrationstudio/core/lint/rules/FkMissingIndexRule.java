package dev.migrationstudio.core.lint.rules;

import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.lint.Hit;
import dev.migrationstudio.core.lint.LintContext;
import dev.migrationstudio.core.lint.LintRule;
import dev.migrationstudio.core.lint.LintStatement;
import dev.migrationstudio.core.lint.RuleInfo;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.parse.AlterAction;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import dev.migrationstudio.core.sql.parse.QualifiedName;
import dev.migrationstudio.core.sql.parse.TableConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Judged on the schema at the end of the history: an index added by a later migration counts, and a foreign key
 * dropped later is not reported.
 */
public final class FkMissingIndexRule implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("fk-missing-index", Severity.WARNING,
            "A foreign key whose columns no index starts with",
            "Every DELETE or key UPDATE on the referenced table scans the referencing table, and joins on the "
                    + "key cannot use an index.",
            "CREATE INDEX CONCURRENTLY on the foreign key columns.");

    private static final Function<SchemaModel, FinalTables> FINAL_TABLES = FinalTables::of;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Hit> check(LintStatement statement, LintContext context) {
        List<Hit> hits = new ArrayList<>();
        for (Declared fk : declared(statement.parsed())) {
            String tableId = context.tableId(fk.table());
            Optional<Table> table = Optional.ofNullable(context.finalModelFact(FINAL_TABLES).byId().get(tableId));
            if (table.isPresent() && stillThere(table.get(), fk.constraint()) && !indexed(context, table.get(), fk.constraint().columns())) {
                String columns = Sql.columns(fk.constraint().columns());
                hits.add(Hit.at(statement, "No index starts with the foreign key columns (" + columns + ") of "
                                + tableId + ": deletes on " + Sql.name(fk.constraint().references().table())
                                + " scan it",
                        "CREATE INDEX " + (context.isNewTable(fk.table()) ? "" : "CONCURRENTLY ")
                                + Sql.derivedName(fk.table(), fk.constraint().columns(), "idx") + " ON "
                                + Sql.name(fk.table()) + " (" + columns + ");"));
            }
        }
        return hits;
    }

    private static boolean stillThere(Table table, TableConstraint fk) {
        return table.constraints().stream().anyMatch(c -> c.references() != null && c.columns().equals(fk.columns()));
    }

    private static boolean indexed(LintContext context, Table table, List<String> columns) {
        List<Index> onTable = context.finalModelFact(FINAL_TABLES).indexes()
                .getOrDefault(Arrays.asList(table.schema(), table.name()), List.of());
        return onTable.stream().anyMatch(i -> startsWith(i, columns));
    }

    /** The final model's tables by id and its indexes by table ({@code [schema, table]}), looked up per foreign key. */
    private record FinalTables(Map<String, Table> byId, Map<List<String>, List<Index>> indexes) {
        static FinalTables of(SchemaModel model) {
            Map<String, Table> byId = new HashMap<>();
            model.tables().forEach(t -> byId.putIfAbsent(t.id(), t));
            Map<List<String>, List<Index>> indexes = new HashMap<>();
            model.indexes().forEach(i -> indexes
                    .computeIfAbsent(Arrays.asList(i.schema(), i.table()), k -> new ArrayList<>()).add(i));
            return new FinalTables(byId, indexes);
        }
    }

    private static boolean startsWith(Index index, List<String> columns) {
        if (index.keys().size() < columns.size() || index.predicate() != null) {
            return false;
        }
        List<String> leading = index.keys().subList(0, columns.size()).stream()
                .map(k -> k.replaceAll("(?i)\\s+(asc|desc|nulls first|nulls last)$", "").replace("\"", "")).toList();
        return new HashSet<>(leading).equals(new HashSet<>(columns));
    }

    private static List<Declared> declared(ParsedStatement parsed) {
        List<Declared> found = new ArrayList<>();
        if (parsed instanceof ParsedStatement.CreateTable create) {
            create.constraints().forEach(c -> found.add(new Declared(create.table(), c)));
            create.columns().forEach(col -> col.constraints().forEach(c -> found.add(new Declared(create.table(), c))));
        } else if (parsed instanceof ParsedStatement.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add) {
                    found.add(new Declared(alter.table(), add.constraint()));
                } else if (action instanceof AlterAction.AddColumn add) {
                    add.column().constraints().forEach(c -> found.add(new Declared(alter.table(), c)));
                }
            }
        }
        return found.stream().filter(d -> d.constraint().kind() == TableConstraint.Kind.FOREIGN_KEY).toList();
    }

    private record Declared(QualifiedName table, TableConstraint constraint) {
    }
}
