def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Cannot reach the database at jdbc:postgresql://127.0.0.1:1/app?password=****')
assert log.contains('studio.url')
assert !log.contains('TopSecret42')
assert !new File(basedir, '.studio/artifacts/studio.schema.snapshot/1.0.0/latest.json').exists()
return true
