package dev.migrationstudio.core.fidelity;

import dev.migrationstudio.core.connect.DatabaseUnavailableException;
import dev.migrationstudio.core.introspect.DatabaseTarget;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.introspect.SchemaSnapshot;
import dev.migrationstudio.core.introspect.SnapshotService;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.source.MigrationSourceException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/** {@code -Dstudio.verify=true}: replays the history in the shadow database and compares with the static replay. */
public final class FidelityService {
    private final SnapshotService snapshots;

    public FidelityService(StudioLog log, Clock clock) {
        this.snapshots = new SnapshotService(log, clock);
    }

    /** The comparison, and the statements the shadow database could not run (they explain some differences). */
    public record Outcome(FidelityReport report, List<SchemaSnapshot.ReplayFailure> replayFailures) {
    }

    public Outcome verify(SchemaModel parsed, DatabaseTarget.Shadow shadow, SchemaFilter filter, Duration timeout)
            throws DatabaseUnavailableException, MigrationSourceException {
        SchemaSnapshot snapshot = snapshots.capture(shadow, filter, timeout).snapshot();
        FidelityReport report = FidelityCheck.compare(parsed, snapshot.model(), new HashSet<>(snapshot.schemas()));
        return new Outcome(report, snapshot.replayFailures());
    }
}
