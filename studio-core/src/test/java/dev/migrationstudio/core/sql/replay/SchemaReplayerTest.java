package dev.migrationstudio.core.sql.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationstudio.core.schema.Column;
import dev.migrationstudio.core.schema.Constraint;
import dev.migrationstudio.core.schema.Constraint.ConstraintKind;
import dev.migrationstudio.core.schema.Grant;
import dev.migrationstudio.core.schema.Index;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Routine;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Sequence;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.sql.parse.ParsedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaReplayerTest {

    private static SchemaModel replay(String script) {
        return SchemaReplayer.replay(Scripts.parse(script));
    }

    private static Table table(SchemaModel model, String id) {
        return model.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static Constraint constraint(Table table, String name) {
        return table.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void tableCreatedInOneScriptAndAlteredInOthersIsOneTable() {
        SchemaModel model = replay("""
                create table users (id serial primary key, email varchar(255) not null unique, org int);
                create table orgs (id bigint generated always as identity primary key, name text default 'x');
                alter table users add constraint users_org_fkey foreign key (org) references orgs not valid;
                alter table users add column created_at timestamptz not null default now();
                alter table users add check (char_length(email) > 3);
                alter table users alter column org set not null;
                alter table users rename column email to login;
                """);
        Table users = table(model, "public.users");
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "login", "org", "created_at");
        assertThat(users.columns().get(0)).isEqualTo(new Column("id", "integer", false,
                "nextval('public.users_id_seq'::regclass)", Column.Identity.NONE, null, null, null));
        assertThat(users.columns().get(1).type()).isEqualTo("character varying(255)");
        assertThat(users.columns().get(2).nullable()).isFalse();
        assertThat(users.columns().get(3).defaultExpression()).isEqualTo("now()");
        assertThat(users.constraints()).extracting(Constraint::name)
                .containsExactly("users_email_check", "users_email_key", "users_org_fkey", "users_pkey");
        assertThat(constraint(users, "users_email_key").columns()).containsExactly("login");
        Constraint foreignKey = constraint(users, "users_org_fkey");
        assertThat(foreignKey.validated()).isFalse();
        assertThat(foreignKey.references()).isEqualTo(new Constraint.ForeignKey("public.orgs", List.of("id"),
                "NO ACTION", "NO ACTION", "SIMPLE"));
        assertThat(foreignKey.definition()).isEqualTo("FOREIGN KEY (org) REFERENCES public.orgs(id) NOT VALID");
        Table orgs = table(model, "public.orgs");
        assertThat(orgs.columns().get(0).identity()).isEqualTo(Column.Identity.ALWAYS);
        assertThat(orgs.columns().get(1).defaultExpression()).isEqualTo("'x'::text");
        assertThat(model.sequences()).extracting(Sequence::id, Sequence::dataType, Sequence::ownedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("public.orgs_id_seq", "bigint", "public.orgs.id"),
                        org.assertj.core.groups.Tuple.tuple("public.users_id_seq", "integer", "public.users.id"));
        assertThat(model.indexes()).extracting(Index::id)
                .containsExactly("public.orgs_pkey", "public.users_email_key", "public.users_pkey");
    }

    /** Expectations as PostgreSQL 17 printed them (ReplayMatchesPostgresTest checks the same cases live). */
    @Test
    void defaultNamesFollowPostgresRules() {
        SchemaModel model = replay("""
                create table t (a int check (a > 0), b int, c int, check (b > 0 and c > 0), check (b > 1 and b < 9),
                  unique (b, c));
                create table a_table_with_a_really_long_name_that_goes_on_and_on_and_on (
                  a_column_with_an_equally_long_name_that_goes_on int unique);
                create index on t (lower(a::text));
                create index on t (b, c);
                create unique index on t (c);
                """);
        assertThat(table(model, "public.t").constraints()).extracting(Constraint::name)
                .containsExactly("t_a_check", "t_b_c_key", "t_b_check", "t_check");
        assertThat(table(model, "public.a_table_with_a_really_long_name_that_goes_on_and_on_and_on").constraints())
                .extracting(Constraint::name)
                .containsExactly("a_table_with_a_really_long_na_a_column_with_an_equally_long_key");
        assertThat(model.indexes()).extracting(Index::name).contains("t_lower_idx", "t_b_c_idx", "t_c_idx");
    }

    @Test
    void policiesFunctionsGrantsAndRls() {
        SchemaModel model = replay("""
                create table todos (id uuid primary key, user_id uuid);
                alter table todos enable row level security;
                create policy "read own" on todos for select to authenticated using (auth.uid() = user_id);
                create policy p2 on todos using (true);
                alter policy p2 on todos rename to p3;
                drop policy "read own" on todos;
                create function f(p uuid, n varchar(10) default 'a') returns setof todos language sql stable
                  security definer set search_path = '' as $$ select * from todos $$;
                alter function f(uuid, varchar) security invoker;
                grant select, insert on todos to anon;
                grant execute on function f to authenticated;
                revoke insert on todos from anon;
                """);
        assertThat(table(model, "public.todos").rlsEnabled()).isTrue();
        assertThat(model.policies()).containsExactly(
                new Policy("public", "todos", "p3", "ALL", true, List.of("PUBLIC"), "true", null));
        Routine f = model.routines().get(0);
        assertThat(f.id()).isEqualTo("public.f(uuid,character varying)");
        assertThat(f.arguments()).isEqualTo("p uuid, n character varying DEFAULT 'a'::character varying");
        assertThat(f.returnType()).isEqualTo("SETOF public.todos");
        assertThat(f.securityDefiner()).isFalse();
        assertThat(f.config()).isEqualTo(Map.of("search_path", "\"\""));
        assertThat(model.grants()).containsExactly(
                new Grant(Grant.ObjectType.FUNCTION, "public.f(uuid,character varying)", null, "PUBLIC",
                        "EXECUTE", false),
                new Grant(Grant.ObjectType.FUNCTION, "public.f(uuid,character varying)", null, "authenticated",
                        "EXECUTE", false),
                new Grant(Grant.ObjectType.SCHEMA, "public", null, "PUBLIC", "USAGE", false),
                new Grant(Grant.ObjectType.TABLE, "public.todos", null, "anon", "SELECT", false));
    }

    @Test
    void enumsViewsTriggersExtensionsAndRenames() {
        SchemaModel model = replay("""
                create schema app;
                create extension if not exists pgcrypto with schema app;
                create type app.mood as enum ('sad', 'happy');
                alter type app.mood add value 'ok' before 'happy';
                alter type app.mood add value 'ecstatic' after 'happy';
                create table app.people (id int primary key, m app.mood default 'sad');
                create view app.v with (security_invoker=true) as select * from app.people;
                create function app.touch() returns trigger language plpgsql as $$ begin return new; end $$;
                create trigger t before update on app.people for each row execute function app.touch();
                alter table app.people rename to persons;
                """);
        assertThat(model.enums().get(0).labels()).containsExactly("sad", "ok", "happy", "ecstatic");
        assertThat(model.extensions().get(0).schema()).isEqualTo("app");
        Table persons = table(model, "app.persons");
        assertThat(persons.columns().get(1).type()).isEqualTo("app.mood");
        assertThat(persons.columns().get(1).defaultExpression()).isEqualTo("'sad'::app.mood");
        assertThat(model.views().get(0).securityInvoker()).isTrue();
        assertThat(model.triggers().get(0).id()).isEqualTo("app.persons.t");
        assertThat(model.triggers().get(0).function()).isEqualTo("app.touch()");
        assertThat(model.indexes()).extracting(Index::table).containsExactly("persons");
        assertThat(persons.constraints()).extracting(Constraint::name).containsExactly("people_pkey");
    }

    @Test
    void dropsCascadeToDependentObjects() {
        SchemaModel model = replay("""
                create table parent (id int primary key);
                create table child (id int, parent_id int references parent on delete cascade);
                create index child_parent_idx on child (parent_id);
                alter table child drop column parent_id;
                drop table parent cascade;
                """);
        assertThat(model.tables()).extracting(Table::id).containsExactly("public.child");
        assertThat(table(model, "public.child").constraints()).isEmpty();
        assertThat(model.indexes()).isEmpty();
    }

    @Test
    void partitionsInheritColumnsAndKeys() {
        SchemaModel model = replay("""
                create table events (id bigint, at date not null, primary key (id, at)) partition by range (at);
                create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
                """);
        Table events = table(model, "public.events");
        assertThat(events.kind()).isEqualTo(Table.TableKind.PARTITIONED);
        assertThat(events.partitionKey()).isEqualTo("RANGE (at)");
        Table partition = table(model, "public.events_2024");
        assertThat(partition.partitionOf()).isEqualTo("public.events");
        assertThat(partition.partitionBound()).isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(partition.columns()).extracting(Column::name).containsExactly("id", "at");
        assertThat(partition.constraints()).extracting(Constraint::name, Constraint::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("events_2024_pkey", ConstraintKind.PRIMARY_KEY));
    }

    @Test
    void eachStepSaysWhatItTouchedAndWarnsInsteadOfFailing() {
        SchemaReplayer replayer = new SchemaReplayer();
        List<ParsedStatement> statements = Scripts.parse("""
                create table t (id serial);
                alter table missing add column x int;
                create policy p on t using (true);
                drop view nope;
                """);
        ReplayStep create = replayer.apply(statements.get(0));
        assertThat(create.touched()).containsExactly(
                new TouchedObject(TouchedObject.Kind.TABLE, "public.t", TouchedObject.Change.CREATED),
                new TouchedObject(TouchedObject.Kind.SEQUENCE, "public.t_id_seq", TouchedObject.Change.CREATED));
        assertThat(replayer.apply(statements.get(1)).warnings()).containsExactly(
                "ALTER TABLE of unknown table public.missing");
        assertThat(replayer.apply(statements.get(2)).touched()).containsExactly(
                new TouchedObject(TouchedObject.Kind.POLICY, "public.t.p", TouchedObject.Change.CREATED));
        assertThat(replayer.apply(statements.get(3)).warnings()).containsExactly(
                "DROP VIEW of unknown object public.nope");
        assertThat(replayer.model().tables()).hasSize(1);
    }

    @Test
    void searchPathDecidesWhereUnqualifiedNamesGo() {
        SchemaModel model = replay("""
                create schema app;
                set search_path to app, public;
                create table t (id int);
                reset search_path;
                create table u (id int);
                """);
        assertThat(model.tables()).extracting(Table::id).containsExactly("app.t", "public.u");
    }
}
