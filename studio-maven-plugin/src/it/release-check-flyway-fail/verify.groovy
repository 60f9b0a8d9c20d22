import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Release gate: fail (failOn=error): 2 blocking finding(s)')
// Each blocking finding as file:line rule message, in Maven's failure message.
assert log.contains('  db/migration/V1__notes.sql:2 rls-disabled-in-exposed-schema Table public.notes is in an exposed schema')
// release-check lints too: the same table, seen where it is created without RLS.
assert log.contains('  db/migration/V1__notes.sql:2 missing-rls Table public.notes is created in exposed schema public without ENABLE ROW LEVEL SECURITY')
// The text report, with the safe rewrite indented below the finding.
assert log.contains('    2  error  rls-disabled-in-exposed-schema  Table public.notes')
assert log.contains('        ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;')
// GITHUB_ACTIONS=true: one workflow command per finding, at the start of a line.
assert log.readLines().contains(log.readLines().find {
    it.startsWith('::error file=db/migration/V1__notes.sql,line=2,title=rls-disabled-in-exposed-schema::Table public.notes')
})

def gate = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.release.gate/1.0.0/latest.json'))
assert gate.data.status == 'fail'
assert gate.data.blocking*.ruleId == ['missing-rls', 'rls-disabled-in-exposed-schema']
assert gate.data.blocking[1].objectId == 'public.notes'
def plan = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.rls.plan/1.0.0/latest.json'))
assert plan.data.proposals.size() > 0
return true
