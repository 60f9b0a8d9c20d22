package dev.migrationstudio.core.schema;

import java.util.List;

/** Stable object ids: {@code public.users}, {@code public.users.users_select}, {@code public.f(uuid,text)}. */
public final class ObjectIds {
    private ObjectIds() {
    }

    public static String qualified(String schema, String name) {
        return schema + "." + name;
    }

    public static String member(String schema, String table, String name) {
        return schema + "." + table + "." + name;
    }

    public static String routine(String schema, String name, List<String> argumentTypes) {
        return schema + "." + name + "(" + String.join(",", argumentTypes) + ")";
    }
}
