package dev.migrationstudio.core.audit.rls;

import dev.migrationstudio.core.audit.AuditScope;
import dev.migrationstudio.core.audit.Privileges;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What every RLS check needs, computed once per audit. */
record RlsContext(
        SchemaModel model,
        AuditScope scope,
        List<Table> tables,
        Map<String, List<Policy>> policiesByTable,
        Map<String, TableRlsStatus> statusByTable) {

    static RlsContext of(SchemaModel model, AuditScope scope) {
        List<Table> audited = model.tables().stream().filter(t -> scope.isAudited(t.schema())).toList();
        Map<String, List<Policy>> policies = model.policies().stream()
                .collect(Collectors.groupingBy(Policy::tableId));
        Privileges privileges = new Privileges(model);
        Map<String, TableRlsStatus> statuses = audited.stream().collect(Collectors.toMap(Table::id,
                t -> new TableRlsStatus(t.id(), scope.isExposed(t.schema()), t.rlsEnabled(), t.rlsForced(),
                        privileges.apiTableAccess(t.id(), scope),
                        PolicyCoverage.of(policies.getOrDefault(t.id(), List.of())))));
        return new RlsContext(model, scope, audited, policies, statuses);
    }

    List<Policy> policiesOf(Table table) {
        return policiesByTable.getOrDefault(table.id(), List.of());
    }

    TableRlsStatus statusOf(Table table) {
        return statusByTable.get(table.id());
    }
}
