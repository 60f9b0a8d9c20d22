package dev.migrationstudio.core.sqlast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrationstudio.core.corpus.Corpus;
import dev.migrationstudio.core.history.ParseCache;
import dev.migrationstudio.core.introspect.SchemaFilter;
import dev.migrationstudio.core.report.StudioLog;
import dev.migrationstudio.core.schema.Policy;
import dev.migrationstudio.core.schema.Schema;
import dev.migrationstudio.core.schema.SchemaModel;
import dev.migrationstudio.core.schema.Table;
import dev.migrationstudio.core.shadow.Platform;
import dev.migrationstudio.core.shadow.ShadowInitScripts;
import dev.migrationstudio.core.source.MigrationScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlParseServiceTest {
    private final SqlParseService service = new SqlParseService(StudioLog.SILENT, Clock.systemUTC());

    private SqlAst parse(Path migrations, Path project, Path cache) throws Exception {
        return service.run(new SqlParseService.Request(new DirectorySource(migrations), project, cache, 17)).ast();
    }

    @Test
    void corpusHistorySumsUpEachFileAndTheFinalSchema() throws Exception {
        Path corpus = Corpus.root();
        SqlAst ast = parse(corpus.resolve(Corpus.SUPABASE_SAAS), corpus.getParent(), null);

        assertThat(ast.migrationsDir()).isEqualTo("filesystem:corpus/supabase-saas");
        assertThat(ast.problems()).isEmpty();
        assertThat(ast.files()).hasSize(15);
        Map<String, SqlAstFile> byName = ast.files().stream()
                .collect(Collectors.toMap(SqlAstFile::filename, Function.identity()));
        SqlAstFile profiles = byName.get("corpus/supabase-saas/V2__profiles.sql");
        assertThat(profiles.entities()).contains("public.profiles");
        assertThat(profiles.policies()).allMatch(id -> id.startsWith("public.profiles."));
        assertThat(profiles.statementCount()).isGreaterThan(profiles.policies().size());
        assertThat(ast.statementCount()).isEqualTo(ast.files().stream().mapToInt(SqlAstFile::statementCount).sum());
        assertThat(ast.allEntities()).extracting(Table::id).contains("public.profiles", "public.organizations");
        assertThat(ast.allPolicies()).extracting(Policy::tableId).contains("public.profiles");
        assertThat(ast.allFunctions()).anyMatch(routine -> routine.securityDefiner());
        assertThat(ast.allTriggers()).isNotEmpty();
        assertThat(ast.allExtensions()).isNotEmpty();
    }

    @Test
    void riskMetaNamesStatementsThatCannotRunInATransaction() throws Exception {
        Path corpus = Corpus.root();
        SqlAst ast = parse(corpus.resolve(Corpus.PLAIN_POSTGRES), corpus.getParent(), null);
        SqlAstFile concurrent = ast.files().stream()
                .filter(f -> f.filename().endsWith("V14__concurrent_index.sql")).findFirst().orElseThrow();
        assertThat(concurrent.riskMeta().nonTransactionalStatements()).extracting(SqlAstFile.LineNote::line,
                SqlAstFile.LineNote::text).containsExactly(tuple(3,
                "CREATE INDEX CONCURRENTLY cannot run inside a transaction block"));
        assertThat(ast.files()).filteredOn(f -> f.filename().endsWith("V8__renames.sql")).singleElement()
                .satisfies(f -> assertThat(f.riskMeta().nonTransactionalStatements()).isEmpty());
    }

    @Test
    void riskMetaFlagsTransactionControlDestructiveStatementsAndOldServerLimits(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve("db"));
        Files.writeString(dir.resolve("V1__t.sql"), "create type mood as enum ('a');\ncreate table t (a int, b int);\n");
        Files.writeString(dir.resolve("V2__risky.sql"), """
                begin;
                alter table t drop column b;
                alter type mood add value 'b';
                commit;
                vacuum t;
                """);
        SqlParseService.Request request = new SqlParseService.Request(new DirectorySource(dir), project, null, 11);
        SqlAstFile risky = service.run(request).ast().files().get(1);
        assertThat(risky.riskMeta().hasTransaction()).isTrue();
        assertThat(risky.riskMeta().hasDestructive()).isTrue();
        assertThat(risky.riskMeta().nonTransactionalStatements()).extracting(SqlAstFile.LineNote::line)
                .containsExactly(3, 5);
        SqlAstFile first = service.run(request).ast().files().get(0);
        assertThat(first.riskMeta().hasDestructive()).isFalse();
        assertThat(first.riskMeta().hasTransaction()).isFalse();
    }

    @Test
    void badFilesAreNamedWithTheirLineAndTheOthersAreStillParsed(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve("db"));
        Files.writeString(dir.resolve("V1__ok.sql"), "create table a (id int);\n");
        Files.write(dir.resolve("V2__latin1.sql"), "create table b (id int);\n-- caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("V3__binary.sql"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.writeString(dir.resolve("V4__quote.sql"), "create table c (id int);\n\ninsert into c values ('oops);\n");
        Files.writeString(dir.resolve("V5__comment.sql"), "create table d (id int);\n/* never closed\n");
        Files.writeString(dir.resolve("V6__dollar.sql"), "create table e (id int);\ncreate function f() returns int"
                + " language sql as $$ select 1;\ncreate table lost (id int);\n");
        StringBuilder big = new StringBuilder("create table big (id int, v text);\ninsert into big values ");
        while (big.length() < 10_000_000) {
            big.append("(1, 'abcdefghijklmnopqrstuvwxyz'),\n");
        }
        Files.writeString(dir.resolve("V7__big.sql"), big.append("(2, 'z');\ncreate table after_big (id int);\n"));
        Files.writeString(dir.resolve("V8__deep.sql"), "create table deep (a int check " + "(".repeat(1000) + "a > 1"
                + ")".repeat(1000) + ");\n");
        Files.writeString(dir.resolve("V9__last.sql"), "create table z (id int);\n");

        long started = System.nanoTime();
        SqlAst ast = parse(dir, project, null);
        assertThat(System.nanoTime() - started).as("nanoseconds for the whole run").isLessThan(30_000_000_000L);

        assertThat(ast.problems()).extracting(SqlAstProblem::kind, SqlAstProblem::file, SqlAstProblem::line).containsExactly(
                tuple(SqlAstProblem.Kind.UNREADABLE_FILE, "db/V2__latin1.sql", 2),
                tuple(SqlAstProblem.Kind.UNREADABLE_FILE, "db/V3__binary.sql", 1),
                tuple(SqlAstProblem.Kind.UNTERMINATED, "db/V4__quote.sql", 3),
                tuple(SqlAstProblem.Kind.UNTERMINATED, "db/V5__comment.sql", 2),
                tuple(SqlAstProblem.Kind.UNTERMINATED, "db/V6__dollar.sql", 2),
                tuple(SqlAstProblem.Kind.PARSE_LIMIT, "db/V7__big.sql", 2));
        assertThat(ast.problems()).allSatisfy(p -> assertThat(p.message()).contains(
                p.file().substring(p.file().indexOf('/') + 1)).contains(String.valueOf(p.line())));
        assertThat(ast.problems().get(4).message()).contains("db/V6__dollar.sql:2", "dollar");
        assertThat(ast.problems().get(5).message()).contains("MB");
        assertThat(ast.allEntities()).extracting(Table::name)
                .containsExactly("a", "after_big", "big", "c", "d", "deep", "e", "z");
        assertThat(ast.allEntities()).filteredOn(t -> t.name().equals("deep")).singleElement()
                .satisfies(t -> assertThat(t.constraints()).hasSize(1));
    }

    @Test
    void secondRunServesUnchangedScriptsFromTheCacheWithTheSameResult(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve("db"));
        for (Path script : Corpus.flywayScripts(Corpus.SUPABASE_SAAS)) {
            Files.copy(script, dir.resolve(script.getFileName()));
        }
        Path cache = project.resolve("target/studio/sql-parse-cache");
        SqlParseService.Outcome first = service.run(new SqlParseService.Request(new DirectorySource(dir), project, cache, 17));
        assertThat(first.cache()).isEqualTo(new ParseCache.Stats(0, 15));
        assertThat(cache.resolve("parsed-0.bin")).isRegularFile();
        assertThat(cache.resolve("parsed-1.bin")).isRegularFile();

        Files.writeString(dir.resolve("V16__more.sql"), "create table extra (id int);\n");
        SqlParseService.Outcome second = service.run(new SqlParseService.Request(new DirectorySource(dir), project, cache, 17));
        assertThat(second.cache()).isEqualTo(new ParseCache.Stats(15, 1));
        assertThat(second.ast().files().subList(0, 15)).isEqualTo(first.ast().files());
        assertThat(second.ast().allEntities()).extracting(Table::name).contains("extra");

        Files.writeString(cache.resolve("parsed-0.bin"), "damaged");
        Files.writeString(cache.resolve("parsed-1.bin"), "damaged");
        SqlParseService.Outcome third = service.run(new SqlParseService.Request(new DirectorySource(dir), project, cache, 17));
        assertThat(third.cache()).isEqualTo(new ParseCache.Stats(0, 16));
        assertThat(third.ast().files()).isEqualTo(second.ast().files());
    }

    @Test
    void platformPreambleIsReplayedFirstNotReportedAndPlatformSchemasAreFilteredOut(@TempDir Path project)
            throws Exception {
        Path migrations = Files.createDirectories(project.resolve("db"));
        Files.writeString(migrations.resolve("V1__notes.sql"), "create table public.notes (id bigint primary key,"
                + " author uuid references auth.users (id));\n");
        List<MigrationScript> preamble = ShadowInitScripts.load(Platform.SUPABASE, List.of());

        SqlParseService.Outcome outcome = service.run(new SqlParseService.Request(new DirectorySource(migrations),
                project, null, 17, preamble, SchemaFilter.ALL_APPLICATION_SCHEMAS));

        assertThat(outcome.ast().files()).extracting(SqlAstFile::filename).containsExactly("db/V1__notes.sql");
        SchemaModel model = outcome.analysis().model();
        assertThat(model.tables()).extracting(Table::id).containsExactly("public.notes");
        assertThat(model.schemas()).extracting(Schema::name).doesNotContain("auth", "storage", "extensions");
        assertThat(model.grants()).extracting(g -> g.objectId() + " " + g.grantee() + " " + g.privilege())
                .contains("public.notes anon SELECT", "public.notes authenticated INSERT");
        assertThat(model.tables().get(0).constraints()).extracting(c -> c.references() == null ? null
                : c.references().table()).contains("auth.users");
    }
}
