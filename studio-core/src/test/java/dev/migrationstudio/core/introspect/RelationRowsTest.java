package dev.migrationstudio.core.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationRowsTest {
    @Test
    void whenConditionIsTakenFromTheTriggerDefinition() {
        assertThat(RelationRows.whenCondition("CREATE TRIGGER t BEFORE UPDATE ON s.x FOR EACH ROW"
                + " WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION s.f('a WHEN (b')"))
                .isEqualTo("(old.* IS DISTINCT FROM new.*)");
        assertThat(RelationRows.whenCondition("CREATE TRIGGER t AFTER DELETE ON s.x FOR EACH STATEMENT"
                + " EXECUTE FUNCTION s.f(' WHEN (x) ')")).isNull();
        assertThat(RelationRows.whenCondition("CREATE TRIGGER \" WHEN (\" AFTER DELETE ON s.x FOR EACH ROW"
                + " EXECUTE FUNCTION s.f()")).isNull();
    }
}
