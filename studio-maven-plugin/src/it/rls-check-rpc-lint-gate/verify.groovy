import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('RLS check: 1 table(s), 1 finding(s)')
assert log.contains('RPC lint: 1 routine(s), ')
// failOn=none: the error is listed as a warning and the gate passes
assert log.contains('Release gate: pass (failOn=none)')
def artifacts = new File(basedir, '.studio/artifacts')
def slurper = new JsonSlurper()
def report = slurper.parse(new File(artifacts, 'studio.rls.report/1.0.0/latest.json'))
assert report.data.findings*.ruleId.contains('rls-disabled-in-exposed-schema')
assert report.data.findings.find { it.ruleId == 'rls-disabled-in-exposed-schema' }.file == 'db/migration/V1__notes.sql'
def plan = slurper.parse(new File(artifacts, 'studio.rls.plan/1.0.0/latest.json'))
assert plan.data.proposals.size() > 0
def rpc = slurper.parse(new File(artifacts, 'studio.rpc.plan/1.0.0/latest.json'))
assert rpc.data.routines*.routineId == ['public.note_count()']
def gate = slurper.parse(new File(artifacts, 'studio.release.gate/1.0.0/latest.json'))
assert gate.data.status == 'pass'
assert gate.data.failOn == 'none'
assert gate.data.evidence*.artifact == ['studio.rls.report', 'studio.rpc.plan']
assert gate.data.evidence.every { it.producedAt != null }
assert gate.data.warnings*.ruleId.contains('rls-disabled-in-exposed-schema')
return true
