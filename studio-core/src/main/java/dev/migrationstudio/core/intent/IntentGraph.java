package dev.migrationstudio.core.intent;

import java.util.List;
import java.util.Optional;

/** The {@code studio.intent.graph} artifact: what the studio manages, and how far. */
public record IntentGraph(
        GraphMode mode,
        ManagedScope managedScope,
        List<IntentObject> objects,
        List<OpaqueBlock> opaqueBlocks,
        List<Endpoint> endpoints) {

    public IntentGraph {
        objects = List.copyOf(objects);
        opaqueBlocks = List.copyOf(opaqueBlocks);
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
    }

    public static IntentGraph greenfield(List<String> schemas) {
        ManagedScope scope = ManagedScope.of(schemas.stream(), List.of());
        return new IntentGraph(GraphMode.GREENFIELD, scope, List.of(), List.of(), List.of());
    }

    public Optional<IntentObject> object(String id) {
        return objects.stream().filter(object -> object.id().equals(id)).findFirst();
    }

    public List<IntentObject> withStatus(ManagedStatus status) {
        return objects.stream().filter(object -> object.managedStatus() == status).toList();
    }

    public IntentGraph withObjects(List<IntentObject> newObjects, ManagedScope scope) {
        return new IntentGraph(mode, scope, newObjects, opaqueBlocks, endpoints);
    }

    public IntentGraph withEndpoints(List<Endpoint> newEndpoints) {
        return new IntentGraph(mode, managedScope, objects, opaqueBlocks, newEndpoints);
    }
}
