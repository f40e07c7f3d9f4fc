#!/usr/bin/env bash
# `npm test`: every check CI runs, in order; prints one line per step and a final summary.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

passed=0; failed=0; failures=()
step() {
  local name=$1; shift
  local started=$SECONDS
  echo "::: $name"
  if "$@"; then
    passed=$((passed + 1)); echo "::: $name: ok ($((SECONDS - started))s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "::: $name: FAILED ($((SECONDS - started))s)"
  fi
}

postgres_answers() {
  node -e "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"
}

step "lint" npx eslint . --max-warnings 0
step "typecheck" npx tsc --noEmit -p .
step "content check" npm run --silent content:check
if [ -f ../shared/tools/copycheck.py ] && [ -d ../shared/articles ]; then
  step "copycheck" python3 ../shared/tools/copycheck.py . ../shared/articles
fi
step "unit and integration tests (PGlite)" npx vitest run
if postgres_answers; then
  step "integration tests (PostgreSQL)" env TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run server scripts
else
  echo "::: PostgreSQL on 127.0.0.1:5432 did not answer: skipping the PostgreSQL pass"
fi
step "end-to-end and accessibility (Playwright, Chromium)" npx playwright test
# Kill -9, PostgreSQL restart and unwritable-folder tests on real server processes; they reuse the
# production build in .next that the Playwright step just made.
step "fault tests (server processes)" npm run --silent test:faults

echo
[ "$failed" -gt 0 ] && echo "failed steps: ${failures[*]}"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
