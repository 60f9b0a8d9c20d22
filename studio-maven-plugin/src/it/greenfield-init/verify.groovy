import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('An intent graph already exists at .studio/artifacts/studio.intent.graph/1.0.0/latest.json; run with -Dstudio.force=true')
assert log.contains('studio:adopt')
assert log.contains('studio:greenfield-init')
assert !log.contains('studio:introspect ')
assert log.contains('2 goals for audience backend-dev, mode managed, type workflows')

def graph = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.intent.graph/1.0.0/latest.json')).data
assert graph.mode == 'greenfield'
assert graph.objects == []
assert graph.managedScope.managedSchemas == ['public']
return true
