package dev.migrationstudio.core.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens pgjdbc connections with a bounded connect time and turns driver failures into messages that name the
 * setting to fix, with the password masked.
 */
public final class DatabaseConnector {

    private DatabaseConnector() {
    }

    public static Connection connect(ConnectionSettings settings) throws DatabaseUnavailableException {
        if (!settings.url().startsWith("jdbc:postgresql:")) {
            throw new DatabaseUnavailableException("The database URL " + settings.maskedUrl() + " (from "
                    + settings.origin() + ") is not a PostgreSQL JDBC URL: expected jdbc:postgresql://host:port/database");
        }
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        int seconds = (int) Math.max(1, settings.connectTimeout().toSeconds());
        properties.setProperty("connectTimeout", Integer.toString(seconds));
        properties.setProperty("loginTimeout", Integer.toString(seconds));
        properties.setProperty("ApplicationName", "migration-studio");
        try {
            return new org.postgresql.Driver().connect(settings.url(), properties);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(explain(settings, e), e);
        }
    }

    static String explain(ConnectionSettings settings, SQLException e) {
        String where = settings.maskedUrl() + " (from " + settings.origin() + ")";
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = Credentials.scrub(e.getMessage(), settings.password());
        return switch (state) {
            case "28P01", "28000" -> "Authentication failed for user '" + settings.user() + "' at " + where
                    + ". Check the user and password (studio.user / studio.password, a settings.xml server via"
                    + " studio.serverId, or STUDIO_USER / STUDIO_PASSWORD).";
            case "3D000" -> "The database in " + where + " does not exist. Fix the database name in studio.url.";
            case "08001", "08004", "08006" -> "Cannot reach the database at " + where + " within "
                    + settings.connectTimeout().toSeconds() + " s: " + detail
                    + ". Check host and port in studio.url, or leave studio.url unset to use the embedded shadow"
                    + " database.";
            default -> "Cannot connect to " + where + ": " + detail + " (SQL state " + state + ").";
        };
    }
}
