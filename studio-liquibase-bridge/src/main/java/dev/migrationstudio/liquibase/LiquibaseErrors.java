package dev.migrationstudio.liquibase;

import java.util.regex.Pattern;

/** Turns Liquibase's exception chains into one readable sentence. */
final class LiquibaseErrors {

    /** {@code liquibase.exception.SetupException: } and the like, which wrapping exceptions put before the message. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: ");
    /** The XSD validator lists every element it would accept; that list is hundreds of characters of noise. */
    private static final Pattern XSD_EXPECTED = Pattern.compile("\\s*One of '\\{.*?\\}' is expected\\.", Pattern.DOTALL);
    private static final Pattern NAMESPACED_ELEMENT = Pattern.compile("\\{\"[^\"]*\":([\\w-]+)\\}");

    private LiquibaseErrors() {
    }

    /** The first non-empty message of the chain, without class-name prefixes and XSD noise. */
    static String detail(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            String previous;
            do {
                previous = message;
                message = CLASS_PREFIX.matcher(message).replaceFirst("");
            } while (!message.equals(previous));
            message = XSD_EXPECTED.matcher(message).replaceAll("");
            message = NAMESPACED_ELEMENT.matcher(message).replaceAll("$1").strip();
            if (!message.isEmpty()) {
                return message;
            }
        }
        return failure.getClass().getSimpleName();
    }
}
