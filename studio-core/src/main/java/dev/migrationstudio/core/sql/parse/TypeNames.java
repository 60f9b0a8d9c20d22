package dev.migrationstudio.core.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Canonical type names, as {@code format_type()} prints them with the default search path: {@code int4} and
 * {@code int} are {@code integer}, {@code varchar(10)} is {@code character varying(10)}, {@code timestamptz} is
 * {@code timestamp with time zone}, serial types are their integer type, arrays print one {@code []}.
 * Unquoted names are case-insensitive ({@code VARCHAR(255)}, {@code TIMESTAMP WITH TIME ZONE} as Liquibase writes
 * them). Names print as {@code format_type()} prints them under an empty search path, the way introspection reads
 * them: {@code pg_catalog} types unqualified, every other type with its schema ({@code public.mood[]}). A name
 * written without a schema gets the one {@link UserTypes} resolves it to; without one it stays unqualified.
 */
public final class TypeNames {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern SERIAL = Pattern.compile("(small|big)?serial[248]?");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("float8", "double precision"), Map.entry("double", "double precision"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char varying", "character varying"),
            Map.entry("char", "character"), Map.entry("character", "character"),
            Map.entry("nchar", "character"), Map.entry("national character", "character"),
            Map.entry("national char", "character"),
            Map.entry("national character varying", "character varying"),
            Map.entry("national char varying", "character varying"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"));

    /** Where a user-defined type written without schema lives, as the search path resolves it. */
    @FunctionalInterface
    public interface UserTypes {
        /** Nothing user-defined is known: unqualified names stay unqualified. */
        UserTypes NONE = name -> null;

        /** The schema of the user-defined type (enum, domain, composite, table or view row type), or null. */
        String schemaOf(String name);
    }

    private static final TextMemo<TypeName> READ = new TextMemo<>(TypeNames::readText);

    private TypeNames() {
    }

    /** The canonical form of a type as written in SQL; text it cannot read is returned trimmed and unchanged. */
    public static String canonical(String written) {
        return canonical(written, UserTypes.NONE);
    }

    /** The canonical form, user-defined types qualified with the schema {@code userTypes} resolves them to. */
    public static String canonical(String written, UserTypes userTypes) {
        TypeName type = read(written);
        return type == null ? written.strip() : type.print(true, userTypes);
    }

    /** The canonical form without modifiers, as function signatures show argument types. */
    public static String withoutModifiers(String written) {
        return withoutModifiers(written, UserTypes.NONE);
    }

    /** The canonical form without modifiers, user-defined types qualified as {@link #canonical(String, UserTypes)}. */
    public static String withoutModifiers(String written, UserTypes userTypes) {
        TypeName type = read(written);
        return type == null ? written.strip() : type.print(false, userTypes);
    }

    /** True for serial, bigserial and smallserial (and their aliases), which create an owned sequence. */
    public static boolean isSerial(String written) {
        TypeName type = read(written);
        return type != null && type.arrayDimensions == 0 && type.schema == null
                && SERIAL.matcher(type.name).matches();
    }

    private record TypeName(String schema, String name, List<String> modifiers, Boolean withTimeZone,
            String intervalFields, int arrayDimensions) {

        String print(boolean withModifiers, UserTypes userTypes) {
            boolean catalogName = schema == null || schema.equals("pg_catalog");
            String base = catalogName ? ALIASES.getOrDefault(name, name) : name;
            List<String> mods = withModifiers ? modifiers : List.of();
            String canonical = switch (base) {
                case "float" -> floatType();
                case "timestamp", "time" -> base + modifierText(mods)
                        + (Boolean.TRUE.equals(withTimeZone) ? " with time zone" : " without time zone");
                case "timestamp with time zone" -> "timestamp" + modifierText(mods) + " with time zone";
                case "time with time zone" -> "time" + modifierText(mods) + " with time zone";
                case "character", "bit" -> base + modifierText(withModifiers && mods.isEmpty() ? List.of("1") : mods);
                case "numeric" -> base + modifierText(mods.size() == 1 ? List.of(mods.get(0), "0") : mods);
                case "interval" -> base + (intervalFields == null ? "" : " " + intervalFields) + modifierText(mods);
                default -> qualified(base, userTypes) + modifierText(mods);
            };
            return canonical + (arrayDimensions > 0 ? "[]" : "");
        }

        private String floatType() {
            if (modifiers.isEmpty()) {
                return "double precision";
            }
            try {
                return Integer.parseInt(modifiers.get(0)) <= 24 ? "real" : "double precision";
            } catch (NumberFormatException e) {
                return "double precision";
            }
        }

        private String qualified(String base, UserTypes userTypes) {
            String resolved = schema == null ? userTypes.schemaOf(base) : schema;
            boolean catalogType = resolved == null || resolved.equals("pg_catalog");
            return catalogType ? quote(base) : quote(resolved) + "." + quote(base);
        }

        private static String quote(String name) {
            return PLAIN_IDENTIFIER.matcher(name).matches() || name.contains(" ") ? name
                    : "\"" + name.replace("\"", "\"\"") + "\"";
        }

        private static String modifierText(List<String> mods) {
            return mods.isEmpty() ? "" : "(" + String.join(",", mods) + ")";
        }
    }

    private static TypeName read(String written) {
        return READ.apply(written);
    }

    private static TypeName readText(String written) {
        try {
            TokenCursor cursor = new TokenCursor(written);
            TypeName type = read(cursor);
            return cursor.atEnd() ? type : null;
        } catch (ParseFailure e) {
            return null;
        }
    }

    private static TypeName read(TokenCursor cursor) {
        cursor.accept("setof");
        QualifiedName qualified = cursor.qualifiedName();
        String schema = qualified.schema();
        StringBuilder name = new StringBuilder(qualified.name());
        String first = qualified.name();
        if (schema == null || schema.equals("pg_catalog")) {
            for (String continuation : List.of("precision", "varying", "character", "char")) {
                if (cursor.accept(continuation)) {
                    name.append(' ').append(continuation);
                }
            }
            if (name.toString().equals("national character") || name.toString().equals("national char")) {
                if (cursor.accept("varying")) {
                    name.append(" varying");
                }
            }
        }
        List<String> modifiers = cursor.isPunctuation("(") ? List.copyOf(modifiers(cursor)) : List.of();
        Boolean withTimeZone = null;
        String intervalFields = null;
        if (first.equals("timestamp") || first.equals("time")) {
            if (cursor.accept("with", "time", "zone")) {
                withTimeZone = true;
            } else if (cursor.accept("without", "time", "zone")) {
                withTimeZone = false;
            }
        } else if (first.equals("interval")) {
            int start = cursor.mark();
            while (!cursor.atEnd() && !cursor.isPunctuation("(") && !cursor.isPunctuation("[")
                    && !cursor.isWords("array")) {
                cursor.next();
            }
            if (cursor.mark() > start) {
                intervalFields = cursor.textBetween(start, cursor.mark()).toLowerCase().replaceAll("\\s+", " ");
            }
            if (cursor.isPunctuation("(")) {
                modifiers = List.copyOf(modifiers(cursor));
            }
        }
        int arrayDimensions = 0;
        if (cursor.accept("array")) {
            arrayDimensions = 1;
            if (cursor.acceptPunctuation("[")) {
                skipBound(cursor);
            }
        }
        while (cursor.acceptPunctuation("[")) {
            skipBound(cursor);
            arrayDimensions++;
        }
        return new TypeName(schema, name.toString(), modifiers, withTimeZone, intervalFields, arrayDimensions);
    }

    private static void skipBound(TokenCursor cursor) {
        if (cursor.peek().type() == Token.Type.NUMBER) {
            cursor.next();
        }
        cursor.expectPunctuation("]");
    }

    private static List<String> modifiers(TokenCursor cursor) {
        cursor.expectPunctuation("(");
        List<String> modifiers = new ArrayList<>();
        do {
            Token token = cursor.next();
            modifiers.add(token.type() == Token.Type.WORD || token.type() == Token.Type.NUMBER
                    ? cursor.sql().substring(token.start(), token.end()) : token.value());
        } while (cursor.acceptPunctuation(","));
        cursor.expectPunctuation(")");
        return modifiers;
    }
}
