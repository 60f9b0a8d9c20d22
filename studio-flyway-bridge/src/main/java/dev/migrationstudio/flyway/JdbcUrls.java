package dev.migrationstudio.flyway;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to print. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?]*:)[^@/?]*@");

    private JdbcUrls() {
    }

    /** The URL with any password (query parameter or {@code user:password@}) replaced by {@code ****}. */
    static String mask(String jdbcUrl) {
        String masked = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1****");
        return USER_INFO.matcher(masked).replaceAll("$1****@");
    }
}
