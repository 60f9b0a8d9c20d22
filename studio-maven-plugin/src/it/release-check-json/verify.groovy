import groovy.json.JsonSlurper

// The invoker appends its own post-build lines to build.log: what the build printed is everything before them.
def log = new File(basedir, 'build.log').text
def hook = log.indexOf('Running post-build script')
def stdout = hook < 0 ? log : log.substring(0, hook)
def logFile = new File(basedir, 'stdout.json')
logFile.text = stdout
def text = stdout.trim()
assert text.startsWith('{') && text.endsWith('}') : "standard output is not only JSON:\n" + text
def document = new JsonSlurper().parseText(text)
assert document.status == 'fail'
// The lint (missing-rls, where the table is created) and the RLS audit (the final schema) both see the open table.
assert document.blocking*.ruleId == ['missing-rls', 'rls-disabled-in-exposed-schema']
assert document.blocking[0].file == 'db/migration/V1__notes.sql'

// The exact pipeline of the issue, when jq is installed: jq .status prints "fail", and reads one document.
def jq = ['sh', '-c', 'command -v jq'].execute()
jq.waitFor()
if (jq.exitValue() == 0) {
    def status = ['jq', '.status', logFile.path].execute()
    def out = status.text
    status.waitFor()
    assert status.exitValue() == 0
    assert out == '"fail"\n'
    def count = ['jq', '-s', 'length', logFile.path].execute()
    def n = count.text.trim()
    count.waitFor()
    assert n == '1'
} else {
    println 'jq not installed: checked with JsonSlurper only'
}
assert new File(basedir, '.studio/artifacts/studio.release.gate/1.0.0/latest.json').isFile()
return true
