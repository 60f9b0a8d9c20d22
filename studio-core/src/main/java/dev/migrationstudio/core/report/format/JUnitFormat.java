package dev.migrationstudio.core.report.format;

import dev.migrationstudio.core.finding.Finding;
import dev.migrationstudio.core.finding.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, so that CI shows findings as tests: one test suite per file, one test case per rule in it. A test case
 * fails when the rule found an error or a warning there; info findings go to the test case's output and do not fail
 * it. Findings about schema objects with no file form the suite {@link FindingsReport#SCHEMA_OBJECTS}.
 */
public final class JUnitFormat {

    private JUnitFormat() {
    }

    public static String render(FindingsReport report) {
        Map<String, Map<String, List<Finding>>> byFileAndRule = new HashMap<>();
        for (Finding finding : report.findings()) {
            byFileAndRule.computeIfAbsent(FindingsReport.groupOf(finding), k -> new HashMap<>())
                    .computeIfAbsent(finding.ruleId(), k -> new ArrayList<>()).add(finding);
        }
        List<String> suites = new ArrayList<>(report.allFiles());
        if (byFileAndRule.containsKey(FindingsReport.SCHEMA_OBJECTS)) {
            suites.add(FindingsReport.SCHEMA_OBJECTS);
        }
        List<String> rules = report.allRules().stream().map(RuleInfo::id).toList();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", report.toolName());
            xml.writeAttribute("tests", Integer.toString(suites.size() * rules.size()));
            xml.writeAttribute("failures", Long.toString(failingCases(byFileAndRule)));
            for (String suite : suites) {
                writeSuite(xml, suite, rules, byFileAndRule.getOrDefault(suite, Map.of()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write JUnit XML: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void writeSuite(XMLStreamWriter xml, String suite, List<String> rules,
                                   Map<String, List<Finding>> byRule) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite);
        xml.writeAttribute("tests", Integer.toString(rules.size()));
        xml.writeAttribute("failures", Long.toString(byRule.values().stream().filter(JUnitFormat::fails).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (String rule : rules) {
            writeCase(xml, suite, rule, byRule.getOrDefault(rule, List.of()));
        }
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, String suite, String rule, List<Finding> findings)
            throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("name", rule);
        List<Finding> failing = findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
        List<Finding> info = findings.stream().filter(f -> f.severity() == Severity.INFO).toList();
        if (!failing.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failing.get(0).severity().name().toLowerCase());
            xml.writeAttribute("message", failing.size() + " finding(s): " + failing.get(0).message());
            xml.writeCharacters(describe(failing));
            xml.writeEndElement();
        }
        if (!info.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(describe(info));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> {
            String rewrite = f.safeRewrite() == null || f.safeRewrite().isBlank()
                    ? "" : "\n  safe rewrite: " + f.safeRewrite().strip();
            return TextFormat.oneLine(f) + rewrite;
        }).collect(Collectors.joining("\n"));
    }

    private static boolean fails(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
    }

    private static long failingCases(Map<String, Map<String, List<Finding>>> byFileAndRule) {
        return byFileAndRule.values().stream().flatMap(m -> m.values().stream()).filter(JUnitFormat::fails).count();
    }
}
