def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 3 : "expected three builds in the log, found ${runs.size()}"
assert runs[0].contains('twiml-lint: 1 file linted') : 'build.log'
assert runs[1].contains('[DEBUG] twiml-lint: up to date, not linting again') : 'build.log'
assert !runs[1].contains('files linted') && !runs[1].contains('file linted') : 'build.log'
assert runs[2].contains('twiml-lint: 1 file linted') : 'build.log'
assert new File(basedir, 'target/twiml-lint.sarif').isFile()
assert new File(basedir, 'target/twiml-lint.state').isFile()
true
