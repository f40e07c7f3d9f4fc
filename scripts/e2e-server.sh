#!/usr/bin/env bash
# The server Playwright starts: a production build over a fresh embedded database.
# E2E_PORT picks the port, and with it a separate data folder and build folder.
set -euo pipefail
port=${E2E_PORT:-3100}
rm -rf ".data/e2e-$port"
# Every test signs up from 127.0.0.1: lift the per-address sign-up limit (its own test is in vitest).
# Reset links point at this server and land in its outbox page (no SMTP in tests). E2E_SEED_ROUTES
# turns on /api/e2e/* (seeding through the app: nothing else can open the embedded database meanwhile).
export DOSSIER_DATA_DIR=".data/e2e-$port/pglite" SEED_DEMO=false PORT=$port SIGN_UP_PER_IP_PER_HOUR=10000 APP_URL="http://localhost:$port" MAIL_OUTBOX=true E2E_SEED_ROUTES=true
if [ "$port" != 3100 ]; then export NEXT_DIST_DIR=".next-e2e-$port"; fi
# The studio journeys need an editor, and nobody can sign up as one (e2e/studio-support.ts).
npm run --silent db:migrate >/dev/null
npx tsx --conditions=react-server scripts/e2e-editor.ts editor-e2e@example.test "correct horse battery" >/dev/null
exec npm start
