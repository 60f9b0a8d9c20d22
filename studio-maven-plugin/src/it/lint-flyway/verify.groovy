import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathFactory

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')

// 1: migration-lint after version 2: V3 only, no error, so studio.failOn=error passes; JUnit report written.
assert log.contains('Lint: 2 finding(s) (0 error, 1 warning, 1 info) in 1 script(s), 2 statement(s), 2 before the baseline not linted')
def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/studio/TEST-studio-migration-lint.xml'))
// the unused suppression (a warning) fails its test case; the info finding does not
assert junit.documentElement.getAttribute('failures') == '1'
assert XPathFactory.newInstance().newXPath().evaluate(
        "//testsuite[@name='db/migration/V3__cleanup.sql']/testcase[@name='unused-suppression']/failure/@message", junit)
        .contains('suppresses nothing')

// 2: lint after version 1. The text report: grouped by file, the safe rewrite indented below each finding.
assert log.contains('Lint: 4 finding(s) (1 error, 1 warning, 2 info) in 2 script(s), 3 statement(s), 1 before the baseline not linted')
def lines = log.readLines()
def v2 = lines.findIndexOf { it == '[INFO] db/migration/V2__orders_by_customer.sql' }
assert v2 > 0
assert lines[v2 + 1] == '[INFO]     1:1  error  create-index-not-concurrent  CREATE INDEX blocks writes to public.orders for the whole build'
assert lines[v2 + 2].startsWith('[INFO]         create index CONCURRENTLY orders_customer_idx on public.orders (customer_id);')

def lint = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.migration.lint/1.0.0/latest.json')).data
assert lint.scriptsLinted == 2
assert lint.scriptsSkipped == 1
// V1's TRUNCATE is before the baseline; V3's is suppressed with a reason; the suppression over ADD COLUMN is unused.
assert !lint.findings.any { it.file.endsWith('V1__init.sql') }
assert !lint.findings.any { it.ruleId == 'truncate' }
def unused = lint.findings.find { it.ruleId == 'unused-suppression' }
assert unused.file == 'db/migration/V3__cleanup.sql'
assert unused.line == 5
assert unused.severity == 'WARNING'
// <rules>: require-lock-timeout lowered to info; -Dstudio.disabledRules: fk-missing-index off (orders.customer_id has
// no index before V2, and V1 is not linted anyway; the rule must not appear).
assert lint.findings.findAll { it.ruleId == 'require-lock-timeout' }*.severity == ['INFO', 'INFO']
assert !lint.findings.any { it.ruleId == 'fk-missing-index' }
def error = lint.findings.find { it.ruleId == 'create-index-not-concurrent' }
assert error.severity == 'ERROR' && error.line == 1 && error.fingerprint != null

// SARIF 2.1.0, parsed: the rule table carries the rule's own summary and help, results point at file and line.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/studio/studio-lint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
def rule = run.tool.driver.rules.find { it.id == 'create-index-not-concurrent' }
assert rule.shortDescription.text != 'Create index not concurrent'
assert rule.fullDescription?.text || rule.help?.text
def result = run.results.find { it.ruleId == 'create-index-not-concurrent' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'db/migration/V2__orders_by_customer.sql'
assert result.locations[0].physicalLocation.region.startLine == 1
assert run.results*.ruleId.sort() == ['create-index-not-concurrent', 'require-lock-timeout', 'require-lock-timeout', 'unused-suppression']

// Every goal that reads the history writes the real studio.sql.ast through the shared parse cache.
def ast = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.sql.ast/1.0.0/latest.json')).data
assert ast.files*.filename == ['db/migration/V1__init.sql', 'db/migration/V2__orders_by_customer.sql', 'db/migration/V3__cleanup.sql']
assert new File(basedir, 'target/studio/sql-parse-cache').isDirectory()
return true
