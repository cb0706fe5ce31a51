#!/bin/sh
# Checks this project's customer policy: every file valid, every policy test passing, and, given a
# base revision, which decisions the change moves (as Markdown). CI runs it; so can you:
#
#   KEEPWISE="java -jar /path/to/keepwise.jar" BASE=origin/main ci/keepwise-checks.sh
#
# KEEPWISE            how to run Keepwise (default: keepwise)
# BASE                a git revision to diff the policy against; no diff when empty (and a line says so)
# ALLOW_MISSING_BASE  1: when BASE is set but that revision or its policy.yaml cannot be found, skip the
#                     diff with a warning instead of failing (for the pull request that adds the policy)
# FAIL_OVER           fail when more than this many decisions change (default: never)
set -eu
cd "$(dirname "$0")/.."
KEEPWISE=${KEEPWISE:-keepwise}
BASE=${BASE:-}
FAIL_OVER=${FAIL_OVER:-}
ALLOW_MISSING_BASE=${ALLOW_MISSING_BASE:-}

$KEEPWISE check policy.yaml site.yaml cases/*.yaml --data data
$KEEPWISE test --policy policy.yaml --junit policy-tests.xml cases/

if [ -z "$BASE" ]; then
  echo "keepwise-checks: no policy diff: BASE is not set (set it to the revision to compare with, e.g. BASE=origin/main)"
  exit 0
fi
# "./" makes the path relative to this directory, wherever the project sits in the repository.
missing=
if ! git rev-parse --verify --quiet "$BASE^{commit}" >/dev/null 2>&1; then
  missing="the base revision '$BASE' is not in this repository (a shallow clone? fetch it, e.g. fetch-depth: 0 on GitHub Actions)"
elif ! git cat-file -e "$BASE:./policy.yaml" 2>/dev/null; then
  missing="the base revision '$BASE' has no policy.yaml here (a new policy, or a moved one?)"
fi
if [ -n "$missing" ]; then
  if [ "$ALLOW_MISSING_BASE" = 1 ]; then
    echo "keepwise-checks: warning: the policy diff was skipped: $missing (ALLOW_MISSING_BASE=1)" >&2
    exit 0
  fi
  echo "keepwise-checks: the policy diff was skipped: $missing; set ALLOW_MISSING_BASE=1 to allow that" >&2
  exit 1
fi
status=0
$KEEPWISE diff --base "$BASE:./policy.yaml" --policy policy.yaml --data data --format markdown \
  ${FAIL_OVER:+--fail-over "$FAIL_OVER"} > policy-diff.md || status=$?
cat policy-diff.md
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat policy-diff.md >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
