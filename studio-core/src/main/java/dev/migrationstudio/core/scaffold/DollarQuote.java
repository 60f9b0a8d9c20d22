package dev.migrationstudio.core.scaffold;

/** Dollar-quotes a routine body with a tag that does not occur in it, so the body cannot close the quote. */
final class DollarQuote {
    private DollarQuote() {
    }

    static String quote(String body) {
        String tag = "$function$";
        for (int n = 1; body.contains(tag) || body.endsWith("$function"); n++) {
            tag = "$function_" + n + "$";
        }
        return tag + "\n" + body + "\n" + tag;
    }
}
