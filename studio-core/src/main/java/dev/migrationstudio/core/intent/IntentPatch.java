package dev.migrationstudio.core.intent;

import java.util.List;

/** Changes one object of the graph: exclude it, or set its status by hand. */
public final class IntentPatch {
    private static final int NEAR_MATCHES = 5;

    /** One change. */
    public sealed interface Change {
        String id();
    }

    public record Exclude(String id) implements Change {
    }

    /** Only {@code managed} or {@code assisted}: opaque and excluded have their own meaning. */
    public record SetStatus(String id, ManagedStatus status) implements Change {
        public SetStatus {
            if (status != ManagedStatus.MANAGED && status != ManagedStatus.ASSISTED) {
                throw new IllegalArgumentException("studio.status must be managed or assisted, not " + status.json());
            }
        }
    }

    public IntentGraph apply(IntentGraph graph, Change change) throws UnknownObjectException {
        IntentObject target = graph.object(change.id()).orElseThrow(() -> new UnknownObjectException(change.id(),
                NearMatches.of(change.id(), graph.objects().stream().map(IntentObject::id).toList(), NEAR_MATCHES)));
        ManagedStatus status = change instanceof SetStatus set ? set.status() : ManagedStatus.EXCLUDED;
        List<IntentObject> objects = graph.objects().stream()
                .map(object -> object == target ? object.withStatus(status) : object)
                .toList();
        ManagedScope scope = change instanceof Exclude
                ? graph.managedScope().withExclusion(change.id()) : graph.managedScope();
        return graph.withObjects(objects, scope);
    }
}
