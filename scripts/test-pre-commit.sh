#!/usr/bin/env bash
# Tests the pre-commit hooks for real (integration.md §4): a throwaway git
# repository gets a dangerous CORS config, and
#   1. `pre-commit try-repo <this checkout> corslint --files ...` must fail
#      with the finding in its output, then pass once the config is fixed;
#   2. a commit through an installed hook (.pre-commit-config.yaml pointing
#      at this checkout) must be blocked, and go through once fixed.
#
# try-repo clones the hook repository, and only committed files (plus
# tracked modified ones) reach the clone. So the current working tree,
# untracked files included, is copied into a temporary repository and
# committed there: the real repository's index and history are never touched.
#
# Offline: pre-commit's golang language runs `go install ./...` with GOPATH
# set to the hook environment, which would start from an empty module cache.
# GOMODCACHE is pinned to the existing cache so no download is needed
# (checked with GOPROXY=off).
set -euo pipefail

checkout=$(cd "$(dirname "$0")/.." && pwd)
command -v pre-commit >/dev/null || { echo "test-pre-commit: pre-commit not installed (apt-get install -y pre-commit)" >&2; exit 2; }
command -v go >/dev/null || { echo "test-pre-commit: go not on PATH" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A copy of the working tree, untracked files included, taken before HOME
# is replaced (the caller's git config may hold safe.directory).
hookrepo="$tmp/hookrepo"
mkdir -p "$hookrepo"
(cd "$checkout" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$checkout" && tar --null --ignore-failed-read -T - -cf - 2>/dev/null) |
  tar -xf - -C "$hookrepo"

# HOME is replaced below, so carry over the Go settings that may live in the
# user's go env file, and keep the build cache warm.
for v in GOMODCACHE GOCACHE GOPROXY GOSUMDB GOTOOLCHAIN; do
  export "$v=$(go env "$v")"
done
goflags=$(go env GOFLAGS)
export GOFLAGS="${goflags:+$goflags }-mod=mod"
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
# Keep pre-commit from reading the caller's git identity or hooks.
export GIT_CONFIG_NOSYSTEM=1 HOME="$tmp/home"
mkdir -p "$HOME"
git config --global user.name "corslint test"
git config --global user.email "test@corslint.invalid"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

fail() { echo "test-pre-commit: FAIL: $*" >&2; exit 1; }

# --- the copy, committed, as the hook repository
[ -f "$hookrepo/.pre-commit-hooks.yaml" ] || fail ".pre-commit-hooks.yaml missing from the copied tree"
git -C "$hookrepo" init -q
git -C "$hookrepo" add -A
git -C "$hookrepo" commit -q -m "corslint working tree under test"
rev=$(git -C "$hookrepo" rev-parse HEAD)

# --- the user's repository
proj="$tmp/project"
mkdir -p "$proj/config"
git -C "$proj" init -q
bad='{
  "origin": true,
  "credentials": true
}'
good='{
  "origin": ["https://app.example.com"],
  "credentials": true
}'
printf '%s\n' "$bad" > "$proj/config/cors.json"
printf '# project\n' > "$proj/README.md"
git -C "$proj" add -A

cd "$proj"

echo "== try-repo on a dangerous config (must fail)"
set +e
out=$(pre-commit try-repo "$hookrepo" corslint --ref "$rev" --files config/cors.json README.md 2>&1)
code=$?
set -e
printf '%s\n' "$out"
[ "$code" -ne 0 ] || fail "try-repo passed on a dangerous config"
grep -q 'config/cors.json:2:13: critical \[CORS001\]' <<<"$out" || fail "try-repo output lacks the CORS001 finding"

echo "== try-repo corslint-system with corslint on PATH (must fail)"
mkdir -p "$tmp/bin"
(cd "$hookrepo" && go build -o "$tmp/bin/corslint" ./cmd/corslint)
set +e
out=$(PATH="$tmp/bin:$PATH" pre-commit try-repo "$hookrepo" corslint-system --ref "$rev" --files config/cors.json README.md 2>&1)
code=$?
set -e
printf '%s\n' "$out"
[ "$code" -ne 0 ] || fail "corslint-system passed on a dangerous config"
grep -q 'config/cors.json:2:13: critical \[CORS001\]' <<<"$out" || fail "corslint-system output lacks the CORS001 finding"

echo "== try-repo after the fix (must pass)"
printf '%s\n' "$good" > config/cors.json
set +e
out=$(pre-commit try-repo "$hookrepo" corslint --ref "$rev" --files config/cors.json README.md 2>&1)
code=$?
set -e
printf '%s\n' "$out"
[ "$code" -eq 0 ] || fail "try-repo failed on a fixed config (exit $code)"

echo "== installed hook blocks a dangerous commit"
# Start from a repository holding only the hook config: the CORS config
# arrives in a commit of its own.
git rm -qf --cached config/cors.json
rm config/cors.json
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hookrepo
    rev: $rev
    hooks:
      - id: corslint
YAML
git add .pre-commit-config.yaml README.md
git commit -q --no-verify -m "pre-commit config"
pre-commit install >/dev/null
printf '%s\n' "$bad" > config/cors.json
git add config/cors.json
set +e
out=$(git commit -m "add CORS config" 2>&1)
code=$?
set -e
printf '%s\n' "$out"
[ "$code" -ne 0 ] || fail "the commit of a dangerous config went through"
grep -q 'CORS001' <<<"$out" || fail "the blocked commit does not show the finding"
git rev-parse -q --verify HEAD~1 >/dev/null && fail "a commit was created"

echo "== installed hook lets the fixed config through"
printf '%s\n' "$good" > config/cors.json
git add config/cors.json
git commit -q -m "add CORS config" || fail "the commit of a clean config was blocked"
[ "$(git log --format=%s -1)" = "add CORS config" ] || fail "no commit recorded"

echo "== SKIP=corslint skips the hook"
printf '%s\n' "$bad" > config/cors.json
git add config/cors.json
SKIP=corslint git commit -q -m "skipped on purpose" || fail "SKIP=corslint did not skip the hook"

echo "test-pre-commit: ok"
