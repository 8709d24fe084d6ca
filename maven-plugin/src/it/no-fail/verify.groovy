// failOnViolation=false: the finding is reported and the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/twiml/agent.xml:[4,17] ') : 'build.log'
assert log.contains('twiml-lint: 1 file linted: 1 error, 0 warnings, 0 notes') : 'build.log'
assert log.contains('BUILD SUCCESS') : 'build.log'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twiml-lint.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId == ['client-identifier']
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/twiml/agent.xml'
def rules = sarif.runs[0].tool.driver.rules
assert rules[results[0].ruleIndex].id == 'client-identifier'
// outputFormats=text: the command line's text report beside the SARIF.
def text = new File(basedir, 'target/twiml-lint.txt').text
assert text.startsWith('src/main/twiml/agent.xml:4:13: error: ')
assert text.contains('1 file linted: 1 error, 0 warnings, 0 notes')
// outputFormats=junit: a JUnit XML report naming the rule and the file.
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/twiml-lint-junit.xml'))
assert junit.toString().contains('client-identifier') || junit.'**'.any { it.@name.toString().contains('client-identifier') } : 'junit report'
assert new File(basedir, 'target/twiml-lint-junit.xml').text.contains('src/main/twiml/agent.xml') : 'junit report names the file'
true
