// TwiML next to logback.xml: the TwiML is linted, logback.xml (root <configuration>) is not.
def log = new File(basedir, 'build.log').text
assert log.contains('twiml-lint: 2 files linted: 0 errors, 0 warnings, 0 notes') : 'build.log'
assert !log.contains('logback.xml') : 'build.log'
assert log.contains('BUILD SUCCESS') : 'build.log'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twiml-lint.sarif'))
assert sarif.runs[0].results == []
true
