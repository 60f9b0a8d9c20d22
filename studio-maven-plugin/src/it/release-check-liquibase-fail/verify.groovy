import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathFactory

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Release gate: fail (failOn=error)')
// Each blocking finding as file:line rule message; the line is the changeset that creates the function.
assert log.contains('  db/changelog.xml:8 DEFINER_NO_SEARCH_PATH SECURITY DEFINER function public.grant_admin(uuid)')
assert log.contains('  db/changelog.xml:8 DEFINER_PUBLIC_EXPOSURE SECURITY DEFINER function public.grant_admin(uuid)')
assert log.contains('set studio.failOn')

def gate = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.release.gate/1.0.0/latest.json'))
assert gate.data.status == 'fail'
// Nothing revokes Postgres' default EXECUTE for PUBLIC, so the unchecked definer function is exposed too.
assert gate.data.blocking*.ruleId == ['DEFINER_NO_SEARCH_PATH', 'DEFINER_PUBLIC_EXPOSURE']

def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/studio/TEST-studio-release-check.xml'))
def xpath = XPathFactory.newInstance().newXPath()
assert xpath.evaluate("//testcase[@name='DEFINER_NO_SEARCH_PATH']/failure/@type", junit) == 'error'
assert xpath.evaluate("//testcase[@name='DEFINER_NO_SEARCH_PATH']/failure", junit)
        .contains('db/changelog.xml:8 DEFINER_NO_SEARCH_PATH')
// One failed test case per blocking rule: DEFINER_NO_SEARCH_PATH and DEFINER_PUBLIC_EXPOSURE.
assert junit.documentElement.getAttribute('failures') == '2'
return true
