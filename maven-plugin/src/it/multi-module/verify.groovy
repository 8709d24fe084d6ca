// Each module writes its own SARIF, with paths from the top of the build; the aggregate SARIF
// under the top directory holds every module's results in one run (one upload for GitHub).
def slurper = new groovy.json.JsonSlurper()
def uris = { sarif -> sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } }
def log = new File(basedir, 'build.log').text
assert !log.contains('threadSafe') : 'build.log: the plugin must be thread-safe'
assert log.contains('aggregate SARIF report (3 modules so far): target/twiml-lint-aggregate.sarif') : 'build.log'
assert log.contains('[ERROR] voice/src/main/twiml/whisper.twiml:[2,1] ') : 'build.log'
assert log.contains('[ERROR] sms/src/main/resources/twiml/reply.twiml:[1,1] ') : 'build.log'

def voice = slurper.parse(new File(basedir, 'voice/target/twiml-lint.sarif'))
assert uris(voice) == ['voice/src/main/twiml/whisper.twiml']
def sms = slurper.parse(new File(basedir, 'sms/target/twiml-lint.sarif'))
assert uris(sms) == ['sms/src/main/resources/twiml/reply.twiml']

def all = slurper.parse(new File(basedir, 'target/twiml-lint-aggregate.sarif'))
assert all.runs.size() == 1
def run = all.runs[0]
assert uris(all) == ['sms/src/main/resources/twiml/reply.twiml', 'voice/src/main/twiml/whisper.twiml']
run.results.each { assert run.tool.driver.rules[it.ruleIndex].id == it.ruleId }
assert run.results*.locations*.physicalLocation*.region*.startLine.flatten() == [1, 2]
assert run.invocations[0].executionSuccessful == true
// Every file exists where the uri says, relative to the top.
uris(all).each { assert new File(basedir, it).isFile() }
true
