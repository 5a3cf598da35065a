#!/usr/bin/env bash
# The GitHub Action's step (action.yml; integration.md §5). Inputs come from
# the environment only:
#
#   CORSLINT_BIN      corslint binary (default: corslint on PATH)
#   INPUT_PATH        paths to scan, separated by whitespace (default .)
#   INPUT_FORMAT      format printed to the log (default text)
#   INPUT_FAIL_ON     severity gate (default low)
#   INPUT_CONFIG      config file (optional)
#   INPUT_BASELINE    previous SARIF report (optional)
#   INPUT_SARIF_FILE  SARIF output path (default corslint.sarif)
#   INPUT_CATEGORY    code-scanning category (default corslint)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY  files the runner reads afterwards
#
# It always writes the SARIF file, the outputs and the summary, then exits
# with corslint's code: 0 clean, 1 findings at or above fail-on, 2 error.
set -uo pipefail

bin=${CORSLINT_BIN:-corslint}
format=${INPUT_FORMAT:-text}
fail_on=${INPUT_FAIL_ON:-low}
sarif=${INPUT_SARIF_FILE:-corslint.sarif}
category=${INPUT_CATEGORY:-corslint}
output_file=${GITHUB_OUTPUT:-/dev/null}
summary_file=${GITHUB_STEP_SUMMARY:-/dev/null}
# GitHub rejects a step summary over 1 MiB; leave room for the note below.
summary_cap=$((1000 * 1000))

# Paths are split on whitespace, never glob-expanded.
set -f
read -r -d '' -a paths <<<"${INPUT_PATH:-.}" || true
set +f
[ "${#paths[@]}" -gt 0 ] || paths=(.)

common=(--category "$category")
[ -n "${INPUT_CONFIG:-}" ] && common+=(--config "$INPUT_CONFIG")
baseline=()
[ -n "${INPUT_BASELINE:-}" ] && baseline=(--baseline "$INPUT_BASELINE")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$(dirname -- "$sarif")"
case $sarif in
/*) sarif_abs=$sarif ;;
*) sarif_abs=$PWD/$sarif ;;
esac

# 1. The SARIF file to upload: never with the baseline, since GitHub ignores
#    baselineState and would show absent results as open alerts
#    (integration.md §8). --fail-on none: this run only reports; -q: the
#    notices reach the log from the next run, errors are printed anyway.
"$bin" scan "${common[@]}" --format sarif --output "$sarif" --fail-on none -q -- "${paths[@]}" 2>"$tmp/sarif.err"
code=$?
cat "$tmp/sarif.err" >&2
if [ "$code" -ne 0 ]; then
  # Usage or config error: still leave a valid SARIF file (an empty scan has
  # the whole catalog and no results), so an upload step with if: always()
  # does not fail on a missing file, and report the error.
  mkdir -p "$tmp/empty"
  (cd "$tmp/empty" && "$bin" scan --category "$category" --format sarif --output "$sarif_abs" --fail-on none . 2>/dev/null) ||
    echo "corslint: could not write a fallback SARIF file" >&2
  [ "$code" -eq 1 ] && code=2
  {
    echo "# corslint report"
    echo
    echo "corslint failed (exit $code):"
    echo
    echo '```'
    head -c 4000 "$tmp/sarif.err"
    echo
    echo '```'
  } >>"$summary_file"
  findings=0
else
  # 2. The gate and the job log: in the requested format, with the baseline.
  "$bin" scan "${common[@]}" "${baseline[@]}" --format "$format" --fail-on "$fail_on" -- "${paths[@]}"
  code=$?

  # 3. The job summary: the markdown report (capped by corslint at 500
  #    findings), cut at a line boundary if still over GitHub's limit.
  "$bin" scan "${common[@]}" "${baseline[@]}" --format markdown --output "$tmp/summary.md" --fail-on none -q -- "${paths[@]}" ||
    echo "corslint failed while writing the summary" >"$tmp/summary.md"
  if [ "$(wc -c <"$tmp/summary.md")" -gt "$summary_cap" ]; then
    head -c "$summary_cap" "$tmp/summary.md" | sed '$d' >"$tmp/cut.md"
    printf '\n_Summary cut at GitHub'"'"'s size limit; the SARIF file lists every finding._\n' >>"$tmp/cut.md"
    mv "$tmp/cut.md" "$tmp/summary.md"
  fi
  cat "$tmp/summary.md" >>"$summary_file"

  findings=$(jq '[.runs[].results[]?] | length' "$sarif" 2>/dev/null) || findings=""
  if ! [[ "$findings" =~ ^[0-9]+$ ]]; then
    echo "corslint: could not count the results in $sarif (is jq installed?)" >&2
    findings=0
    [ "$code" -eq 0 ] && code=2
  fi
fi

# Outputs. The path uses the multi-line form with a random delimiter, so no
# path can inject another output.
delim="corslint_$(od -An -tx8 -N8 /dev/urandom | tr -d ' \n')"
{
  echo "findings=$findings"
  echo "sarif-file<<$delim"
  echo "$sarif"
  echo "$delim"
} >>"$output_file"

exit "$code"
