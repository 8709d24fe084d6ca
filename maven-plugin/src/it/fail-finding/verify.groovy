// The finding is logged in Maven's clickable form, with file, line, column and rule id.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/twiml/whisper.twiml:[2,1] ') : 'no clickable finding line'
assert log =~ /\[ERROR\] src\/main\/twiml\/whisper\.twiml:\[2,1\] .*<Response>.* \[root-element\]/ : 'build.log'
assert log.contains('twiml-lint: 2 files linted: 1 error, 0 warnings, 0 notes') : 'build.log'
// The failure says how many findings at which level, and where the SARIF report is.
assert log.contains('twiml-lint found 1 finding at level error or above (1 error). SARIF report: target/twiml-lint.sarif') : 'build.log'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twiml-lint.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'root-element'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/twiml/whisper.twiml'
assert results[0].locations[0].physicalLocation.region.startLine == 2
assert results[0].locations[0].physicalLocation.region.startColumn == 1
// A failed run is not recorded as up to date: the next build lints again and fails again.
assert !new File(basedir, 'target/twiml-lint.state').exists()
true
