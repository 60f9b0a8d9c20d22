package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.Grant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The replayed grants, indexed by object, so a history with tens of thousands of GRANTs replays in linear time.
 * At most one grant per object, column, grantee and privilege: granting again replaces it.
 */
final class GrantSet {
    private final Map<String, Map<Key, Grant>> byObject = new LinkedHashMap<>();

    /** What makes a grant the same grant on its object. */
    private record Key(Grant.ObjectType objectType, String column, String grantee, String privilege) {
    }

    private static Key key(Grant grant) {
        return new Key(grant.objectType(), grant.column(), grant.grantee(), grant.privilege());
    }

    void put(Grant grant) {
        byObject.computeIfAbsent(grant.objectId(), id -> new LinkedHashMap<>()).put(key(grant), grant);
    }

    /** The grant with the same object, column, grantee and privilege, if any. */
    Optional<Grant> same(Grant grant) {
        Map<Key, Grant> grants = byObject.get(grant.objectId());
        return grants == null ? Optional.empty() : Optional.ofNullable(grants.get(key(grant)));
    }

    void remove(Grant grant) {
        Map<Key, Grant> grants = byObject.get(grant.objectId());
        if (grants != null) {
            grants.remove(key(grant));
        }
    }

    void removeObject(String objectId) {
        byObject.remove(objectId);
    }

    void removeIf(String objectId, Predicate<Grant> condition) {
        Map<Key, Grant> grants = byObject.get(objectId);
        if (grants != null) {
            grants.values().removeIf(condition);
        }
    }

    /** Gives the grants of {@code oldId} to {@code newId} (a renamed object). */
    void move(String oldId, String newId) {
        Map<Key, Grant> grants = byObject.remove(oldId);
        if (grants != null) {
            grants.values().forEach(g -> put(new Grant(g.objectType(), newId, g.column(), g.grantee(), g.privilege(),
                    g.grantable())));
        }
    }

    List<Grant> all() {
        List<Grant> all = new ArrayList<>();
        byObject.values().forEach(grants -> all.addAll(grants.values()));
        return all;
    }
}
