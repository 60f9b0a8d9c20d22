package dev.migrationstudio.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class JUnitFormatTest {
    private final Document xml = parse(JUnitFormat.render(SampleFindings.report()));
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private static Document parse(String text) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private String text(String expression) throws Exception {
        return xpath.evaluate(expression, xml);
    }

    private int count(String expression) throws Exception {
        return ((NodeList) xpath.evaluate(expression, xml, XPathConstants.NODESET)).getLength();
    }

    @Test
    void oneTestCasePerRulePerFile() throws Exception {
        // 3 files read + the schema-objects group, 4 rules (2 declared, 2 named only by findings)
        assertThat(count("/testsuites/testsuite")).isEqualTo(4);
        assertThat(count("//testcase")).isEqualTo(16);
        assertThat(text("/testsuites/@tests")).isEqualTo("16");
        assertThat(count("/testsuites/testsuite[@name='db/migration/V3__clean.sql']/testcase")).isEqualTo(4);
        assertThat(count("/testsuites/testsuite[@name='db/migration/V3__clean.sql']//failure")).isZero();
    }

    @Test
    void errorsAndWarningsFailTheirTestCaseInfoDoesNot() throws Exception {
        String v2 = "/testsuites/testsuite[@name='db/migration/V2__index users.sql']";
        assertThat(text(v2 + "/@failures")).isEqualTo("2");
        assertThat(text(v2 + "/testcase[@name='create-index-not-concurrent']/failure/@type")).isEqualTo("error");
        assertThat(text(v2 + "/testcase[@name='create-index-not-concurrent']/failure"))
                .contains("db/migration/V2__index users.sql:3 create-index-not-concurrent CREATE INDEX without")
                .contains("safe rewrite: CREATE INDEX CONCURRENTLY");
        assertThat(text(v2 + "/testcase[@name='rename-column']/failure/@type")).isEqualTo("warning");
        String v1 = "/testsuites/testsuite[@name='db/migration/V1__init.sql']";
        assertThat(count(v1 + "//failure")).isZero();
        assertThat(text(v1 + "/testcase[@name='prefer-jsonb']/system-out")).contains("Prefer jsonb over json");
        assertThat(text("/testsuites/@failures")).isEqualTo("3");
    }

    @Test
    void objectFindingsWithoutFileFormTheirOwnSuite() throws Exception {
        String schema = "/testsuites/testsuite[@name='" + FindingsReport.SCHEMA_OBJECTS + "']";
        assertThat(text(schema + "/testcase[@name='rls-disabled-in-exposed-schema']/failure"))
                .contains("public.notes rls-disabled-in-exposed-schema Table public.notes is readable by anon");
    }
}
