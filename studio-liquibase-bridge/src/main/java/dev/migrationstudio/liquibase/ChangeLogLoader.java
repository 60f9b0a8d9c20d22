package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.source.MigrationSourceException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.exception.UnknownChangelogFormatException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens a project's changelog with Liquibase's own parsers: formats, includes, properties as Liquibase reads them. */
final class ChangeLogLoader {

    private final LiquibaseSettings settings;
    private final String changeLogPath;

    ChangeLogLoader(LiquibaseSettings settings) throws MigrationSourceException {
        this.settings = settings;
        this.changeLogPath = relativeChangeLogPath(settings);
    }

    /** The root changelog path as Liquibase sees it: relative to a search path root, with forward slashes. */
    String changeLogPath() {
        return changeLogPath;
    }

    Contexts contexts() {
        return new Contexts(settings.contexts());
    }

    LabelExpression labels() {
        return new LabelExpression(settings.labels());
    }

    /** A resource accessor over the search path; the caller closes it. */
    ResourceAccessor openResourceAccessor() throws MigrationSourceException {
        List<ResourceAccessor> roots = new ArrayList<>();
        for (Path root : settings.searchPath()) {
            if (Files.isDirectory(root)) {
                try {
                    roots.add(new DirectoryResourceAccessor(root));
                } catch (FileNotFoundException e) {
                    throw error("search path directory " + root + " cannot be read", e);
                }
            }
        }
        if (roots.isEmpty()) {
            throw error("none of the search path directories exists: " + settings.searchPath(), null);
        }
        return new CompositeResourceAccessor(roots);
    }

    /** Parses the changelog and everything it includes. Call inside {@link LiquibaseScope}. */
    DatabaseChangeLog parse(ResourceAccessor resourceAccessor, Database database) throws MigrationSourceException {
        ChangeLogParameters parameters = new ChangeLogParameters(database);
        parameters.setContexts(contexts());
        parameters.setLabels(labels());
        try {
            ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(changeLogPath, resourceAccessor);
            return parser.parse(changeLogPath, parameters, resourceAccessor);
        } catch (UnknownChangelogFormatException e) {
            throw error(LiquibaseErrors.detail(e) + " (Liquibase reads .xml, .yaml, .yml, .json and formatted .sql"
                    + " changelogs)", e);
        } catch (Exception e) {
            throw error(LiquibaseErrors.detail(e), e);
        }
    }

    /** An error about the changelog, naming the setting so the user knows what to fix. */
    MigrationSourceException error(String detail, Throwable cause) {
        return new MigrationSourceException("Liquibase changelog '" + settings.changeLogFile() + "' (setting "
                + LiquibaseSettings.CHANGE_LOG_FILE + ", searched in " + settings.searchPath() + "): " + detail, cause);
    }

    private static String relativeChangeLogPath(LiquibaseSettings settings) throws MigrationSourceException {
        String written = settings.changeLogFile().replace('\\', '/');
        Path asPath = Path.of(written);
        if (!asPath.isAbsolute()) {
            return written.startsWith("./") ? written.substring(2) : written;
        }
        Path absolute = asPath.normalize();
        for (Path root : settings.searchPath()) {
            if (absolute.startsWith(root)) {
                return root.relativize(absolute).toString().replace('\\', '/');
            }
        }
        throw new MigrationSourceException("Liquibase setting '" + LiquibaseSettings.CHANGE_LOG_FILE + "' is "
                + absolute + ", outside the search path " + settings.searchPath()
                + ": give a path relative to the project or add its directory to searchPath");
    }
}
