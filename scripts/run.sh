#!/usr/bin/env bash
# Start the action server and the Rasa server; Ctrl-C (or SIGTERM) stops both.
# Settings (environment): RASA_PORT (5005), ACTION_PORT (5055), RASA_API_TOKEN (else a
# generated local secret in var/api_token), KNOWLEDGE_DB, TRACKER_DB, RASA_MODEL,
# RASA_CORS_ORIGINS (space-separated origins allowed to call the server from a browser),
# AGENT_TOKEN (else a generated local secret in var/agent_token), AGENT_FEEDBACK_DB,
# RASA_CREDENTIALS (channels file, default credentials.yml), RASA_ENDPOINTS (action server,
# tracker store: default endpoints.yml).
# Both servers log through bot/logging_filter.py (scripts/logging.yml): ID, mobile and bank
# card numbers are masked in every log line.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
RASA_PORT=${RASA_PORT:-5005}
ACTION_PORT=${ACTION_PORT:-5055}
export KNOWLEDGE_DB=${KNOWLEDGE_DB:-knowledge/guides.db}
export TRACKER_DB=${TRACKER_DB:-var/tracker.db}
export RASA_MODEL=${RASA_MODEL:-models/assistant.tar.gz}
RASA_CREDENTIALS=${RASA_CREDENTIALS:-credentials.yml}
RASA_ENDPOINTS=${RASA_ENDPOINTS:-endpoints.yml}
export ACTION_ENDPOINT_URL=${ACTION_ENDPOINT_URL:-http://127.0.0.1:${ACTION_PORT}/webhook}
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"  # bot.* importable before Rasa adds the cwd
mkdir -p "$(dirname "$TRACKER_DB")" var

[ -x .venv/bin/rasa ] || { echo "error: no virtual environment: run 'make run' (or 'make setup')" >&2; exit 1; }
[ -s "$KNOWLEDGE_DB" ] || { echo "error: knowledge base $KNOWLEDGE_DB not found: run 'make kb'" >&2; exit 1; }
[ -s "$RASA_MODEL" ] || { echo "error: no trained model at $RASA_MODEL: run 'make model'" >&2; exit 1; }
[ -s "$RASA_CREDENTIALS" ] || { echo "error: channels file $RASA_CREDENTIALS not found (RASA_CREDENTIALS)" >&2; exit 1; }
[ -s "$RASA_ENDPOINTS" ] || { echo "error: endpoints file $RASA_ENDPOINTS not found (RASA_ENDPOINTS)" >&2; exit 1; }

secret() {  # secret NAME FILE: the environment variable, else a generated local secret
  local name=$1 file=$2
  if [ -z "${!name:-}" ]; then
    [ -s "$file" ] || (umask 077; .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))' > "$file")
    printf -v "$name" '%s' "$(cat "$file")"
  fi
  export "$name"
}
secret RASA_API_TOKEN var/api_token
secret WECHAT_TOKEN var/wechat_token
secret AGENT_TOKEN var/agent_token
export AGENT_FEEDBACK_DB=${AGENT_FEEDBACK_DB:-var/agent_feedback.db}
mkdir -p "$(dirname "$AGENT_FEEDBACK_DB")"
export WECHAT_ENCODING_AES_KEY=${WECHAT_ENCODING_AES_KEY:-} WECHAT_APPID=${WECHAT_APPID:-} \
  WECHAT_SECRET=${WECHAT_SECRET:-} WECHAT_API_BASE=${WECHAT_API_BASE:-https://api.weixin.qq.com}
cors=()
# one --cors with all origins: a repeated --cors would keep only the last one
for origin in ${RASA_CORS_ORIGINS:-}; do cors+=("$origin"); done
[ ${#cors[@]} -eq 0 ] || cors=(--cors "${cors[@]}")

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "assistant stopped"
}
trap stop INT TERM EXIT

.venv/bin/rasa run actions --actions actions --port "$ACTION_PORT" --logging-config-file scripts/logging.yml &
pids+=($!)
.venv/bin/rasa run --model "$RASA_MODEL" --port "$RASA_PORT" --enable-api --auth-token="$RASA_API_TOKEN" \
  --credentials "$RASA_CREDENTIALS" --endpoints "$RASA_ENDPOINTS" --logging-config-file scripts/logging.yml "${cors[@]}" &
pids+=($!)

for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:${RASA_PORT}/status?token=${RASA_API_TOKEN}" >/dev/null 2>&1 \
     && curl -fs "http://127.0.0.1:${ACTION_PORT}/health" >/dev/null 2>&1; then
    echo "assistant ready:"
    echo "  REST:          POST http://localhost:${RASA_PORT}/webhooks/rest/webhook  {\"sender\": \"me\", \"message\": \"身份证丢了怎么补办\"}"
    echo "  HTTP API:      http://localhost:${RASA_PORT}/ (token in RASA_API_TOKEN or var/api_token)"
    echo "  WeChat:        http://localhost:${RASA_PORT}/webhooks/wechat/webhook (token in WECHAT_TOKEN or var/wechat_token)"
    echo "  Web widget:    http://localhost:${RASA_PORT}/webhooks/widget/  (demo page; embed /webhooks/widget/widget.js)"
    echo "  Agent:         http://localhost:${RASA_PORT}/webhooks/agent/  (token in AGENT_TOKEN or var/agent_token)"
    echo "  Ctrl-C stops both servers"
    break
  fi
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "error: a server exited during start-up (see above)" >&2; exit 1; }; done
  sleep 0.5
done
wait -n "${pids[@]}"
echo "error: a server exited; stopping the other" >&2
exit 1
