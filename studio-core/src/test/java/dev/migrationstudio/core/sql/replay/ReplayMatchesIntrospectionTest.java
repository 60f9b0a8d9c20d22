package dev.migrationstudio.core.sql.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.introspect.Introspector;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Replays a script statically and runs it in PostgreSQL 17, then compares the replayed model with what the
 * {@link Introspector} reads, field by field for the object kinds each case is about.
 */
class ReplayMatchesIntrospectionTest {

    private static SchemaModel[] replayAndIntrospect(String script) throws Exception {
        SchemaModel replayed = SchemaReplayer.replay(Scripts.parse(script));
        try (TestDatabase db = TestDatabase.create(); Connection connection = db.connection();
                Statement statement = connection.createStatement()) {
            for (String sql : Scripts.split(script)) {
                statement.execute(sql);
            }
            return new SchemaModel[] {replayed,
                    new Introspector().introspect(connection, SchemaFilter.ALL_APPLICATION_SCHEMAS).model()};
        }
    }

    private static <T> void assertSame(SchemaModel[] models, Function<SchemaModel, List<T>> objects,
            Function<T, String> printed) {
        List<String> replayed = objects.apply(models[0]).stream().map(printed).sorted().toList();
        List<String> introspected = objects.apply(models[1]).stream().map(printed).sorted().toList();
        assertThat(replayed).isNotEmpty().isEqualTo(introspected);
    }

    @Test
    void userDefinedTypesAreSchemaQualifiedAsTheCatalogPrintsThem() throws Exception {
        SchemaModel[] models = replayAndIntrospect("""
                create type org_role as enum ('owner', 'member');
                create domain email as text check (value like '%@%');
                create type money_amount as (currency char(3), cents bigint);
                create schema app;
                create type app.mood as enum ('ok', 'meh');
                create table projects (id uuid primary key, role org_role not null default 'member',
                  roles org_role[], contact email, price money_amount, mood app.mood, tags varchar(20)[],
                  created TIMESTAMP WITH TIME ZONE, name VARCHAR(255), n BIGINT);
                create table app.notes (id bigint generated always as identity primary key, project projects,
                  mood app.mood);
                create function has_org_role(p_org uuid, p_role org_role) returns boolean language sql stable
                  as 'select true';
                create function public.list_projects(r public.org_role) returns setof projects language sql
                  as 'select * from projects';
                create function app.moods() returns table (m app.mood, n integer) language sql
                  as 'select null::app.mood, 1';
                create function pick(roles org_role[] default '{owner}') returns org_role language sql
                  as 'select roles[1]';
                set search_path = app, public;
                create function in_app(m mood, p projects) returns email language sql as 'select null::email';
                """);
        assertSame(models, SchemaModel::tables, t -> t.id() + t.columns().stream()
                .map(c -> c.name() + " " + c.type() + " " + c.defaultExpression()).toList());
        assertSame(models, SchemaModel::routines, r -> r.id() + " returns " + r.returnType() + " (" + r.arguments()
                + ")");
        assertSame(models, SchemaModel::domains, d -> d.id() + " " + d.baseType());
        assertSame(models, SchemaModel::compositeTypes, c -> c.id() + " " + c.attributes());
        assertThat(models[0].routines()).extracting(r -> r.id())
                .contains("public.has_org_role(uuid,public.org_role)", "app.in_app(app.mood,public.projects)");
    }

    @Test
    void partitionsGetWhatPostgresCopiesFromTheirParent() throws Exception {
        SchemaModel[] models = replayAndIntrospect("""
                create table customers (id bigint primary key);
                create function touch() returns trigger language plpgsql as 'begin return new; end';
                create table events (id bigint generated always as identity, customer_id bigint not null
                  references customers (id), kind text not null check (kind <> ''), at timestamptz not null,
                  primary key (id, at), unique (kind, id, at)) partition by range (at);
                create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
                create index on events (customer_id);
                create index events_kind_idx on events (lower(kind));
                create trigger events_touch before update on events for each row execute function touch();
                create trigger events_stmt after insert on events for each statement execute function touch();
                create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01')
                  partition by range (at);
                create table events_2025_h1 partition of events_2025
                  for values from ('2025-01-01') to ('2025-07-01');
                create table events_2026 (like events including defaults including constraints);
                alter table events attach partition events_2026 for values from ('2026-01-01') to ('2027-01-01');
                create table events_old partition of events default;
                alter table events detach partition events_old;
                """);
        assertSame(models, SchemaModel::tables, t -> t.id() + " of " + t.partitionOf() + t.columns().stream()
                .map(c -> c.name() + " " + c.type() + " " + c.nullable() + " " + c.identity()).toList()
                + t.constraints().stream().map(c -> c.name() + " " + c.kind() + " " + c.columns() + " "
                        + c.references()).sorted().toList());
        assertSame(models, SchemaModel::indexes, i -> i.id() + " on " + i.table() + " " + i.unique() + " "
                + i.constraint());
        assertSame(models, SchemaModel::triggers, t -> t.id() + " " + t.level() + " " + t.function());
    }

    @Test
    void defaultPrivilegesGrantOnObjectsCreatedLater() throws Exception {
        SchemaModel[] models = replayAndIntrospect("""
                do $$ begin if not exists (select from pg_roles where rolname = 'dp_reader') then \
                create role dp_reader; create role dp_writer; end if; end $$;
                create table before_defaults (id int);
                alter default privileges in schema public grant all on tables to dp_reader, dp_writer;
                alter default privileges in schema public grant select, usage on sequences to dp_reader;
                alter default privileges grant execute on functions to dp_writer with grant option;
                alter default privileges revoke execute on functions from public;
                alter default privileges in schema public revoke delete, truncate on tables from dp_reader;
                alter default privileges grant usage on schemas to dp_reader;
                create schema app;
                create table notes (id bigint generated always as identity, body text);
                create table app.other (id serial);
                create table counters (id serial, n bigserial);
                create view note_bodies as select body from notes;
                create sequence counter;
                create function f() returns int language sql as 'select 1';
                create function app.g() returns int language sql as 'select 1';
                """);
        assertSame(models, SchemaModel::grants, g -> g.objectType() + " " + g.objectId() + " " + g.grantee() + " "
                + g.privilege() + " " + g.grantable());
        assertThat(models[0].grants()).extracting(g -> g.objectId() + " " + g.grantee() + " " + g.privilege())
                .contains("public.notes dp_writer MAINTAIN", "public.counters_id_seq dp_reader USAGE",
                        "public.f() dp_writer EXECUTE", "app dp_reader USAGE")
                .doesNotContain("public.notes dp_reader DELETE", "public.notes_id_seq dp_reader USAGE", "public.f() PUBLIC EXECUTE",
                        "public.before_defaults dp_reader SELECT");
    }
}
