#!/usr/bin/env bash
# The whole test suite (run by `make test` after set-up): knowledge check, Rasa data
# validation, Rasa test stories, then pytest (unit, action, NLU, channel, real-process tests).
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1 PYTHONDONTWRITEBYTECODE=1
mkdir -p var results

echo "== knowledge base completeness (python -m knowledge check)"
.venv/bin/python -m knowledge check | tail -n 1

echo "== rasa data validate --fail-on-warnings"
.venv/bin/rasa data validate --fail-on-warnings --quiet > var/validate.log 2>&1 || { cat var/validate.log; exit 1; }
echo "ok"

echo "== rasa test (tests/test_stories.yml, --fail-on-prediction-errors)"
.venv/bin/rasa test core --model models/assistant.tar.gz --stories tests/test_stories.yml \
  --fail-on-prediction-errors --out results/stories > var/stories.log 2>&1 || { tail -n 60 var/stories.log; cat results/stories/failed_test_stories.yml 2>/dev/null; exit 1; }
grep -o "Correct:.*" var/stories.log | head -n 2 || true
echo "ok"

echo "== pytest"
.venv/bin/python -m pytest -q -p no:cacheprovider tests "$@"
