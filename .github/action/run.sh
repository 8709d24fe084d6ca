#!/usr/bin/env bash
# The logic of the twiml-lint GitHub Action (action.yml at the repository root), kept here so it
# can be run and tested outside GitHub with simulated GITHUB_* variables.
#
#   run.sh cache-key   writes key=<hash of the action's sources> to $GITHUB_OUTPUT
#   run.sh install     makes the command line available; writes home=<folder with bin/twiml-lint>
#   run.sh lint        lints; writes sarif-file, findings, exit-code to $GITHUB_OUTPUT and a
#                      findings table to $GITHUB_STEP_SUMMARY; exits with twiml-lint's exit code
#
# Inputs come as INPUT_* variables (action.yml passes them through env, never through the script
# text). GITHUB_ACTION_PATH is the action's own checkout, GITHUB_WORKSPACE the user's repository.
set -euo pipefail

action_path=${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}
temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
releases=${TWIML_LINT_RELEASES:-https://github.com/twimllint/twiml-lint/releases/download}

out() { # name value: one step output
    printf '%s=%s\n' "$1" "$2" >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
}

sha256() {
    if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi
}

# The CLI built from the action's sources lives here; actions/cache keeps it between runs.
built_dir() { printf '%s\n' "$action_path/.twiml-lint-dist"; }

cache_key() {
    local hash
    hash=$(cd "$action_path" && find pom.xml linter-core rules linter-cli \( -name target -prune \) -o -type f -print \
        | LC_ALL=C sort | while IFS= read -r f; do sha256 "$f"; done | sha256 | cut -c1-40)
    out key "twiml-lint-cli-$hash"
}

install_release() {
    local v=${INPUT_VERSION#v} dir archive
    dir="$temp/twiml-lint-release-$v"
    archive="twiml-lint-$v.tar.gz"
    mkdir -p "$dir"
    echo "twiml-lint: downloading release $v"
    curl -fsSL --retry 3 -o "$dir/$archive" "$releases/v$v/$archive"
    curl -fsSL --retry 3 -o "$dir/SHA256SUMS" "$releases/v$v/SHA256SUMS"
    (cd "$dir" && grep " $archive\$" SHA256SUMS | sha256 -c -) || {
        echo "::error::twiml-lint $v: the archive does not match its published checksum"
        exit 2
    }
    tar xzf "$dir/$archive" -C "$dir"
    out home "$dir/twiml-lint-$v"
}

install_built() {
    local dist archive
    dist=$(built_dir)
    if ! ls "$dist"/twiml-lint-*/bin/twiml-lint >/dev/null 2>&1; then
        echo "twiml-lint: building the command line from the action's sources (cached afterwards)"
        (cd "$action_path" && mvn -B -q -DskipTests -Dinvoker.skip=true package -pl linter-cli -am)
        archive=$(ls "$action_path"/linter-cli/target/twiml-lint-*.tar.gz)
        mkdir -p "$dist"
        tar xzf "$archive" -C "$dist"
    fi
    out home "$(ls -d "$dist"/twiml-lint-*/ | head -n 1 | sed 's:/$::')"
}

install() {
    if [ -n "${INPUT_VERSION:-}" ]; then install_release; else install_built; fi
}

# Markdown table cell: pipes escaped, no line breaks.
cell() { printf '%s' "$1" | sed -e 's/|/\\|/g' -e 's/\r//g'; }

summary() { # report.txt exit-code
    local report=$1 code=$2 findings=0 rows=0 max=${TWIML_LINT_SUMMARY_ROWS:-100} line
    local re='^(.+):([0-9]+):([0-9]+): (error|warning|note): (.*) \[([a-z0-9-]+)\]$'
    {
        echo "### twiml-lint"
        echo
        tail -n 1 "$report" | grep -E '^[0-9]+ files? linted' || true
        echo
    } >>"$GITHUB_STEP_SUMMARY"
    local table=""
    while IFS= read -r line; do
        [[ $line =~ $re ]] || continue
        findings=$((findings + 1))
        if [ "$rows" -lt "$max" ]; then
            rows=$((rows + 1))
            table+="| ${BASH_REMATCH[4]} | \`${BASH_REMATCH[6]}\` | $(cell "${BASH_REMATCH[1]}"):${BASH_REMATCH[2]}:${BASH_REMATCH[3]} | $(cell "${BASH_REMATCH[5]}") |"$'\n'
        fi
    done <"$report"
    if [ "$findings" -gt 0 ]; then
        {
            echo "| Level | Rule | Location | Message |"
            echo "|---|---|---|---|"
            printf '%s' "$table"
            if [ "$findings" -gt "$rows" ]; then
                echo
                echo "$((findings - rows)) more findings are in the SARIF report."
            fi
        } >>"$GITHUB_STEP_SUMMARY"
    else
        echo "No findings." >>"$GITHUB_STEP_SUMMARY"
    fi
    out findings "$findings"
    out exit-code "$code"
}

lint() {
    local home=${TWIML_LINT_HOME:?TWIML_LINT_HOME is not set: run install first}
    local workspace=${GITHUB_WORKSPACE:?GITHUB_WORKSPACE is not set}
    local sarif=${INPUT_SARIF_FILE:-twiml-lint.sarif}
    local report="$temp/twiml-lint-report.txt"
    local -a args=(--format "${INPUT_FORMAT:-text}" --format "sarif=$sarif" --format "text=$report"
        --source-root "$workspace" --color never --no-show-source)
    [ -z "${INPUT_FAIL_ON:-}" ] || args+=(--fail-on "$INPUT_FAIL_ON")
    [ -z "${INPUT_CONFIG:-}" ] || args+=(--config "$INPUT_CONFIG")
    # One path per line (paths may contain spaces); none means the whole workspace.
    local p n=0
    while IFS= read -r p; do
        p=${p#"${p%%[![:space:]]*}"}
        p=${p%"${p##*[![:space:]]}"}
        [ -z "$p" ] || { args+=("$p"); n=$((n + 1)); }
    done <<<"${INPUT_PATH:-}"
    [ "$n" -gt 0 ] || args+=(.)
    cd "$workspace"
    rm -f "$report"
    local code=0
    "$home/bin/twiml-lint" "${args[@]}" || code=$?
    out sarif-file "$sarif"
    if [ -f "$report" ]; then
        summary "$report" "$code"
    else
        out findings 0
        out exit-code "$code"
        printf '### twiml-lint\n\ntwiml-lint stopped with exit code %s before reporting (see the log).\n' "$code" >>"$GITHUB_STEP_SUMMARY"
    fi
    return "$code"
}

case ${1:-} in
    cache-key) cache_key ;;
    install) install ;;
    lint) lint ;;
    *) echo "usage: run.sh cache-key|install|lint" >&2; exit 2 ;;
esac
