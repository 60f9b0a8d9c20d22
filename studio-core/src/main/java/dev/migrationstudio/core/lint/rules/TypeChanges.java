package dev.migrationstudio.core.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type changes PostgreSQL makes without rewriting the table or its indexes (binary-coercible, or a looser
 * modifier), on canonical type names: varchar(n) to varchar(m >= n), to unbounded varchar or to text; text to
 * unbounded varchar; numeric(p,s) to numeric(p2 >= p, s) or unconstrained numeric; varbit(n) to varbit(m >= n);
 * cidr to inet; and the same type.
 */
final class TypeChanges {
    private static final Pattern MODIFIED = Pattern.compile("(character varying|numeric|bit varying)\\((\\d+)(?:,(\\d+))?\\)");

    private TypeChanges() {
    }

    static boolean isSafe(String from, String to) {
        if (from.equals(to) || (from.equals("cidr") && to.equals("inet"))) {
            return true;
        }
        if (isText(from) && (to.equals("text") || to.equals("character varying"))) {
            return true;
        }
        Matcher old = MODIFIED.matcher(from);
        if (!old.matches()) {
            return false;
        }
        String base = old.group(1);
        if (to.equals(base)) {
            return true;
        }
        Matcher wider = MODIFIED.matcher(to);
        return wider.matches() && wider.group(1).equals(base)
                && Integer.parseInt(wider.group(2)) >= Integer.parseInt(old.group(2))
                && java.util.Objects.equals(old.group(3), wider.group(3));
    }

    static boolean isText(String type) {
        return type.equals("text") || type.startsWith("character varying");
    }
}
