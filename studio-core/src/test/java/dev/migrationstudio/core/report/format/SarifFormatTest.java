package dev.migrationstudio.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migrationstudio.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifFormatTest {

    private final JsonNode sarif = parse(SarifFormat.render(SampleFindings.report()));

    private static JsonNode parse(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("SARIF is not JSON: " + e.getMessage(), e);
        }
    }

    @Test
    void hasTheTopLevelFieldsTheSchemaRequires() {
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("migration-studio");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void listsDeclaredRulesThenRulesOnlyFindingsName() {
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> {
            ids.add(rule.get("id").asText());
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).isNotBlank();
        });
        assertThat(ids).containsExactly("create-index-not-concurrent", "prefer-jsonb",
                "rls-disabled-in-exposed-schema", "rename-column");
        assertThat(rules.get(0).at("/help/text").asText()).isEqualTo("Build the index CONCURRENTLY, outside a transaction.");
    }

    @Test
    void everyResultHasRuleLevelMessageLocationAndFingerprint() {
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(4);
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        for (JsonNode result : results) {
            assertThat(result.get("ruleId").asText()).isNotBlank();
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
                    .isEqualTo(result.get("ruleId").asText());
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            assertThat(result.at("/message/text").asText()).isNotBlank();
            assertThat(result.get("locations")).hasSize(1);
            assertThat(result.at("/partialFingerprints/studioFingerprint~1v1").asText()).hasSize(16);
        }
    }

    @Test
    void fileFindingHasAPhysicalLocationWithAnEncodedRelativeUri() {
        JsonNode index = resultOf("create-index-not-concurrent");
        assertThat(index.get("level").asText()).isEqualTo("error");
        JsonNode physical = index.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("db/migration/V2__index%20users.sql");
        assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(3);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(1);
        assertThat(index.at("/message/text").asText()).contains("Safe rewrite:\nCREATE INDEX CONCURRENTLY");
        assertThat(resultOf("prefer-jsonb").get("level").asText()).isEqualTo("note");
    }

    @Test
    void objectFindingWithoutFileHasOnlyALogicalLocation() {
        JsonNode rls = resultOf("rls-disabled-in-exposed-schema");
        assertThat(rls.at("/locations/0/physicalLocation").isMissingNode()).isTrue();
        assertThat(rls.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("public.notes");
        JsonNode rename = resultOf("rename-column");
        assertThat(rename.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
        assertThat(rename.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("public.users");
    }

    private JsonNode resultOf(String ruleId) {
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }
}
