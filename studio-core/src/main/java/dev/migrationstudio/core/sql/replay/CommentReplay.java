package dev.migrationstudio.core.sql.replay;

import dev.migrationstudio.core.schema.CompositeType;
import dev.migrationstudio.core.schema.DomainType;
import dev.migrationstudio.core.schema.EnumType;
import dev.migrationstudio.core.schema.Schema;
import dev.migrationstudio.core.schema.View;
import dev.migrationstudio.core.sql.parse.ParsedStatement.CommentOn;
import dev.migrationstudio.core.sql.replay.TouchedObject.Change;
import dev.migrationstudio.core.sql.replay.TouchedObject.Kind;

/** COMMENT ON the objects whose model records carry a comment. */
final class CommentReplay {
    private final ReplayState state;
    private final RoutineReplay routines;

    CommentReplay(ReplayState state, RoutineReplay routines) {
        this.state = state;
        this.routines = routines;
    }

    void apply(CommentOn statement) {
        String comment = statement.comment();
        switch (statement.objectType()) {
            case "TABLE", "FOREIGN TABLE" -> state.existingTable(statement.name(), "COMMENT ON TABLE").ifPresent(t -> {
                t.comment = comment;
                state.touch(Kind.TABLE, t.id(), Change.ALTERED);
            });
            case "COLUMN" -> state.existingTable(statement.name(), "COMMENT ON COLUMN").ifPresent(t -> {
                t.column(statement.column()).ifPresentOrElse(c -> c.comment = comment,
                        () -> state.warn("COMMENT ON unknown column " + t.id() + "." + statement.column()));
                state.touch(Kind.TABLE, t.id(), Change.ALTERED);
            });
            case "VIEW", "MATERIALIZED VIEW" -> {
                View v = state.views.get(state.id(statement.name()));
                if (v == null) {
                    state.warn("COMMENT ON unknown view " + state.id(statement.name()));
                } else {
                    state.views.put(v.id(), new View(v.schema(), v.name(), v.materialized(), v.definition(),
                            v.securityInvoker(), v.owner(), comment));
                }
            }
            case "FUNCTION", "PROCEDURE", "ROUTINE" -> routines.comment(statement.routine(), comment);
            case "SCHEMA" -> {
                Schema s = state.schemas.get(statement.name().name());
                if (s != null) {
                    state.schemas.put(s.name(), new Schema(s.name(), s.owner(), comment));
                }
            }
            case "TYPE", "DOMAIN" -> commentType(state.id(statement.name()), comment);
            default -> {
                // Policies, triggers, constraints, indexes ...: the model keeps no comment for them.
            }
        }
    }

    private void commentType(String id, String comment) {
        EnumType e = state.enums.get(id);
        if (e != null) {
            state.enums.put(id, new EnumType(e.schema(), e.name(), e.labels(), comment));
        }
        CompositeType c = state.compositeTypes.get(id);
        if (c != null) {
            state.compositeTypes.put(id, new CompositeType(c.schema(), c.name(), c.attributes(), comment));
        }
        DomainType d = state.domains.get(id);
        if (d != null) {
            state.domains.put(id, new DomainType(d.schema(), d.name(), d.baseType(), d.notNull(),
                    d.defaultExpression(), d.checks(), comment));
        }
    }
}
