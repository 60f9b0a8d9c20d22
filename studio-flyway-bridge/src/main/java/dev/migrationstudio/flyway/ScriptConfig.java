package dev.migrationstudio.flyway;

import dev.migrationstudio.core.source.MigrationSourceException;
import dev.migrationstudio.core.sql.split.DecodedScript;
import dev.migrationstudio.core.sql.split.ScriptDecoder;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Flyway's per-script configuration, read from {@code <script>.conf} beside the script
 * (for example {@code V3__index.sql.conf} holding {@code executeInTransaction=false}).
 *
 * @param executeInTransaction whether Flyway runs the script in a transaction (true unless the file says false)
 * @param encoding             the script's encoding: the file's {@code encoding}, else the global setting
 */
record ScriptConfig(boolean executeInTransaction, Charset encoding) {

    static final String SUFFIX = ".conf";

    static ScriptConfig defaults(Charset encoding) {
        return new ScriptConfig(true, encoding);
    }

    /**
     * Reads a script configuration file. Keys Flyway does not know, or values it would reject, are errors naming
     * the file and line, because Flyway fails on them too.
     */
    static ScriptConfig read(Path confFile, Charset defaultEncoding) throws MigrationSourceException {
        DecodedScript decoded;
        try {
            decoded = ScriptDecoder.decode(Files.readAllBytes(confFile), confFile.toString(), defaultEncoding,
                    "the Flyway setting 'encoding'");
        } catch (IOException e) {
            throw new MigrationSourceException("Cannot read Flyway script configuration " + confFile + ": " + e.getMessage(), e);
        }
        if (decoded instanceof DecodedScript.Rejected rejected) {
            // A configuration Flyway cannot read stops Flyway too: this one is an error, not a skipped file.
            throw new MigrationSourceException(rejected.message());
        }
        String text = ((DecodedScript.Text) decoded).sql();
        boolean executeInTransaction = true;
        Charset encoding = defaultEncoding;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = confFile + ":" + (i + 1) + ": ";
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new MigrationSourceException(where + "expected key=value, got '" + line + "'");
            }
            String key = line.substring(0, equals).trim();
            String value = line.substring(equals + 1).trim();
            switch (key) {
                case "executeInTransaction" -> executeInTransaction = bool(where, key, value);
                case "encoding" -> encoding = charset(where, value);
                case "placeholderReplacement" -> bool(where, key, value);
                case "shouldExecute" -> throw new MigrationSourceException(where
                        + "shouldExecute needs Flyway Teams; open-source Flyway 11 rejects this script configuration");
                default -> throw new MigrationSourceException(where + "unknown script configuration property '" + key
                        + "'; Flyway accepts executeInTransaction, encoding and placeholderReplacement");
            }
        }
        return new ScriptConfig(executeInTransaction, encoding);
    }

    private static boolean bool(String where, String key, String value) throws MigrationSourceException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new MigrationSourceException(where + key + " must be true or false, got '" + value + "'");
        };
    }

    private static Charset charset(String where, String value) throws MigrationSourceException {
        try {
            return FlywaySettings.charset(value);
        } catch (IllegalArgumentException e) {
            throw new MigrationSourceException(where + "unknown encoding '" + value + "'; use a Java charset name such as UTF-8");
        }
    }
}
