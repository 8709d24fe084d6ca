def log = new File(basedir, 'build.log').text
assert log.contains('1 file linted: 0 errors, 0 warnings, 0 notes')
assert new File(basedir, 'target/twiml-lint.sarif').isFile()
true
