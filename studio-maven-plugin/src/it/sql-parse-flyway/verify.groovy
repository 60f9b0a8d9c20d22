import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Parsed 3 scripts')
assert log.contains('db/migration/V3__handle_index.sql:1: CREATE INDEX CONCURRENTLY cannot run inside a transaction block')
assert log.contains('fidelity: every parsed object matches what PostgreSQL built')

def file = new File(basedir, '.studio/artifacts/studio.sql.ast/1.0.0/latest.json')
assert file.isFile()
def artifact = new JsonSlurper().parse(file)
assert artifact.id == 'studio.sql.ast'
def data = artifact.data
assert data.migrationsDir == 'filesystem:db/migration'
assert data.parsedAt
assert data.files*.filename == ['db/migration/V1__accounts.sql', 'db/migration/V2__balance_function.sql',
                                'db/migration/V3__handle_index.sql']
def v1 = data.files[0]
assert v1.statementCount == 3
assert v1.opaqueBlockCount == 0
assert v1.entities == ['public.accounts']
assert v1.policies == ['public.accounts.accounts_owner']
assert !v1.riskMeta.hasDestructive
def v2 = data.files[1]
assert v2.functions == ['public.account_balance(uuid)']
assert v2.riskMeta.hasDestructive
def v3 = data.files[2]
assert !v3.riskMeta.runsInTransaction
assert v3.riskMeta.nonTransactionalStatements*.line == [1]
assert data.allEntities*.name == ['accounts']
assert data.allEntities[0].columns.find { it.name == 'handle' }.type == 'character varying(40)'
assert data.allPolicies*.name == ['accounts_owner']
assert data.allFunctions[0].securityDefiner
assert data.problems == []
assert new File(basedir, 'target/studio/sql-parse-cache/parsed-0.bin').isFile()
return true
