package dev.migrationstudio.core.introspect;

import dev.migrationstudio.core.connect.DatabaseConnector;
import dev.migrationstudio.core.connect.DatabaseUnavailableException;
import dev.migrationstudio.core.introspect.SchemaSnapshot.ReplayFailure;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.shadow.HistoryReplayer;
import dev.migrationstudio.core.shadow.ShadowDatabase;
import dev.migrationstudio.core.shadow.ShadowInitScripts;
import dev.migrationstudio.core.source.MigrationScript;
import dev.migrationstudio.core.source.MigrationSourceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Captures {@code studio.schema.snapshot}: connects to the target (building the shadow database if needed) and introspects. */
public final class SnapshotService {
    private final StudioLog log;
    private final Clock clock;

    public SnapshotService(StudioLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** The snapshot and where the time went. */
    public record Outcome(SchemaSnapshot snapshot, int scriptsReplayed, Duration replayTime, Duration introspectTime) {
    }

    public Outcome capture(DatabaseTarget target, SchemaFilter filter, Duration statementTimeout)
            throws DatabaseUnavailableException, MigrationSourceException {
        if (target instanceof DatabaseTarget.Live live) {
            return captureLive(live, filter, statementTimeout);
        }
        return captureShadow((DatabaseTarget.Shadow) target, filter, statementTimeout);
    }

    private Outcome captureLive(DatabaseTarget.Live live, SchemaFilter filter, Duration statementTimeout)
            throws DatabaseUnavailableException {
        try (Connection connection = DatabaseConnector.connect(live.settings())) {
            Timed<Introspection> read = introspect(connection, filter, statementTimeout);
            SchemaSnapshot snapshot = read.value().toSnapshot(now(), live.settings().maskedUrl());
            return new Outcome(snapshot, 0, Duration.ZERO, read.elapsed());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Lost the connection to " + live.settings().maskedUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private Outcome captureShadow(DatabaseTarget.Shadow shadow, SchemaFilter filter, Duration statementTimeout)
            throws DatabaseUnavailableException, MigrationSourceException {
        List<MigrationScript> history = shadow.source().scripts();
        log.info("Starting the shadow database (embedded PostgreSQL " + shadow.binaries().version() + ")");
        try (ShadowDatabase database = ShadowDatabase.start(shadow.binaries(), shadow.workDirectory(),
                shadow.startupWait());
             Connection connection = database.connect()) {
            long started = System.nanoTime();
            List<MigrationScript> init = ShadowInitScripts.load(shadow.platform(), shadow.initScripts());
            List<ReplayFailure> failures = new ArrayList<>(
                    new HistoryReplayer(StudioLog.SILENT, shadow.projectDirectory()).replay(connection, init).failures());
            log.info("Replaying " + history.size() + " " + shadow.source().tool() + " migrations from "
                    + shadow.source().location());
            HistoryReplayer replayer = new HistoryReplayer(log, shadow.projectDirectory());
            failures.addAll(replayer.unreadable(shadow.source().problems()));
            failures.addAll(replayer.replay(connection, history).failures());
            Duration replayTime = Duration.ofNanos(System.nanoTime() - started);
            Timed<Introspection> read = introspect(connection, filter, statementTimeout);
            SchemaSnapshot snapshot = new SchemaSnapshot(now(), "shadow:" + shadow.source().location(),
                    read.value().serverVersion(), read.value().schemas(), read.value().model(), failures);
            return new Outcome(snapshot, history.size(), replayTime, read.elapsed());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("The shadow database failed: " + e.getMessage(), e);
        }
    }

    private record Timed<T>(T value, Duration elapsed) {
    }

    private Timed<Introspection> introspect(Connection connection, SchemaFilter filter, Duration statementTimeout)
            throws SQLException {
        long started = System.nanoTime();
        Introspection introspection = new Introspector(statementTimeout)
                .introspect(connection, filter, (phase, done, total) -> log.progress("introspect " + phase, done, total));
        return new Timed<>(introspection, Duration.ofNanos(System.nanoTime() - started));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
