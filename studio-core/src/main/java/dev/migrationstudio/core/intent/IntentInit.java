package dev.migrationstudio.core.intent;

import java.util.Comparator;
import java.util.List;

/** Builds the brownfield intent graph from a sync report: each object's status from its confidence. */
public final class IntentInit {

    public IntentGraph init(SyncReport report, List<OpaqueBlock> opaqueBlocks) {
        ManagedScope scope = report.scope();
        List<IntentObject> objects = report.all()
                .map(match -> new IntentObject(match.id(), match.objectType(), status(match, scope),
                        match.confidence(), match.presence(), match.driftDetails(), IntentObject.FROM_CONFIDENCE))
                .sorted(Comparator.comparing(IntentObject::id))
                .toList();
        return new IntentGraph(GraphMode.BROWNFIELD_MANAGED, scope, objects, opaqueBlocks, List.of());
    }

    private static ManagedStatus status(ObjectMatch match, ManagedScope scope) {
        String schema = match.id().substring(0, match.id().indexOf('.'));
        return scope.excludes(schema, match.id()) ? ManagedStatus.EXCLUDED
                : ManagedStatus.fromConfidence(match.confidence());
    }
}
