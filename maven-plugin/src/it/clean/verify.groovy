def log = new File(basedir, 'build.log').text
assert log.contains('twiml-lint: 1 file linted: 0 errors, 0 warnings, 0 notes') : 'build.log'
assert log.contains('BUILD SUCCESS') : 'build.log'
// The SARIF report is written on every run, also when there is nothing to report.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twiml-lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results == []
assert sarif.runs[0].tool.driver.rules*.id.contains('root-element')
true
