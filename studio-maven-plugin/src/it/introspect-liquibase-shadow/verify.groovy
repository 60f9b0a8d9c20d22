import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('liquibase migrations')

def artifact = new JsonSlurper().parse(new File(basedir, '.studio/artifacts/studio.schema.snapshot/1.0.0/latest.json'))
def data = artifact.data
// The changeset with context "test" is left out because the Liquibase plugin runs with contexts=prod.
assert data.model.tables*.name == ['customers', 'orders']
def orders = data.model.tables.find { it.name == 'orders' }
assert orders.columns*.name == ['id', 'customer_id', 'total']
assert orders.columns.find { it.name == 'total' }.type == 'numeric(10,2)'
def fk = orders.constraints.find { it.kind == 'FOREIGN_KEY' }
assert fk.name == 'orders_customer_id_fkey'
assert fk.references.table == 'public.customers'
assert data.model.routines*.name == ['order_total']
assert data.replayFailures.isEmpty()
return true
