import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('2 problem(s); the rest of the history was read')
assert log.contains('db/migration/V2__broken.sql is not valid UTF-8: byte 0xE9 at line 2')
assert log.contains('db/migration/V3__unterminated.sql:3: unterminated dollar-quoted string')
// No stack trace of ours (the local repository's checksum warnings print Maven's own).
assert !log.contains('at dev.migrationstudio')

def data = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.sql.ast/1.0.0/latest.json')).data
assert data.files*.filename == ['db/migration/V1__ok.sql', 'db/migration/V3__unterminated.sql', 'db/migration/V4__after.sql']
assert data.allEntities*.name == ['after_bad', 'labels', 'notes']
assert data.problems*.kind == ['UNREADABLE_FILE', 'UNTERMINATED']
assert data.problems*.file == ['db/migration/V2__broken.sql', 'db/migration/V3__unterminated.sql']
assert data.problems*.line == [2, 3]
return true
