// The finding is logged in Maven's clickable form, with file, line, column and rule id.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] src\/main\/twiml\/agent\.xml:\[4,17\] .*a space at position 5.* \[client-identifier\]/ : 'build.log: no clickable finding line'
assert log.contains('twiml-lint: 2 files linted: 1 error, 0 warnings, 0 notes') : 'build.log'
// The failure says how many findings at which level, and where the SARIF report is.
assert log.contains('twiml-lint found 1 finding at level error or above (1 error). SARIF report: target/twiml-lint.sarif') : 'build.log'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twiml-lint.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1 : "SARIF results: ${results.size()}"
def loc = results[0].locations[0].physicalLocation
assert results[0].ruleId == 'client-identifier' : "SARIF ruleId ${results[0].ruleId}"
assert loc.artifactLocation.uri == 'src/main/twiml/agent.xml' : "SARIF uri ${loc.artifactLocation.uri}"
assert loc.region.startLine == 4 && loc.region.startColumn == 13 : "SARIF region ${loc.region}"
// A failed run is not recorded as up to date: the next build lints again and fails again.
assert !new File(basedir, 'target/twiml-lint.state').exists()
true
