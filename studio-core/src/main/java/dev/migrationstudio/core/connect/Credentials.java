package dev.migrationstudio.core.connect;

import java.util.regex.Pattern;

/** Hides secrets in anything we print or store: URLs with {@code user:password@} or {@code password=} parts. */
public final class Credentials {
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?#\\s]+:)[^@/\\s]*(@)");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)([?&;](?:password|sslpassword|pass|pwd)=)[^&;\\s]*");

    private Credentials() {
    }

    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = USER_INFO.matcher(url).replaceAll("$1****$2");
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1****");
    }

    /** Removes every occurrence of {@code password} from {@code text}, e.g. a driver message that echoes it. */
    public static String scrub(String text, String password) {
        if (text == null) {
            return null;
        }
        String result = maskUrl(text);
        if (password != null && !password.isEmpty()) {
            result = result.replace(password, "****");
        }
        return result;
    }
}
