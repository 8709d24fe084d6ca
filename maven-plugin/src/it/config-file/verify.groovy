def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 2 : "expected two builds in the log, found ${runs.size()}"
assert runs[0].contains('[WARNING] src/main/twiml/whisper.twiml:[2,1] ') : 'build.log: 1st build'
assert runs[0].contains('twiml-lint: 1 file linted: 0 errors, 1 warning, 0 notes') : 'build.log: 1st build'
assert runs[0].contains('BUILD SUCCESS') : 'build.log: 1st build'
assert runs[1].contains('twiml-lint found 1 finding at level warning or above (1 warning)') : 'build.log: 2nd build'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twiml-lint.sarif'))
// SARIF's default level is warning, so a writer may leave it out.
def levels = sarif.runs[0].results.collect { it.level ?: 'warning' }
assert levels == ['warning'] : "SARIF levels: ${levels}"
true
