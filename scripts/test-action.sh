#!/usr/bin/env bash
# Tests the GitHub Action (action.yml + scripts/action.sh) without GitHub:
# the script runs against throwaway repositories with fake GITHUB_OUTPUT and
# GITHUB_STEP_SUMMARY files, and the files it writes are checked
# (integration.md §5). Needs go, git, jq and python3 with PyYAML.
# SARIF files it produces are copied to $CORSLINT_SARIF_OUT when set.
set -euo pipefail

checkout=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "test-action: FAIL: $*" >&2; exit 1; }

(cd "$checkout" && go build -o "$tmp/corslint" ./cmd/corslint)
export CORSLINT_BIN="$tmp/corslint"

bad='{
  "origin": true,
  "credentials": true
}'
good='{
  "origin": ["https://app.example.com"]
}'

# repo NAME CONTENT: a git work tree with config/cors.json.
repo() {
  local dir="$tmp/$1"
  mkdir -p "$dir/config"
  git -C "$dir" init -q
  printf '%s\n' "$2" >"$dir/config/cors.json"
  echo "$dir"
}

# act DIR [VAR=value...]: runs the action script in DIR with fresh output and
# summary files and the given inputs; sets $code, $out_file, $sum_file, $log.
act() {
  local dir=$1
  shift
  out_file="$dir/github_output" sum_file="$dir/step_summary"
  : >"$out_file"
  printf '# earlier step\n\n' >"$sum_file" # the script must append, not overwrite
  set +e
  log=$(cd "$dir" && env -u INPUT_PATH -u INPUT_FORMAT -u INPUT_FAIL_ON -u INPUT_CONFIG \
    -u INPUT_BASELINE -u INPUT_SARIF_FILE -u INPUT_CATEGORY \
    GITHUB_OUTPUT="$out_file" GITHUB_STEP_SUMMARY="$sum_file" "$@" \
    "$checkout/scripts/action.sh" 2>&1)
  code=$?
  set -e
}

# output NAME: the value of one output, single-line or delimited form.
output() {
  awk -v name="$1" '
    index($0, name "=") == 1 { print substr($0, length(name) + 2); exit }
    index($0, name "<<") == 1 { delim = substr($0, length(name) + 3); inside = 1; next }
    inside && $0 == delim { exit }
    inside { print }
  ' "$out_file"
}

keep_sarif() {
  if [ -n "${CORSLINT_SARIF_OUT:-}" ]; then
    mkdir -p "$CORSLINT_SARIF_OUT"
    cp "$1" "$CORSLINT_SARIF_OUT/action-$2.sarif"
  fi
}

echo "== findings: exit 1, SARIF, outputs, summary"
d=$(repo bad "$bad")
act "$d" INPUT_CATEGORY=web
[ "$code" -eq 1 ] || fail "exit $code with findings, want 1; log:
$log"
grep -q 'config/cors.json:2:13: critical \[CORS001\]' <<<"$log" || fail "text report not in the log"
[ -f "$d/corslint.sarif" ] || fail "no corslint.sarif"
keep_sarif "$d/corslint.sarif" findings
n=$(jq '[.runs[].results[]] | length' "$d/corslint.sarif")
[ "$n" -gt 0 ] || fail "SARIF has no results"
[ "$(output findings)" = "$n" ] || fail "findings output $(output findings), want $n"
[ "$(output sarif-file)" = "corslint.sarif" ] || fail "sarif-file output '$(output sarif-file)'"
[ "$(jq -r '.runs[0].automationDetails.id' "$d/corslint.sarif")" = "web/" ] || fail "category not written"
[ "$(jq -r '.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri' "$d/corslint.sarif")" = "config/cors.json" ] ||
  fail "SARIF URI not relative to the repository root"
jq -e '[.runs[].results[] | select(has("baselineState"))] | length == 0' "$d/corslint.sarif" >/dev/null ||
  fail "baselineState in the SARIF file without a baseline"
head -1 "$sum_file" | grep -q '^# earlier step' || fail "summary overwritten instead of appended"
grep -q '^# corslint report' "$sum_file" || fail "summary lacks the report title"
grep -q 'CORS001' "$sum_file" || fail "summary lacks the finding"

echo "== fail-on none: exit 0, outputs still written"
act "$d" INPUT_FAIL_ON=none INPUT_FORMAT=json
[ "$code" -eq 0 ] || fail "exit $code with fail-on none"
[ "$(output findings)" = "$n" ] || fail "findings output with fail-on none"
jq -e '.summary.total > 0' <<<"$log" >/dev/null || fail "format json not printed to the log"

echo "== baseline: nothing new, exit 0; SARIF for upload has no baseline states"
cp "$d/corslint.sarif" "$tmp/base.sarif"
printf '\n\n%s\n' "$bad" >"$d/config/cors.json" # lines inserted above
act "$d" INPUT_BASELINE="$tmp/base.sarif" INPUT_SARIF_FILE=out/scan.sarif
[ "$code" -eq 0 ] || fail "exit $code on an unchanged tree with a baseline; log:
$log"
[ -f "$d/out/scan.sarif" ] || fail "sarif-file in a new directory not written"
[ "$(output sarif-file)" = "out/scan.sarif" ] || fail "sarif-file output '$(output sarif-file)'"
jq -e '[.runs[].results[] | select(has("baselineState"))] | length == 0' "$d/out/scan.sarif" >/dev/null ||
  fail "the SARIF file for upload carries baseline states"
grep -q 'baseline: 0 new' "$sum_file" || fail "summary does not compare with the baseline"

echo "== clean tree: exit 0, zero findings"
c=$(repo clean "$good")
act "$c" INPUT_PATH="config
."
[ "$code" -eq 0 ] || fail "exit $code on a clean tree; log:
$log"
[ "$(output findings)" = "0" ] || fail "findings output $(output findings), want 0"
jq -e '.runs[0].results == []' "$c/corslint.sarif" >/dev/null || fail "SARIF results not an empty array"
grep -q 'no findings' "$sum_file" || fail "summary does not say no findings"
keep_sarif "$c/corslint.sarif" clean

echo "== error: exit 2, SARIF, outputs and summary still written"
act "$d" INPUT_CONFIG=does-not-exist.toml
[ "$code" -eq 2 ] || fail "exit $code with a missing config, want 2"
jq -e '.runs[0].results == [] and (.runs[0].tool.driver.rules | length) > 0' "$d/corslint.sarif" >/dev/null ||
  fail "no valid fallback SARIF after an error"
[ "$(output findings)" = "0" ] || fail "findings output after an error"
grep -q 'corslint failed (exit 2)' "$sum_file" || fail "summary does not report the error"
keep_sarif "$d/corslint.sarif" error

echo "== inputs cannot inject"
# shellcheck disable=SC2016 # the single quotes are the point
act "$d" INPUT_PATH='$(touch pwned) ; touch pwned2' INPUT_FAIL_ON=none
if [ -e "$d/pwned" ] || [ -e "$d/pwned2" ]; then fail "INPUT_PATH was executed"; fi
[ "$code" -eq 2 ] || fail "exit $code for nonexistent paths, want 2"

echo "== action.yml"
python3 - "$checkout/action.yml" <<'PY'
import re, sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
errors = []
if doc["runs"]["using"] != "composite":
    errors.append("runs.using is not composite")
want_inputs = {"path", "format", "fail-on", "config", "baseline", "sarif-file", "category"}
if set(doc["inputs"]) != want_inputs:
    errors.append(f"inputs {sorted(doc['inputs'])}, want {sorted(want_inputs)}")
if doc["inputs"]["sarif-file"].get("default") != "corslint.sarif":
    errors.append("sarif-file default is not corslint.sarif")
for name in ("findings", "sarif-file"):
    v = doc["outputs"].get(name, {}).get("value", "")
    if f"steps.scan.outputs.{name}" not in v:
        errors.append(f"output {name} not wired to steps.scan: {v!r}")
passed = set()
for step in doc["runs"]["steps"]:
    if "run" in step:
        if step.get("shell") != "bash":
            errors.append(f"step {step.get('name')}: shell is not bash")
        if "${{" in step["run"]:
            errors.append(f"step {step.get('name')}: expression inside run: (script injection)")
    for v in (step.get("env") or {}).values():
        passed.update(re.findall(r"inputs\.([\w-]+)", str(v)))
    if "setup-go" in step.get("uses", ""):
        if "github.action_path" not in step.get("with", {}).get("go-version-file", ""):
            errors.append("setup-go does not read the action's go.mod")
if passed != want_inputs:
    errors.append(f"inputs passed through env: {sorted(passed)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
PY

echo "test-action: ok"
