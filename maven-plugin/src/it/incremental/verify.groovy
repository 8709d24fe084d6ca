def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 5 : "expected five builds in the log, found ${runs.size()}"
def upToDate = '[DEBUG] twiml-lint: up to date, not linting again'
assert runs[0].contains('twiml-lint: 1 file linted') : 'build.log'
assert runs[1].contains(upToDate) : 'build.log'
assert !runs[1].contains('files linted') && !runs[1].contains('file linted') : 'build.log'
assert runs[2].contains('twiml-lint: 1 file linted') : 'build.log'
// 4: the edit happened, then the edited document was linted.
assert new File(basedir, 'src/main/twiml/welcome.xml').text.contains('Thanks for calling, goodbye.')
assert !runs[3].contains(upToDate) : 'build.log'
assert runs[3].contains('twiml-lint: 1 file linted') : 'build.log'
// 5: the unrelated files were touched, and nothing was linted.
assert new File(basedir, 'src/main/twiml/notes.txt').isFile()
assert new File(basedir, 'README.md').isFile()
assert runs[4].contains('[INFO] Executing tasks') || runs[4].contains('maven-antrun-plugin') : 'build.log'
assert runs[4].contains(upToDate) : 'build.log'
assert !runs[4].contains('file linted') : 'build.log'
assert new File(basedir, 'target/twiml-lint.sarif').isFile()
assert new File(basedir, 'target/twiml-lint.state').isFile()
true
