import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Release gate: fail (failOn=error): 1 blocking finding(s), 0 warning(s)')
// The blocking lint finding as file:line rule message, in Maven's failure message (lock_timeout is set: no warning).
assert log.contains('[ERROR]   db/migration/V2__orders_index.sql:2 create-index-not-concurrent CREATE INDEX blocks writes to public.orders for the whole build')

def read = { id -> new JsonSlurper().parse(new File(basedir, ".studio/artifacts/${id}/1.0.0/latest.json")).data }
def gate = read('studio.release.gate')
assert gate.status == 'fail'
assert gate.blocking*.ruleId == ['create-index-not-concurrent']
// release-check wrote the lint artifact itself: no earlier lint run.
def lint = read('studio.migration.lint')
assert lint.findings*.ruleId == ['create-index-not-concurrent']
assert lint.scriptsLinted == 2
assert read('studio.rls.report').findings.isEmpty()
return true
