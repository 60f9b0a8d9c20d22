package dev.migrationstudio.core.intent;

import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code studio.intent.sync-report} artifact.
 *
 * @param matched         objects in both the database and the migrations
 * @param unmatchedDb     objects only in the database (created by hand)
 * @param unmatchedIntent objects only in the migrations (missing from the database)
 */
public record SyncReport(
        String databaseSource,
        String migrationsSource,
        ManagedScope scope,
        List<ObjectMatch> matched,
        List<ObjectMatch> unmatchedDb,
        List<ObjectMatch> unmatchedIntent,
        SyncSummary summary) {

    public SyncReport {
        matched = List.copyOf(matched);
        unmatchedDb = List.copyOf(unmatchedDb);
        unmatchedIntent = List.copyOf(unmatchedIntent);
    }

    /** Every object, matched first, each group in id order. */
    public Stream<ObjectMatch> all() {
        return Stream.of(matched, unmatchedDb, unmatchedIntent).flatMap(List::stream);
    }
}
