package dev.migrationstudio.core.sql.parse;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One SQL statement as the readers understand it: a closed set of records, so rules and the replayer switch on
 * it exhaustively. Names keep Postgres case rules; expressions, queries and bodies stay source text.
 * {@link Opaque} is the normal answer for what nothing understands, never an error.
 */
public sealed interface ParsedStatement extends Serializable {

    /** Kinds of objects for the generic {@link Drop} and {@link Rename}. */
    enum ObjectKind {
        TABLE, INDEX, VIEW, MATERIALIZED_VIEW, SEQUENCE, TYPE, DOMAIN, SCHEMA, EXTENSION, FOREIGN_TABLE
    }

    record CreateTable(
            QualifiedName table,
            boolean ifNotExists,
            boolean unlogged,
            boolean temporary,
            List<ColumnDefinition> columns,
            List<TableConstraint> constraints,
            /* source text of PARTITION BY, e.g. {@code RANGE (created_at)}; null when not partitioned */
            String partitionBy,
            QualifiedName partitionOf,
            /* source text of the bound of a partition ({@code FOR VALUES FROM (...) TO (...)}, {@code DEFAULT}) */
            String partitionBound,
            List<QualifiedName> inherits,
            /* source of CREATE TABLE ... AS query; null otherwise */
            String asQuery,
            /* LIKE clauses among the table elements */
            List<TableLike> likes) implements ParsedStatement {
        public CreateTable {
            likes = likes == null ? List.of() : List.copyOf(likes);
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            inherits = List.copyOf(inherits);
        }
    }

    record AlterTable(QualifiedName table, boolean ifExists, boolean only, List<AlterAction> actions)
            implements ParsedStatement {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    /** {@code ALTER <kind> name RENAME TO newName}. */
    record Rename(ObjectKind kind, QualifiedName name, String newName, boolean ifExists) implements ParsedStatement {
    }

    /**
     * {@code DROP TABLE | INDEX | VIEW | MATERIALIZED VIEW | SEQUENCE | TYPE | DOMAIN | SCHEMA | EXTENSION}.
     * Schemas and extensions have one-part names.
     */
    record Drop(ObjectKind kind, List<QualifiedName> names, boolean ifExists, boolean cascade, boolean concurrently)
            implements ParsedStatement {
        public Drop {
            names = List.copyOf(names);
        }
    }

    /** {@code name} is null when Postgres will choose it; keys and predicate are source text. */
    record CreateIndex(
            String name,
            QualifiedName table,
            boolean unique,
            boolean concurrently,
            boolean ifNotExists,
            boolean only,
            String method,
            List<String> keys,
            List<String> include,
            String where) implements ParsedStatement {
        public CreateIndex {
            keys = List.copyOf(keys);
            include = List.copyOf(include);
        }
    }

    /** {@code command} is ALL, SELECT, INSERT, UPDATE or DELETE; roles as written, lower case unless quoted. */
    record CreatePolicy(
            String name,
            QualifiedName table,
            boolean permissive,
            String command,
            List<String> roles,
            String using,
            String withCheck) implements ParsedStatement {
        public CreatePolicy {
            roles = List.copyOf(roles);
        }
    }

    /** Null fields are left unchanged by the statement. */
    record AlterPolicy(String name, QualifiedName table, String newName, List<String> roles, String using,
            String withCheck) implements ParsedStatement {
    }

    record DropPolicy(String name, QualifiedName table, boolean ifExists) implements ParsedStatement {
    }

    /** {@code mode} is IN, OUT, INOUT or VARIADIC; {@code type} is source text. */
    record RoutineArgument(String mode, String name, String type, String defaultExpression) implements Serializable {
    }

    /** A function or procedure as DROP/ALTER/GRANT name it; {@code argumentTypes} null when no list was given. */
    record RoutineReference(QualifiedName name, List<String> argumentTypes) implements Serializable {
    }

    record CreateFunction(
            QualifiedName name,
            boolean orReplace,
            boolean procedure,
            List<RoutineArgument> arguments,
            /* source text of RETURNS, e.g. {@code setof public.users} or {@code TABLE (id uuid)}; null for procedures */
            String returns,
            String language,
            String volatility,
            boolean securityDefiner,
            boolean strict,
            Map<String, String> config,
            String body) implements ParsedStatement {
        public CreateFunction {
            arguments = List.copyOf(arguments);
            config = Map.copyOf(config);
        }
    }

    /**
     * {@code ALTER FUNCTION|PROCEDURE}. Null fields are unchanged: {@code securityDefiner}, {@code volatility},
     * {@code owner}, {@code newName}, {@code newSchema}; {@code setConfig}/{@code resetConfig} list changed settings.
     */
    record AlterFunction(
            RoutineReference routine,
            boolean procedure,
            Boolean securityDefiner,
            String volatility,
            Map<String, String> setConfig,
            List<String> resetConfig,
            String owner,
            String newName,
            String newSchema) implements ParsedStatement {
        public AlterFunction {
            setConfig = Map.copyOf(setConfig);
            resetConfig = List.copyOf(resetConfig);
        }
    }

    record DropFunction(List<RoutineReference> routines, boolean procedure, boolean ifExists, boolean cascade)
            implements ParsedStatement {
        public DropFunction {
            routines = List.copyOf(routines);
        }
    }

    record CreateView(
            QualifiedName name,
            boolean orReplace,
            boolean materialized,
            boolean ifNotExists,
            boolean securityInvoker,
            List<String> columns,
            String query) implements ParsedStatement {
        public CreateView {
            columns = List.copyOf(columns);
        }
    }

    /** {@code ALTER VIEW v SET (...)}: {@code securityInvoker} null when the options do not mention it. */
    record SetViewOptions(QualifiedName view, Boolean securityInvoker) implements ParsedStatement {
    }

    record RefreshMaterializedView(QualifiedName name, boolean concurrently) implements ParsedStatement {
    }

    /** {@code timing} BEFORE, AFTER or INSTEAD OF; {@code events} INSERT, UPDATE, DELETE, TRUNCATE; level ROW/STATEMENT. */
    record CreateTrigger(
            String name,
            QualifiedName table,
            boolean orReplace,
            boolean constraint,
            String timing,
            List<String> events,
            List<String> updateColumns,
            String level,
            String when,
            QualifiedName function,
            String functionArguments) implements ParsedStatement {
        public CreateTrigger {
            events = List.copyOf(events);
            updateColumns = List.copyOf(updateColumns);
        }
    }

    record DropTrigger(String name, QualifiedName table, boolean ifExists, boolean cascade)
            implements ParsedStatement {
    }

    record CreateExtension(String name, boolean ifNotExists, String schema, String version, boolean cascade)
            implements ParsedStatement {
    }

    /** {@code CREATE TYPE}: enum labels, composite attributes, or another form kept by kind only. */
    record CreateType(QualifiedName name, TypeForm form, List<String> labels, List<Attribute> attributes)
            implements ParsedStatement {
        public CreateType {
            labels = List.copyOf(labels);
            attributes = List.copyOf(attributes);
        }

        public enum TypeForm { ENUM, COMPOSITE, RANGE, BASE, SHELL }

        public record Attribute(String name, String type) implements Serializable {
        }
    }

    /** {@code before}/{@code after} name the neighbour label; both null appends at the end. */
    record AlterTypeAddValue(QualifiedName type, String value, boolean ifNotExists, String before, String after)
            implements ParsedStatement {
    }

    /** Other {@code ALTER TYPE} forms: RENAME VALUE, OWNER TO, ADD/DROP ATTRIBUTE ... */
    record AlterTypeOther(QualifiedName type, String action) implements ParsedStatement {
    }

    record CreateDomain(QualifiedName name, String baseType, boolean notNull, String defaultExpression,
            List<String> checks) implements ParsedStatement {
        public CreateDomain {
            checks = List.copyOf(checks);
        }
    }

    /** Null numbers mean the default. {@code ownedBy} is {@code table.column} or {@code NONE}. */
    record CreateSequence(QualifiedName name, boolean ifNotExists, String dataType, Long start, Long increment,
            Long minValue, Long maxValue, boolean cycle, String ownedBy) implements ParsedStatement {
    }

    /** Only OWNED BY is structured; the rest of the options stay in {@code options}. */
    record AlterSequence(QualifiedName name, boolean ifExists, String ownedBy, String options)
            implements ParsedStatement {
    }

    record CreateSchema(String name, boolean ifNotExists, String authorization) implements ParsedStatement {
    }

    /**
     * {@code objectType}: TABLE, SEQUENCE, FUNCTION, PROCEDURE, ROUTINE, SCHEMA, TYPE, DOMAIN, DATABASE, ROLE (a
     * role membership grant), or one of the ALL ... IN SCHEMA forms (then {@code objects} are the schemas).
     * {@code privileges} are upper case; {@code ALL} stands for ALL PRIVILEGES.
     */
    record PrivilegeTarget(String objectType, List<String> objects, List<RoutineReference> routines)
            implements Serializable {
        public PrivilegeTarget {
            objects = List.copyOf(objects);
            routines = List.copyOf(routines);
        }
    }

    record Grant(List<String> privileges, List<String> columns, PrivilegeTarget target, List<String> grantees,
            boolean withGrantOption) implements ParsedStatement {
        public Grant {
            privileges = List.copyOf(privileges);
            columns = List.copyOf(columns);
            grantees = List.copyOf(grantees);
        }
    }

    record Revoke(List<String> privileges, List<String> columns, PrivilegeTarget target, List<String> grantees,
            boolean grantOptionFor, boolean cascade) implements ParsedStatement {
        public Revoke {
            privileges = List.copyOf(privileges);
            columns = List.copyOf(columns);
            grantees = List.copyOf(grantees);
        }
    }

    /** {@code ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT|REVOKE ...}, the action kept as text. */
    /**
     * {@code ALTER DEFAULT PRIVILEGES}. {@code action} is the GRANT/REVOKE source text, read into
     * {@code privileges} (upper case, ALL kept as ALL), {@code objectType} (TABLES, SEQUENCES, FUNCTIONS, ROUTINES,
     * TYPES or SCHEMAS), {@code grantees} and {@code grantOption} (WITH GRANT OPTION, or REVOKE GRANT OPTION FOR).
     */
    record AlterDefaultPrivileges(List<String> forRoles, List<String> inSchemas, boolean grant, String action,
            List<String> privileges, String objectType, List<String> grantees, boolean grantOption)
            implements ParsedStatement {
        public AlterDefaultPrivileges {
            forRoles = List.copyOf(forRoles);
            inSchemas = List.copyOf(inSchemas);
            privileges = List.copyOf(privileges);
            grantees = List.copyOf(grantees);
        }
    }

    /**
     * {@code COMMENT ON}. {@code objectType} upper case (TABLE, COLUMN, FUNCTION, POLICY ...); for COLUMN the
     * column is the last part of {@code name} split off into {@code column}; {@code comment} null for IS NULL.
     */
    record CommentOn(String objectType, QualifiedName name, String column, QualifiedName onTable,
            RoutineReference routine, String comment) implements ParsedStatement {
    }

    record Truncate(List<QualifiedName> tables, boolean restartIdentity, boolean cascade)
            implements ParsedStatement {
        public Truncate {
            tables = List.copyOf(tables);
        }
    }

    record TransactionControl(Action action) implements ParsedStatement {
        public enum Action { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT, PREPARE }
    }

    /** {@code SET [LOCAL|SESSION] name = value}; {@code value} null for {@code RESET name}. */
    record SetStatement(String name, String value, boolean local) implements ParsedStatement {
    }

    /** {@code REINDEX [ (options) ] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name}. */
    record Reindex(String targetKind, QualifiedName target, boolean concurrently) implements ParsedStatement {
    }

    /** {@code table} is null for {@code COPY (query) TO}. */
    record Copy(QualifiedName table, boolean from, boolean stdio) implements ParsedStatement {
    }

    record DoBlock(String language, String body) implements ParsedStatement {
    }

    /** INSERT, UPDATE, DELETE, MERGE, SELECT: only the tables it reads or writes. */
    record Dml(Kind kind, List<QualifiedName> tables) implements ParsedStatement {
        public Dml {
            tables = List.copyOf(tables);
        }

        public enum Kind { INSERT, UPDATE, DELETE, MERGE, SELECT }
    }

    /** Understood by kind only: {@code keyword} names it (e.g. {@code VACUUM}, {@code CREATE ROLE}). */
    record Other(String keyword) implements ParsedStatement {
    }

    /** What nothing understands; {@code reason} says why, for the report. */
    record Opaque(String reason) implements ParsedStatement {
    }
}
