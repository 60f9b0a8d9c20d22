package dev.migrationstudio.liquibase;

import dev.migrationstudio.core.scaffold.MigrationDraft;
import dev.migrationstudio.core.sql.split.SqlSplitter;
import dev.migrationstudio.core.sql.split.SqlStatement;
import java.util.List;
import java.util.Locale;

/**
 * A changeset in one changelog format, and where it goes in an existing changelog of that format. Each statement
 * of XML and YAML changesets is its own {@code sql} change with {@code splitStatements: false}: Liquibase's own
 * splitter would cut dollar-quoted function bodies apart.
 */
enum ChangeSetFormat {
    XML {
        @Override
        String changeSet(String id, String author, MigrationDraft draft) {
            StringBuilder out = new StringBuilder("\n    <changeSet id=\"").append(attribute(id)).append("\" author=\"")
                    .append(attribute(author)).append('"').append(draft.transactional() ? "" : " runInTransaction=\"false\"")
                    .append(">\n");
            statements(draft.upSql()).forEach(sql -> out.append("        ").append(xmlSql(sql)).append('\n'));
            List<String> down = statements(draft.downSql());
            if (down.isEmpty()) {
                out.append("        <rollback/>\n");
            } else {
                out.append("        <rollback>\n");
                down.forEach(sql -> out.append("            ").append(xmlSql(sql)).append('\n'));
                out.append("        </rollback>\n");
            }
            return out.append("    </changeSet>\n").toString();
        }

        @Override
        String append(String changelog, String changeSet) {
            int end = changelog.lastIndexOf("</databaseChangeLog>");
            if (end < 0) {
                throw new IllegalArgumentException("it has no closing </databaseChangeLog>");
            }
            return changelog.substring(0, end).stripTrailing() + "\n" + changeSet + "\n" + changelog.substring(end);
        }
    },
    YAML {
        @Override
        String changeSet(String id, String author, MigrationDraft draft) {
            StringBuilder out = new StringBuilder("  - changeSet:\n      id: ").append(yamlString(id))
                    .append("\n      author: ").append(yamlString(author)).append('\n');
            if (!draft.transactional()) {
                out.append("      runInTransaction: false\n");
            }
            out.append("      changes:\n");
            statements(draft.upSql()).forEach(sql -> out.append(yamlSql(sql, "        ")));
            List<String> down = statements(draft.downSql());
            out.append("      rollback:").append(down.isEmpty() ? " []\n" : "\n");
            down.forEach(sql -> out.append(yamlSql(sql, "        ")));
            return out.toString();
        }

        @Override
        String append(String changelog, String changeSet) {
            if (!changelog.contains("databaseChangeLog:")) {
                throw new IllegalArgumentException("it has no databaseChangeLog: key");
            }
            String body = changelog.stripTrailing();
            if (body.endsWith("databaseChangeLog: []")) {
                body = body.substring(0, body.length() - 3);
            }
            return body + "\n" + changeSet;
        }
    },
    SQL {
        @Override
        String changeSet(String id, String author, MigrationDraft draft) {
            StringBuilder out = new StringBuilder("\n--changeset ").append(author.replaceAll("[\\s:]", "_")).append(':')
                    .append(id.replaceAll("\\s", "_")).append(" splitStatements:false")
                    .append(draft.transactional() ? "" : " runInTransaction:false").append('\n')
                    .append(draft.upSql().stripTrailing()).append('\n');
            List<String> down = statements(draft.downSql());
            if (down.isEmpty()) {
                out.append("--rollback empty\n");
            }
            for (String sql : down) {
                for (String line : (sql + ";").split("\n")) {
                    out.append("--rollback ").append(line).append('\n');
                }
            }
            return out.toString();
        }

        @Override
        String append(String changelog, String changeSet) {
            if (!changelog.stripLeading().startsWith("--liquibase formatted sql")) {
                throw new IllegalArgumentException("it does not start with --liquibase formatted sql");
            }
            return changelog.stripTrailing() + "\n" + changeSet;
        }
    };

    abstract String changeSet(String id, String author, MigrationDraft draft);

    /** The changelog with the changeset at its end; IllegalArgumentException says why it cannot take one. */
    abstract String append(String changelog, String changeSet);

    static ChangeSetFormat of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            return XML;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        return lower.endsWith(".sql") ? SQL : null;
    }

    static List<String> statements(String sql) {
        return SqlSplitter.split(sql).statements().stream()
                .filter(statement -> statement.kind() == SqlStatement.Kind.SQL)
                .map(SqlStatement::text).toList();
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String xmlSql(String sql) {
        return "<sql splitStatements=\"false\"><![CDATA[" + sql.replace("]]>", "]]]]><![CDATA[>") + "]]></sql>";
    }

    private static String yamlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String yamlSql(String sql, String indent) {
        StringBuilder out = new StringBuilder(indent).append("- sql:\n").append(indent)
                .append("    splitStatements: false\n").append(indent).append("    sql: |-\n");
        for (String line : sql.split("\n", -1)) {
            out.append(indent).append("      ").append(line).append('\n');
        }
        return out.toString();
    }
}
