import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('2 migrations replayed')
assert log.contains('V2__ledger.sql')
assert log.contains('no_such_extension')

def file = new File(basedir, '.studio/artifacts/studio.schema.snapshot/1.0.0/latest.json')
assert file.isFile()
def artifact = new JsonSlurper().parse(file)
assert artifact.id == 'studio.schema.snapshot'
assert artifact.version == '1.0.0'
def data = artifact.data
assert data.serverVersion.startsWith('17')
assert data.schemas == ['public']
assert data.model.tables*.name == ['accounts', 'ledger']
def accounts = data.model.tables.find { it.name == 'accounts' }
assert accounts.rlsEnabled
assert accounts.columns.find { it.name == 'handle' }.type == 'character varying(40)'
assert accounts.columns.find { it.name == 'balance' }.type == 'numeric(12,2)'
assert data.model.policies*.name == ['accounts_owner']
assert data.model.policies[0].roles == ['authenticated']
def fn = data.model.routines.find { it.name == 'account_balance' }
assert fn.securityDefiner
assert fn.argumentTypes == ['uuid']
assert fn.config.search_path == '""'
assert data.model.indexes*.name.contains('ledger_account_id_idx')
// Platform schemas are not part of the snapshot.
assert !data.model.tables.any { it.schema == 'auth' || it.schema == 'storage' }
assert data.replayFailures.size() == 1
assert data.replayFailures[0].file == 'db/migration/V2__ledger.sql'
assert data.replayFailures[0].line == 13
return true
