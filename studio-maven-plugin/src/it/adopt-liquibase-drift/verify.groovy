import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
assert log.contains("adopt paused at checkpoint 'review'")
assert log.contains("adopt paused at checkpoint 'approve'")

def read = { id -> new JsonSlurper().parse(new File(basedir, ".studio/artifacts/${id}/1.0.0/latest.json")).data }
def run = read('studio.workflow.run')
assert run.status == 'completed'
assert run.steps*.status == ['completed', 'completed', 'approved', 'completed', 'approved', 'completed']

def sync = read('studio.intent.sync-report')
def all = sync.matched + sync.unmatchedDb + sync.unmatchedIntent
def score = { id -> all.find { it.id == id }.confidence }
assert score('public.customers') == 0.75
assert score('public.orders') == 0.90
assert score('public.coupons') == 0.35
assert sync.migrationsSource.startsWith('liquibase:')

def graph = read('studio.intent.graph')
def status = { id -> graph.objects.find { it.id == id }.managedStatus }
assert status('public.customers') == 'assisted'
assert status('public.orders') == 'managed'
assert status('public.coupons') == 'opaque'
return true
