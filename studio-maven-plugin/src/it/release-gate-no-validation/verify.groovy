import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Release gate: no_validation: no evidence found (expected studio.migration.lint, studio.rls.report, studio.rpc.plan)')
assert log.contains('Run studio:release-check (or rls-check, rpc-lint, lint) first')
def gate = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.release.gate/1.0.0/latest.json'))
assert gate.data.status == 'no_validation'
return true
