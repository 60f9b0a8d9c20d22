package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.scaffold.MigrationDraft;
import dev.migrationstudio.core.scaffold.MigrationWriteException;
import dev.migrationstudio.core.scaffold.MigrationWriter;
import dev.migrationstudio.core.scaffold.WritePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends drafts as changesets to the master changelog, in its own format (XML, YAML or formatted SQL), each with
 * an id ({@code <timestamp>-<n>-<description>}), the author, its rollback, and {@code runInTransaction=false}
 * where the draft needs it. The changelog is replaced as a whole, atomically.
 */
public final class LiquibaseChangeLogWriter implements MigrationWriter {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final LiquibaseSettings settings;
    private final String author;
    private final Clock clock;

    public LiquibaseChangeLogWriter(LiquibaseSettings settings, String author) {
        this(settings, author, Clock.systemDefaultZone());
    }

    LiquibaseChangeLogWriter(LiquibaseSettings settings, String author, Clock clock) {
        this.settings = settings;
        this.author = author == null || author.isBlank() ? "migration-studio" : author.strip();
        this.clock = clock;
    }

    @Override
    public WritePlan plan(List<MigrationDraft> drafts) throws MigrationWriteException {
        Path changelog = changelogFile();
        ChangeSetFormat format = ChangeSetFormat.of(changelog.getFileName().toString());
        if (format == null) {
            throw new MigrationWriteException("Changelog " + changelog + " (setting " + LiquibaseSettings.CHANGE_LOG_FILE
                    + ") is not XML, YAML or formatted SQL: the studio cannot append to it");
        }
        String content = read(changelog);
        String time = LocalDateTime.now(clock).format(ID_TIME);
        List<Path> migrated = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MigrationDraft draft = drafts.get(i);
            String id = time + "-" + (i + 1) + "-" + slug(draft.description());
            try {
                content = format.append(content, format.changeSet(id, author, draft));
            } catch (IllegalArgumentException e) {
                throw new MigrationWriteException("Cannot append a changeset to " + changelog + ": " + e.getMessage());
            }
            migrated.add(changelog);
        }
        return new WritePlan(List.of(new WritePlan.FileWrite(changelog, content, true)), migrated, StandardCharsets.UTF_8);
    }

    private Path changelogFile() throws MigrationWriteException {
        for (Path root : settings.searchPath()) {
            Path candidate = root.resolve(settings.changeLogFile());
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new MigrationWriteException("Changelog '" + settings.changeLogFile() + "' (setting "
                + LiquibaseSettings.CHANGE_LOG_FILE + ") was not found in " + settings.searchPath()
                + ": create it or fix the setting");
    }

    private static String read(Path changelog) throws MigrationWriteException {
        try {
            return Files.readString(changelog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationWriteException("Cannot read changelog " + changelog + ": " + e.getMessage(), e);
        }
    }

    private static String slug(String description) {
        String slug = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
