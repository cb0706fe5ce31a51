#!/bin/sh
# Checks this project's customer policy: every file valid, every policy test passing, and, given a
# base revision, which decisions the change moves (as Markdown). CI runs it; so can you:
#
#   KEEPWISE="java -jar /path/to/keepwise.jar" BASE=origin/main ci/keepwise-checks.sh
#
# KEEPWISE   how to run Keepwise (default: keepwise)
# BASE       a git revision to diff the policy against; no diff when empty or when it has no policy.yaml
# FAIL_OVER  fail when more than this many decisions change (default: never)
set -eu
cd "$(dirname "$0")/.."
KEEPWISE=${KEEPWISE:-keepwise}
BASE=${BASE:-}
FAIL_OVER=${FAIL_OVER:-}

$KEEPWISE check policy.yaml site.yaml cases/*.yaml --data data
$KEEPWISE test --policy policy.yaml --junit policy-tests.xml cases/

# "./" makes the path relative to this directory, wherever the project sits in the repository.
if [ -n "$BASE" ] && git cat-file -e "$BASE:./policy.yaml" 2>/dev/null; then
  status=0
  $KEEPWISE diff --base "$BASE:./policy.yaml" --policy policy.yaml --data data --format markdown \
    ${FAIL_OVER:+--fail-over "$FAIL_OVER"} > policy-diff.md || status=$?
  cat policy-diff.md
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat policy-diff.md >> "$GITHUB_STEP_SUMMARY"
  fi
  exit "$status"
fi
