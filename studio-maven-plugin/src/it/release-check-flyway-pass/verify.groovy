import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains(':release-check (default) @ release-check-flyway-pass')
assert log.contains('Release gate: pass (failOn=error): 1 warning(s)')
assert !log.contains('not judged')
assert log.contains('db/migration/V2__display_name.sql')
assert log.contains('warning  FUNCTION_SEARCH_PATH_MUTABLE')
assert log.contains('Wrote sarif report target/studio/studio-release-check.sarif')

def artifacts = new File(basedir, '.studio/artifacts')
def gate = new JsonSlurper().parse(new File(artifacts, 'studio.release.gate/1.0.0/latest.json'))
assert gate.id == 'studio.release.gate'
assert gate.data.status == 'pass'
assert gate.data.failOn == 'error'
assert gate.data.blocking == []
assert gate.data.warnings*.ruleId == ['FUNCTION_SEARCH_PATH_MUTABLE']
assert gate.data.warnings[0].file == 'db/migration/V2__display_name.sql'
assert gate.data.warnings[0].line == 2
// release-check lints itself: all three artifacts are evidence, the lint with no finding on this history.
assert gate.data.evidence*.artifact == ['studio.migration.lint', 'studio.rls.report', 'studio.rpc.plan']
assert gate.data.missingEvidence == []
def lint = new JsonSlurper().parse(new File(artifacts, 'studio.migration.lint/1.0.0/latest.json'))
assert lint.data.findings == []
assert lint.data.scriptsLinted == 2

def rls = new JsonSlurper().parse(new File(artifacts, 'studio.rls.report/1.0.0/latest.json'))
def profiles = rls.data.tables.find { it.tableId == 'public.profiles' }
assert profiles.rlsEnabled
assert new File(artifacts, 'studio.rls.plan/1.0.0/latest.json').isFile()
assert new File(artifacts, 'studio.rpc.plan/1.0.0/latest.json').isFile()

def sarif = new JsonSlurper().parse(new File(basedir, 'target/studio/studio-release-check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.'$schema' == 'https://json.schemastore.org/sarif-2.1.0.json'
def run = sarif.runs[0]
assert run.tool.driver.name == 'migration-studio'
assert run.tool.driver.rules*.id.contains('FUNCTION_SEARCH_PATH_MUTABLE')
run.tool.driver.rules.each { assert it.shortDescription.text && it.help.text }
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'FUNCTION_SEARCH_PATH_MUTABLE'
assert result.level == 'warning'
assert result.message.text
assert result.locations[0].physicalLocation.artifactLocation.uri == 'db/migration/V2__display_name.sql'
assert result.locations[0].physicalLocation.region.startLine == 2
assert result.locations[0].logicalLocations[0].fullyQualifiedName == 'public.display_name_of(uuid)'
assert result.partialFingerprints.'studioFingerprint/v1'.size() == 16
return true
