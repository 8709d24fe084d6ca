def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 2 : "expected two builds in the log, found ${runs.size()}"
assert runs[0].contains('twiml-lint: 2 files linted: 0 errors, 0 warnings, 0 notes') : 'build.log: 1st build'
assert runs[1] =~ /\[ERROR\] src\/main\/twiml\/caller\.xml:\[4,18\] .*src\/main\/twiml\/screen\/whisper\.xml.* \[url-document-dial\]/ : 'build.log: 2nd build'
assert runs[1].contains('twiml-lint: 2 files linted: 1 error, 0 warnings, 0 notes') : 'build.log: 2nd build'
true
