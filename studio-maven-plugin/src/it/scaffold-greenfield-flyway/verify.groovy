import groovy.json.JsonSlurper

def migrations = new File(basedir, 'db/migration')
def names = migrations.list().sort()
assert names.contains('V1__create_table_todos.sql')
assert names.contains('U1__create_table_todos.sql')
assert names.contains('V4__add_index_todos_created_at_idx_on_todos.sql.conf')
assert new File(migrations, 'V4__add_index_todos_created_at_idx_on_todos.sql').text.contains('CREATE INDEX CONCURRENTLY todos_created_at_idx ON public.todos (created_at);')
assert new File(migrations, 'V5__create_function_count_todos.sql').text.contains("SET search_path = ''")
assert !names.any { it.contains('backfill') } // dry run wrote nothing

def log = new File(basedir, 'build.log').text
assert log.contains('Wrote db/migration/V1__create_table_todos.sql')
assert log.contains('has row level security enabled and no policy yet')
assert log.contains('studio.nullable=false needs a studio.default')
assert log.contains('Would write db/migration/V7__backfill.sql')

def json = (log =~ /(?s)\n(\{\n[^\[]*?"filename".*?\n\})\n/)[0][1]
def written = new JsonSlurper().parseText(json)
assert written.filename == 'db/migration/V6__create_view_todo_titles.sql'
assert written.sql.contains('WITH (security_invoker = true)')

def graph = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.intent.graph/1.0.0/latest.json')).data
assert graph.objects*.id.containsAll(['public.todos', 'public.todos.todos_read', 'public.todo_titles'])
assert log.contains('Release gate: pass')
assert graph.objects.every { it.managedStatus == 'managed' }
return true
