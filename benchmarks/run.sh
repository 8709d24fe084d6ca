#!/usr/bin/env bash
# Whole-process benchmarks of issue 15: twiml-lint against a hello-world JVM started the same way
# and against `xmllint --noout` on the same files. Prints medians (wall), mean CPU (user+sys) and
# ratios. Not part of any Maven build: timings in a build are noise.
#
#   benchmarks/run.sh [all|start|bulk|memory]
#
# Environment:
#   TWIML_LINT  the command under test (default: the ./twiml-lint launcher of this checkout)
#   COMPARE     a second twiml-lint command run in the same hyperfine invocations (before/after),
#               e.g. COMPARE="java -XX:+UseSerialGC -Xss8m -jar /tmp/old/twiml-lint.jar"
#   BENCH_DIR   where inputs are generated (default: benchmarks/target/bench; reused when present)
#   RUNS        hyperfine runs per command (default 15 for start-up, 5 for bulk); WARMUP (default 2)
#
# Tools: hyperfine, xmllint (libxml2-utils), jq and GNU time. Missing ones are installed with
# apt-get when running as root on Debian/Ubuntu; otherwise the script says what to install and stops.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
what="${1:-all}"
bench="${BENCH_DIR:-$root/benchmarks/target/bench}"
lint="${TWIML_LINT:-$root/twiml-lint}"
compare="${COMPARE:-}"

need_tools() {
  local missing=()
  command -v hyperfine >/dev/null || missing+=(hyperfine)
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  command -v jq >/dev/null || missing+=(jq)
  [ -x /usr/bin/time ] || missing+=(time)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "run.sh: installing ${missing[*]} with apt-get" >&2
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "run.sh: please install: ${missing[*]} (Debian/Ubuntu package names)" >&2
    exit 2
  fi
}

inputs() {
  mkdir -p "$bench"
  if [ ! -f "$bench/repo.done" ]; then
    echo "run.sh: generating 20,000 documents in $bench/repo (seed 15)" >&2
    rm -rf "$bench/repo"
    java "$here/scripts/Generate.java" repo "$bench/repo" 20000 15
    touch "$bench/repo.done"
  fi
  if [ ! -f "$bench/hello/Hello.class" ]; then
    mkdir -p "$bench/hello"
    printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
      >"$bench/hello/Hello.java"
    javac -d "$bench/hello" "$bench/hello/Hello.java"
  fi
  mkdir -p "$bench/small" "$bench/configured"
  cp "$root/examples/whisper.twiml" "$bench/small/"
  cp "$root/examples/whisper.twiml" "$bench/configured/"
  cat >"$bench/configured/.twiml-lint.json" <<'JSON'
{
  "rules": {
    "root-element": "warning",
    "client-identifier-mobile": {"level": "note"}
  },
  "exclude": ["vendor/**"],
  "failOn": "error"
}
JSON
  # The launcher builds the jar when stale: do it now, not inside a timed run.
  $lint --version >/dev/null
}

# The hello-world reference is started like the launcher starts twiml-lint (same GC, same flags).
hello="java -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -Xss8m -cp $bench/hello Hello"

# hyperfine NAME RUNS CMD...: the first command is the reference; prints median/CPU/ratio lines.
compare_runs() {
  local name="$1" runs="$2"; shift 2
  local json="$bench/$name.json"
  # -N: no intermediate shell (hyperfine 1.13+); -i: exit 1 (findings) is a normal run.
  hyperfine -N -w "${WARMUP:-2}" -r "$runs" -i --export-json "$json" "$@" >/dev/null
  jq -r --arg name "$name" '
    .results as $r | ($r[0].median) as $ref | ($r[0].user + $r[0].system) as $cpu |
    $r[] | "\($name)\t\(.median*1000|round) ms median (\(.median/$ref*100|round/100)x)\t\((.user+.system)*1000|round) ms CPU (\((.user+.system)/$cpu*100|round/100)x)\t\(.command)"' "$json"
}

start() {
  local extra=()
  echo "== start-up (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  # The inputs live under target/, which this checkout's .gitignore names: without --no-gitignore
  # the runs below would only say "not linted, ignored" and lint nothing.
  [ -n "$compare" ] && extra=("$compare --no-gitignore $bench/small/whisper.twiml")
  compare_runs small-text "${RUNS:-15}" "$hello" "$lint --no-gitignore $bench/small/whisper.twiml" "${extra[@]}"
  extra=()
  [ -n "$compare" ] && extra=("$compare --no-gitignore --config $bench/configured/.twiml-lint.json -f sarif $bench/configured/whisper.twiml")
  compare_runs small-sarif-config "${RUNS:-15}" "$hello" \
    "$lint --no-gitignore --config $bench/configured/.twiml-lint.json -f sarif $bench/configured/whisper.twiml" "${extra[@]}"
  extra=()
  [ -n "$compare" ] && extra=("$compare --version")
  compare_runs version "${RUNS:-15}" "$hello" "$lint --version" "${extra[@]}"
}

bulk() {
  echo "== 20,000 documents, SARIF to a file (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  local xml="bash -c 'find $bench/repo -type f -print0 | xargs -0 -n 2000 xmllint --noout'"
  local extra=()
  [ -n "$compare" ] && extra=("$compare --no-gitignore -q -f sarif -o $bench/out-compare.sarif $bench/repo")
  # The inputs live under target/, which this checkout's .gitignore names: --no-gitignore, or nothing is linted.
  compare_runs bulk-sarif "${RUNS:-5}" "$xml" "$lint --no-gitignore -q -f sarif -o $bench/out.sarif $bench/repo" "${extra[@]}"
  $lint --no-gitignore -q -f json -o "$bench/out.json" "$bench/repo" || true
  echo "files linted: $(jq .summary.files "$bench/out.json")"
}

memory() {
  echo "== memory (peak RSS, /usr/bin/time -v)"
  # The exit status is printed beside the figure: a run that ran out of memory (exit 3) also has a
  # small peak RSS, and must not pass for a flat one.
  rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {kb = $2}
      /User time/ {u = $2} /System time/ {s = $2} /Elapsed/ {w = $2}
      /Exit status/ {code = $2} END {print kb " KB (exit " code ", " w " wall, " u + s " s CPU)"}'; }
  [ -f "$bench/big2.xml" ] || java "$here/scripts/Generate.java" big "$bench/big2.xml" 2
  [ -f "$bench/big200.xml" ] || java "$here/scripts/Generate.java" big "$bench/big200.xml" 200
  if [ ! -f "$bench/small.done" ]; then
    rm -rf "$bench/small100k"
    java "$here/scripts/Generate.java" small "$bench/small100k" 100000
    touch "$bench/small.done"
  fi
  echo "20,000 documents, SARIF:         $(rss $lint --no-gitignore -q -f sarif -o $bench/out.sarif $bench/repo)"
  local small="java -XX:+UseSerialGC -Xmx64m -jar ${JAR:-$root/linter-cli/target/twiml-lint.jar}"
  echo "2 MB document, -Xmx64m:          $(rss $small --no-gitignore -q $bench/big2.xml)"
  echo "200 MB document, -Xmx64m:        $(rss $small --no-gitignore -q $bench/big200.xml)"
  # Its 25,000 SARIF results are written one by one: held together they ran out of memory (exit 3).
  echo "200 MB document, SARIF, -Xmx64m: $(rss $small --no-gitignore -q -f sarif -o $bench/big200.sarif $bench/big200.xml)"
  echo "100,000 files, 4 reports, -Xmx64m: $(rss $small --no-gitignore --no-show-source -f text \
      -f json=$bench/small.json -f sarif=$bench/small.sarif -f junit=$bench/small.junit.xml $bench/small100k)"
}

need_tools
inputs
case "$what" in
  start) start ;;
  bulk) bulk ;;
  memory) memory ;;
  all) start; bulk; memory ;;
  *) echo "usage: benchmarks/run.sh [all|start|bulk|memory]" >&2; exit 2 ;;
esac
