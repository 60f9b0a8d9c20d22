package dev.migrationstudio.core.introspect;

/**
 * The fixed list of catalog queries the introspector runs, in order: one bulk query per kind of object, never
 * one per table, so the number of round trips does not grow with the schema. Every query after {@link #SCHEMAS}
 * takes one parameter, the {@code text[]} of schema names to read, and skips objects that belong to an extension.
 * Queries run with {@code search_path = ''}, so every name outside {@code pg_catalog} comes out schema-qualified
 * ({@code public.mood}, {@code nextval('public.t_id_seq'::regclass)}) whatever the caller's search_path was.
 * Catalog columns used exist in PostgreSQL 14 to 17.
 */
enum CatalogQuery {
    SERVER("server", false, """
            SELECT current_setting('server_version') AS version,
                   current_setting('server_version_num')::int AS version_number
            """),

    SCHEMAS("schemas", false, """
            SELECT n.nspname AS name, pg_get_userbyid(n.nspowner) AS owner, d.description AS comment
            FROM pg_namespace n
            LEFT JOIN pg_description d
                   ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid AND d.objsubid = 0
            WHERE %s
            ORDER BY n.nspname
            """.formatted(notExtensionMember("pg_namespace", "n.oid"))),

    TABLES("tables", true, """
            SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind,
                   c.relpersistence = 'u' AS unlogged,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   pn.nspname AS parent_schema, pc.relname AS parent_name,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
                   c.relrowsecurity AS rls_enabled, c.relforcerowsecurity AS rls_forced,
                   pg_get_userbyid(c.relowner) AS owner, d.description AS comment
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
            LEFT JOIN pg_class pc ON pc.oid = i.inhparent
            LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2
            """.formatted(notExtensionMember("pg_class", "c.oid"))),

    COLUMNS("columns", true, """
            SELECT n.nspname AS schema, c.relname AS table_name, a.attname AS name,
                   format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression,
                   a.attidentity AS identity,
                   CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
                   CASE WHEN a.attcollation <> t.typcollation THEN
                        CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname::text
                             ELSE cn.nspname || '.' || co.collname END
                   END AS collation,
                   d.description AS comment
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_description d
                   ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
              AND n.nspname = ANY (?) AND %s
            ORDER BY n.nspname, c.relname, a.attnum
            """.formatted(notExtensionMember("pg_class", "c.oid"))),

    // A foreign key that references a partitioned table has one clone per referenced partition, on the same
    // referencing table and with the same name: only the parent constraint is kept.
    CONSTRAINTS("constraints", true, """
            SELECT n.nspname AS schema, c.relname AS table_name, con.conname AS name, con.contype AS kind,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS columns,
                   pg_get_constraintdef(con.oid) AS definition,
                   fn.nspname AS ref_schema, fc.relname AS ref_table,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS ref_columns,
                   con.confupdtype AS on_update, con.confdeltype AS on_delete, con.confmatchtype AS match,
                   con.condeferrable AS deferrable, con.condeferred AS deferred, con.convalidated AS validated
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint parent
                              WHERE parent.oid = con.conparentid AND parent.conrelid = con.conrelid)
              AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2, 3
            """.formatted(notExtensionMember("pg_class", "c.oid"))),

    INDEXES("indexes", true, """
            SELECT n.nspname AS schema, t.relname AS table_name, i.relname AS name, am.amname AS method,
                   x.indisunique AS is_unique,
                   ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true)
                         FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS keys,
                   ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true)
                         FROM generate_series(x.indnkeyatts + 1, x.indnatts) k ORDER BY k) AS include,
                   pg_get_expr(x.indpred, x.indrelid, true) AS predicate,
                   x.indisvalid AS valid, con.conname AS owning_constraint,
                   pg_get_indexdef(x.indexrelid) AS definition
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_am am ON am.oid = i.relam
            LEFT JOIN pg_constraint con
                   ON con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x')
            WHERE t.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 3
            """.formatted(notExtensionMember("pg_class", "t.oid"))),

    POLICIES("policies", true, """
            SELECT n.nspname AS schema, c.relname AS table_name, p.polname AS name, p.polcmd AS command,
                   p.polpermissive AS permissive,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text END
                         FROM unnest(p.polroles) r) AS roles,
                   pg_get_expr(p.polqual, p.polrelid) AS using_expression,
                   pg_get_expr(p.polwithcheck, p.polrelid) AS with_check
            FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND %s
            ORDER BY 1, 2, 3
            """.formatted(notExtensionMember("pg_class", "c.oid"))),

    // Aggregates (prokind 'a') are not in the model. SQL-standard bodies (BEGIN ATOMIC) have no prosrc.
    ROUTINES("routines", true, """
            SELECT n.nspname AS schema, p.proname AS name, p.prokind AS kind,
                   %s AS argument_types,
                   pg_get_function_arguments(p.oid) AS arguments,
                   pg_get_function_result(p.oid) AS return_type,
                   l.lanname AS language, p.provolatile AS volatility, p.prosecdef AS security_definer,
                   p.proisstrict AS strict, p.proconfig AS config,
                   CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) ELSE p.prosrc END AS body,
                   pg_get_userbyid(p.proowner) AS owner, d.description AS comment
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_language l ON l.oid = p.prolang
            LEFT JOIN pg_description d ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid AND d.objsubid = 0
            WHERE p.prokind IN ('f', 'p', 'w') AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2, 4
            """.formatted(inputTypes("p"), notExtensionMember("pg_proc", "p.oid"))),

    VIEWS("views", true, """
            SELECT n.nspname AS schema, c.relname AS name, c.relkind = 'm' AS materialized,
                   pg_get_viewdef(c.oid, true) AS definition, c.reloptions AS options,
                   pg_get_userbyid(c.relowner) AS owner, d.description AS comment
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
            WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2
            """.formatted(notExtensionMember("pg_class", "c.oid"))),

    TRIGGERS("triggers", true, """
            SELECT n.nspname AS schema, c.relname AS table_name, t.tgname AS name, t.tgtype AS type_bits,
                   fn.nspname AS function_schema, f.proname AS function_name,
                   %s AS function_argument_types,
                   t.tgenabled AS enabled, pg_get_triggerdef(t.oid) AS definition
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_proc f ON f.oid = t.tgfoid
            JOIN pg_namespace fn ON fn.oid = f.pronamespace
            WHERE NOT t.tgisinternal AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2, 3
            """.formatted(inputTypes("f"), notExtensionMember("pg_class", "c.oid"))),

    EXTENSIONS("extensions", true, """
            SELECT e.extname AS name, n.nspname AS schema, e.extversion AS version
            FROM pg_extension e
            JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE n.nspname = ANY (?)
            ORDER BY 1
            """),

    // Identity columns own their sequence internally (deptype 'i'): those belong to the column, not the model.
    SEQUENCES("sequences", true, """
            SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS data_type,
                   s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min_value, s.seqmax AS max_value,
                   s.seqcycle AS cycle, owner_ns.nspname AS owner_schema, owner_table.relname AS owner_table,
                   owner_column.attname AS owner_column
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
                  AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
            LEFT JOIN pg_class owner_table ON owner_table.oid = dep.refobjid
            LEFT JOIN pg_namespace owner_ns ON owner_ns.oid = owner_table.relnamespace
            LEFT JOIN pg_attribute owner_column
                   ON owner_column.attrelid = dep.refobjid AND owner_column.attnum = dep.refobjsubid
            WHERE dep.deptype IS DISTINCT FROM 'i' AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2
            """.formatted(notExtensionMember("pg_class", "c.oid"))),

    ENUMS("enums", true, """
            SELECT n.nspname AS schema, t.typname AS name,
                   ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
                         ORDER BY e.enumsortorder) AS labels,
                   d.description AS comment
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
            WHERE t.typtype = 'e' AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2
            """.formatted(notExtensionMember("pg_type", "t.oid"))),

    DOMAINS("domains", true, """
            SELECT n.nspname AS schema, t.typname AS name, format_type(t.typbasetype, t.typtypmod) AS base_type,
                   t.typnotnull AS not_null, pg_get_expr(t.typdefaultbin, 0) AS default_expression,
                   ARRAY(SELECT pg_get_constraintdef(con.oid) FROM pg_constraint con
                         WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname) AS checks,
                   d.description AS comment
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
            WHERE t.typtype = 'd' AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2
            """.formatted(notExtensionMember("pg_type", "t.oid"))),

    COMPOSITE_TYPES("composite types", true, """
            SELECT n.nspname AS schema, t.typname AS name,
                   ARRAY(SELECT a.attname::text FROM pg_attribute a
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
                         ORDER BY a.attnum) AS attribute_names,
                   ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
                         ORDER BY a.attnum) AS attribute_types,
                   d.description AS comment
            FROM pg_type t
            JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
            WHERE t.typtype = 'c' AND n.nspname = ANY (?) AND %s
            ORDER BY 1, 2
            """.formatted(notExtensionMember("pg_type", "t.oid"))),

    // Explicit ACL entries, the owner's own entry left out; grantee 0 is the PUBLIC pseudo-role. A routine's NULL
    // acl is read as its default (EXECUTE to PUBLIC), so that "never revoked" and "revoked" differ (see Privileges).
    // Identity sequences are skipped as in SEQUENCES. $1 is used by all four branches.
    GRANTS("grants", true, """
            WITH wanted AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY (?))
            SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS object_type,
                   w.nspname AS schema, c.relname AS name, NULL::text AS column_name, NULL::text[] AS argument_types,
                   %4$s AS grantee, acl.privilege_type, acl.is_grantable
            FROM pg_class c JOIN wanted w ON w.oid = c.relnamespace, aclexplode(c.relacl) acl
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND acl.grantee <> c.relowner AND %1$s
              AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_class'::regclass
                              AND i.objid = c.oid AND i.deptype = 'i')
            UNION ALL
            SELECT 'COLUMN', w.nspname, c.relname, a.attname::text, NULL, %4$s, acl.privilege_type,
                   acl.is_grantable
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN wanted w ON w.oid = c.relnamespace,
                 aclexplode(a.attacl) acl
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
              AND acl.grantee <> c.relowner AND %1$s
            UNION ALL
            SELECT 'FUNCTION', w.nspname, p.proname, NULL, %2$s, %4$s, acl.privilege_type, acl.is_grantable
            FROM pg_proc p JOIN wanted w ON w.oid = p.pronamespace, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) acl
            WHERE p.prokind IN ('f', 'p', 'w') AND acl.grantee <> p.proowner AND %3$s
            UNION ALL
            SELECT 'SCHEMA', NULL, w.nspname, NULL, NULL, %4$s, acl.privilege_type, acl.is_grantable
            FROM pg_namespace n JOIN wanted w ON w.oid = n.oid, aclexplode(n.nspacl) acl
            WHERE acl.grantee <> n.nspowner
            """.formatted(notExtensionMember("pg_class", "c.oid"), inputTypes("p"),
            notExtensionMember("pg_proc", "p.oid"),
            "CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(acl.grantee)::text END"));

    private final String phase;
    private final boolean takesSchemas;
    private final String sql;

    CatalogQuery(String phase, boolean takesSchemas, String sql) {
        this.phase = phase;
        this.takesSchemas = takesSchemas;
        this.sql = sql;
    }

    String phase() {
        return phase;
    }

    /** Whether the query takes the {@code text[]} of schema names as its one parameter. */
    boolean takesSchemas() {
        return takesSchemas;
    }

    String sql() {
        return sql;
    }

    private static String notExtensionMember(String catalog, String oid) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = "
                + oid + " AND e.deptype = 'e')";
    }

    /** The canonical input argument types of a routine, as a text[] in call order. */
    private static String inputTypes(String proc) {
        return "ARRAY(SELECT format_type(arg.type, NULL) FROM unnest(" + proc
                + ".proargtypes::oid[]) WITH ORDINALITY arg(type, ord) ORDER BY arg.ord)";
    }
}
