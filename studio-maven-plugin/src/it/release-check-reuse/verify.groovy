import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
def gateWrote = 'Wrote .studio/artifacts/studio.release.gate/1.0.0/latest.json'
def gateReused = 'Unchanged since the last run: .studio/artifacts/studio.release.gate/1.0.0/latest.json'
def verdict = 'Release gate: pass (failOn=error): 1 warning(s)'

// Runs 1 and 3 judged afresh, run 2 reused run 1's result: the same verdict and the same finding each time.
assert log.count(gateWrote) == 2
assert log.count(gateReused) == 1
assert log.count(verdict) == 3
assert log.indexOf(gateReused) > log.indexOf(gateWrote)
assert log.indexOf(gateReused) < log.lastIndexOf(gateWrote)
assert log.count('warning  FUNCTION_SEARCH_PATH_MUTABLE') == 3

// sql-parse: unchanged since run 3 (same scripts, same target version), then parsed again on request, from the parse cache.
assert log.contains('unchanged since the last run, its results reused (studio.reuseResults=false redoes them)')
assert log.contains('cache: 2 reused, 0 parsed')

def gate = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.release.gate/1.0.0/latest.json'))
assert gate.data.status == 'pass'
assert gate.data.warnings*.ruleId == ['FUNCTION_SEARCH_PATH_MUTABLE']
assert new File(basedir, 'target/studio/results/release-check.bin').isFile()
assert new File(basedir, 'target/studio/results/history.bin').isFile()
