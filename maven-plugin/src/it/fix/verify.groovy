// twiml-lint:fix rewrites the file in place, in passes (the raw '&' first, then what it hid),
// keeping its CRLF line ends and tab; the clean file is left alone; nothing is left to fail on.
def menu = new File(basedir, 'src/main/twiml/menu.xml').text
assert menu == '<?xml version="1.0"?>\r\n<Response>\r\n\t<Say voice="alice">Tom &amp; Jerry</Say>\r\n\t<Gather method="GET"/>\r\n</Response>\r\n' : "menu.xml: ${menu}"
assert new File(basedir, 'src/main/twiml/clean.xml').text == '<Response><Say>ok</Say></Response>\n'
def log = new File(basedir, 'build.log').text
assert log.contains('twiml-lint: 3 findings fixed in 1 file') : 'build.log: no summary'
assert log.contains('twiml-lint: 2 files linted: 0 errors, 0 warnings, 0 notes') : 'build.log: no report of what is left'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twiml-lint.sarif'))
assert sarif.runs[0].results.isEmpty() : "SARIF results: ${sarif.runs[0].results}"
true
