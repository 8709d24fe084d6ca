def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 2 : "expected two builds in the log, found ${runs.size()}"
// 1: the one root-element finding in whisper.twiml is in the baseline: it does not count.
assert !runs[0].contains('[ERROR] src/main/twiml/whisper.twiml') : 'build.log'
assert runs[0].contains('twiml-lint: 1 file linted: 0 errors, 0 warnings, 0 notes') : 'build.log'
assert runs[0].contains('BUILD SUCCESS') : 'build.log'
// 2: <Bogus/> added to the same file: its finding is new, so the build fails on it alone.
assert new File(basedir, 'src/main/twiml/whisper.twiml').text.contains('<Bogus/>')
assert runs[1].contains('twiml-lint: 1 file linted: 1 error, 0 warnings, 0 notes') : 'build.log'
assert runs[1].contains('[ERROR] src/main/twiml/whisper.twiml:[2,31] <Bogus> is not a TwiML element [unknown-element]') : 'build.log'
assert !runs[1].contains('[root-element]') : 'build.log'
assert runs[1].contains('BUILD FAILURE') : 'build.log'
true
