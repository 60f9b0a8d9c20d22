import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
assert log.contains("adopt paused at checkpoint 'review'. When the review is done, continue with: mvn studio:adopt -Dstudio.approve=review")
assert log.contains("adopt paused at checkpoint 'approve'")
assert log.contains('0.75       assisted  both            table    public.accounts')

def artifacts = new File(basedir, '.studio/artifacts')
def read = { id -> new JsonSlurper().parse(new File(artifacts, id + '/1.0.0/latest.json')).data }

// The run: completed, each step once, both checkpoints approved.
def run = read('studio.workflow.run')
assert run.workflow == 'adopt'
assert run.status == 'completed'
assert run.steps*.name == ['introspect', 'sql-parse', 'review', 'intent-sync', 'approve', 'intent-init']
assert run.steps*.status == ['completed', 'completed', 'approved', 'completed', 'approved', 'completed']
assert run.steps.every { it.startedAt != null && it.finishedAt != null && it.error == null }
def step = { name -> run.steps.find { it.name == name } }
// Resuming did not redo introspect: it finished before review was approved (a later invocation).
assert step('introspect').finishedAt <= step('review').startedAt
assert step('sql-parse').artifact == 'studio.sql.ast'
assert step('sql-parse').summary.contains('1 opaque')

// The sync report: each hand-made change scored by the table.
def sync = read('studio.intent.sync-report')
def all = sync.matched + sync.unmatchedDb + sync.unmatchedIntent
def match = { id -> all.find { it.id == id } }
assert match('public.accounts').confidence == 0.75
assert match('public.accounts').driftDetails == ['column count differs: 4 in the database, 3 in the migrations',
        'column nickname (text) exists in the database but no migration adds it']
assert match('public.ledger').confidence == 0.90
assert match('public.ledger').driftDetails ==
        ['column amount is numeric(14,2) in the database but numeric(12,2) in the migrations']
assert match('public.support_notes').confidence == 0.35
assert match('public.support_notes').presence == 'db-only'
assert sync.unmatchedDb*.id == ['public.support_notes']
assert match('public.accounts.accounts_owner').objectType == 'policy'
assert match('public.accounts.accounts_owner').confidence == 0.98
assert match('public.account_balance(uuid)').objectType == 'function'
assert sync.summary.objects == all.size()

// The graph: statuses from the scores, the DO block kept verbatim, platform schemas out of scope.
def graph = read('studio.intent.graph')
assert graph.mode == 'brownfield-managed'
def status = { id -> graph.objects.find { it.id == id }.managedStatus }
assert status('public.ledger') == 'managed'
assert status('public.accounts') == 'assisted'
assert status('public.support_notes') == 'opaque'
assert graph.opaqueBlocks.size() == 1
assert graph.opaqueBlocks[0].file.endsWith('V2__ledger.sql')
assert graph.opaqueBlocks[0].line == 15
assert graph.opaqueBlocks[0].sql.startsWith('do $$')
assert graph.managedScope.managedSchemas == ['public']
assert graph.managedScope.excludedSchemas.containsAll(['auth', 'storage', 'pg_catalog'])

// endpoint-map, over managed objects only. Supabase's default privileges grant every new table and function to
// the API roles: ledger has no RLS, so all of them may use it; the REVOKE FROM PUBLIC leaves anon its own grant.
assert graph.endpoints*.objectId == ['public.account_balance(uuid)', 'public.ledger']
def rpc = graph.endpoints.find { it.kind == 'rpc' }
assert rpc.path == '/rpc/account_balance'
assert rpc.allowedRoles.EXECUTE == ['anon', 'authenticated', 'service_role']
def ledger = graph.endpoints.find { it.objectId == 'public.ledger' }
assert ledger.kind == 'table-crud'
assert ledger.path == '/ledger'
assert ledger.allowedRoles.SELECT == ['anon', 'authenticated', 'service_role']
return true
