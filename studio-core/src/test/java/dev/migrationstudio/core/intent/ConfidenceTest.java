package dev.migrationstudio.core.intent;

import static dev.migrationstudio.core.intent.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of the scoring table, alone and together. */
class ConfidenceTest {

    private static BigDecimal score(String... dbAndSql) {
        return TableScorer.score(table("public.t", dbAndSql[0].split(",")), table("public.t", dbAndSql[1].split(",")))
                .confidence();
    }

    private static ObjectMatch match(String db, String sql) {
        return TableScorer.score(table("public.t", db.split(",")), table("public.t", sql.split(",")));
    }

    @Test
    void identicalTableGetsBasePlusCountPlusNamesPlusTypes() {
        ObjectMatch match = match("id integer,name text", "id integer,name text");
        assertThat(match.confidence()).isEqualByComparingTo("0.98");
        assertThat(match.confidence().toPlainString()).isEqualTo("0.98");
        assertThat(match.breakdown()).extracting(ScoreRow::delta).extracting(BigDecimal::toPlainString)
                .containsExactly("0.85", "0.05", "0.05", "0.03");
        assertThat(match.driftDetails()).isEmpty();
        assertThat(match.presence()).isEqualTo(Presence.BOTH);
    }

    @Test
    void equalCountWithDifferentNamesGetsOnlyTheCountRowAndAMissingColumnPenalty() {
        // db: id, email ; sql: id, mail -> count +0.05, names no, email missing -0.10, types row not given
        ObjectMatch match = match("id integer,email text", "id integer,mail text");
        assertThat(match.confidence().toPlainString()).isEqualTo("0.80");
        assertThat(match.driftDetails()).containsExactly(
                "column email (text) exists in the database but no migration adds it",
                "column mail is declared by the migrations but missing from the database");
    }

    @Test
    void eachDatabaseColumnMissingFromTheMigrationsCostsTenPoints() {
        assertThat(score("id integer,a text", "id integer").toPlainString()).isEqualTo("0.75");
        assertThat(score("id integer,a text,b text", "id integer").toPlainString()).isEqualTo("0.65");
        ObjectMatch match = match("id integer,a text", "id integer");
        assertThat(match.driftDetails()).containsExactly(
                "column count differs: 2 in the database, 1 in the migrations",
                "column a (text) exists in the database but no migration adds it");
    }

    @Test
    void eachTypeMismatchCostsFivePointsAndLosesTheTypesRow() {
        // base + count + names - 0.05
        assertThat(score("id bigint,name text", "id integer,name text").toPlainString()).isEqualTo("0.90");
        assertThat(score("id bigint,name character varying(10)", "id integer,name text").toPlainString())
                .isEqualTo("0.85");
        assertThat(match("id bigint", "id integer").driftDetails())
                .containsExactly("column id is bigint in the database but integer in the migrations");
    }

    @Test
    void aColumnOnlyInTheMigrationsLosesCountAndNamesButIsNotPenalised() {
        assertThat(score("id integer", "id integer,dropped text").toPlainString()).isEqualTo("0.85");
    }

    @Test
    void databaseOnlyAndMigrationsOnlyHaveFixedScores() {
        assertThat(ObjectMatch.dbOnly("public.t", ObjectType.TABLE).confidence().toPlainString()).isEqualTo("0.35");
        assertThat(ObjectMatch.migrationsOnly("public.t", ObjectType.TABLE).confidence().toPlainString())
                .isEqualTo("0.70");
    }

    @Test
    void manyMissingColumnsClampAtZero() {
        String db = "id integer,a text,b text,c text,d text,e text,f text,g text,h text,i text";
        BigDecimal score = score(db, "id integer");
        assertThat(score.toPlainString()).isEqualTo("0.00");
    }

    @Test
    void totalsClampToOneAndKeepTwoDecimals() {
        BigDecimal total = Confidence.total(List.of(new ScoreRow("a", new BigDecimal("0.85")),
                new ScoreRow("b", new BigDecimal("0.30"))));
        assertThat(total.toPlainString()).isEqualTo("1.00");
        assertThat(Confidence.total(List.of(new ScoreRow("a", new BigDecimal("-0.2")))).toPlainString())
                .isEqualTo("0.00");
        assertThat(Confidence.total(List.of(new ScoreRow("a", new BigDecimal("0.85")),
                new ScoreRow("b", new BigDecimal("0.05")))).toPlainString()).isEqualTo("0.90");
    }

    @Test
    void averageIsTwoDecimals() {
        assertThat(Confidence.average(List.of(new BigDecimal("0.98"), new BigDecimal("0.35"), new BigDecimal("0.70")))
                .toPlainString()).isEqualTo("0.68");
        assertThat(Confidence.average(List.of()).toPlainString()).isEqualTo("0.00");
    }
}
