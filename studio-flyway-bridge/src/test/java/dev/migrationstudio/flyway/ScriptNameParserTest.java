package dev.migrationstudio.flyway;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.resource.ResourceName;
import org.flywaydb.core.internal.resource.ResourceNameParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our name parser against Flyway's own (its internal ResourceNameParser, used here as a test oracle only): the same
 * names must be valid, with the same version and description. Undo names are the exception: open-source Flyway does
 * not recognise the U prefix, we do.
 */
class ScriptNameParserTest {

    private static final FlywaySettings DEFAULTS = FlywaySettings.defaults(Path.of("."), List.of());
    private static final FlywaySettings CUSTOM = DEFAULTS.withNaming("M", "S", "X", "-", List.of(".pgsql", ".sql"));

    @ParameterizedTest
    @ValueSource(strings = {
            "V1__a.sql", "V1.sql", "V1__.sql", "V01_1__a_b.SQL", "V1.x__a.sql", "R__b.sql", "R1__b.sql", "R__.sql",
            "B2__base.sql", "beforeMigrate.sql", "afterMigrate__x.sql", "afterEachMigrate.sql", "Vx.sql", "V__x.sql",
            "v1__x.sql", "V1__x__y.sql", "V1 .2__x.sql", "V-1__x.sql", "V1..2__x.sql", "V.1__x.sql", "V1.__x.sql",
            "README.sql", "notes.sql", "V2_0_1__dots_and_underscores.sql", "V20240101120000__timestamp.sql",
            "R__with.dot.sql", "V1__with.dot.sql", "VV1__x.sql", "Validate__x.sql", "RR__x.sql"})
    void defaultNamingAgreesWithFlyway(String fileName) {
        assertAgrees(DEFAULTS, Flyway.configure(), fileName);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "M1-create.pgsql", "M1.5-add_price.SQL", "S-view.pgsql", "S1-view.pgsql", "V2__default.sql", "M-x.sql",
            "M1--double.sql", "Mx-y.sql", "afterMigrate-x.sql"})
    void customNamingAgreesWithFlyway(String fileName) {
        FluentConfiguration flyway = Flyway.configure().sqlMigrationPrefix("M").repeatableSqlMigrationPrefix("S")
                .sqlMigrationSeparator("-").sqlMigrationSuffixes(".pgsql", ".sql");
        assertAgrees(CUSTOM, flyway, fileName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"U1__undo.sql", "U1_1__undo_it.sql"})
    void undoNamesAreRecognisedThoughOpenSourceFlywayDoesNot(String fileName) {
        assertThat(new ResourceNameParser(Flyway.configure()).parse(fileName).isValid()).isFalse();
        assertThat(new ScriptNameParser(DEFAULTS).parse(fileName)).get()
                .isInstanceOfSatisfying(ScriptName.Migration.class,
                        migration -> assertThat(migration.type()).isEqualTo(ScriptName.Type.UNDO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "V1__x.sql.conf", "V1__x.txt"})
    void filesWithoutAMigrationSuffixAreNotScripts(String fileName) {
        assertThat(new ScriptNameParser(DEFAULTS).parse(fileName)).isEmpty();
    }

    private static void assertAgrees(FlywaySettings settings, FluentConfiguration flyway, String fileName) {
        ResourceName expected = new ResourceNameParser(flyway).parse(fileName);
        ScriptName actual = new ScriptNameParser(settings).parse(fileName).orElseThrow();

        if (!expected.isValid()) {
            assertThat(actual).as(expected.getValidityMessage()).isInstanceOf(ScriptName.Invalid.class);
        } else if (expected.getPrefix().equals(flyway.getSqlMigrationPrefix())
                || expected.getPrefix().equals(flyway.getRepeatableSqlMigrationPrefix())
                || expected.getPrefix().equals("B")) {
            boolean repeatable = expected.getPrefix().equals(flyway.getRepeatableSqlMigrationPrefix());
            assertThat(actual).isInstanceOfSatisfying(ScriptName.Migration.class, migration -> {
                assertThat(migration.type() == ScriptName.Type.REPEATABLE).isEqualTo(repeatable);
                assertThat(migration.version()).isEqualTo(repeatable ? null : expected.getVersion());
                assertThat(migration.description()).isEqualTo(expected.getDescription());
            });
        } else {
            assertThat(actual).isInstanceOfSatisfying(ScriptName.Callback.class, callback -> {
                assertThat(callback.event()).isEqualTo(expected.getPrefix());
                assertThat(callback.description()).isEqualTo(expected.getDescription());
            });
        }
    }
}
