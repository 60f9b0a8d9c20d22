import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathFactory
import javax.xml.xpath.XPathConstants

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Release gate: pass (failOn=error): 0 warning(s)')
assert log.contains('No findings.')
assert log.contains('Wrote junit report target/studio/TEST-studio-release-check.xml')

def gate = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.release.gate/1.0.0/latest.json'))
assert gate.data.status == 'pass'
def rls = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.rls.report/1.0.0/latest.json'))
def orders = rls.data.tables.find { it.tableId == 'public.orders' }
assert orders.rlsEnabled
assert rls.data.findings == []

def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/studio/TEST-studio-release-check.xml'))
def xpath = XPathFactory.newInstance().newXPath()
def count = { String expression -> xpath.evaluate(expression, junit, XPathConstants.NODESET).length }
assert junit.documentElement.tagName == 'testsuites'
assert junit.documentElement.getAttribute('failures') == '0'
assert count('/testsuites/testsuite') == 1
assert xpath.evaluate('/testsuites/testsuite/@name', junit) == 'db/changelog.xml'
// one test case per audit rule for the changelog, none failing
def cases = count('/testsuites/testsuite/testcase')
assert cases >= 11
assert xpath.evaluate('/testsuites/testsuite/@tests', junit).toInteger() == cases
assert count("/testsuites/testsuite/testcase[@name='rls-disabled-in-exposed-schema']") == 1
assert count('//failure') == 0
return true
