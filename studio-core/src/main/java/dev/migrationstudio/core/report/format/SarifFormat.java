package dev.migrationstudio.core.report.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import dev.migrationstudio.core.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning. File URIs are relative to {@code %SRCROOT%} (the project directory); a finding about
 * a schema object carries the object id as a logical location, and a physical one only when its file is known.
 */
public final class SarifFormat {
    public static final String VERSION = "2.1.0";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of our fingerprint in {@code partialFingerprints}: versioned, as SARIF recommends. */
    public static final String FINGERPRINT_KEY = "studioFingerprint/v1";
    private static final String SOURCE_ROOT = "%SRCROOT%";

    private SarifFormat() {
    }

    public static String render(FindingsReport report) {
        ObjectNode log = Json.mapper().createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.toolName());
        driver.put("version", report.toolVersion());
        List<RuleInfo> rules = report.allRules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleInfo rule : rules) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode node = ruleNodes.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.summary());
            node.putObject("help").put("text", rule.help());
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId())));
        }
        try {
            return Json.mapper().writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    private static ObjectNode result(Finding finding, int ruleIndex) {
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("ruleId", finding.ruleId());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", messageText(finding));
        ObjectNode location = result.putArray("locations").addObject();
        if (finding.file() != null) {
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(finding.file()));
            artifact.put("uriBaseId", SOURCE_ROOT);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", finding.line() == null ? 1 : finding.line());
            region.put("startColumn", finding.column() == null ? 1 : finding.column());
        }
        if (finding.objectId() != null) {
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.objectId());
        }
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
        return result;
    }

    private static String messageText(Finding finding) {
        if (finding.safeRewrite() == null || finding.safeRewrite().isBlank()) {
            return finding.message();
        }
        return finding.message() + "\nSafe rewrite:\n" + finding.safeRewrite().strip();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference with forward slashes, percent-encoded where a path character is not allowed. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot express '" + file + "' as a URI: " + e.getMessage(), e);
        }
    }
}
