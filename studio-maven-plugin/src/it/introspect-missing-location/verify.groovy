def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("No Flyway migration location exists: 'filesystem:db/migration'")
assert log.contains('-Dstudio.locations')
// It fails before starting a database, and leaves no artifact.
assert !log.contains('Starting the shadow database')
assert !new File(basedir, '.studio').exists()
return true
