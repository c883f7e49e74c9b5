#!/usr/bin/env bash
# Starts the bot locally (authentication off, Development, in-memory/demo data) and the Microsoft 365
# Agents Playground in front of it: open the URL it prints in a browser to chat with the bot as a Teams
# user. Ctrl-C stops both. Ports: BOT_PORT (3978), PLAYGROUND_PORT (56150).
set -euo pipefail
cd "$(dirname "$0")"

bot_port=${BOT_PORT:-3978}
playground_port=${PLAYGROUND_PORT:-56150}
playground_js=tests/Pixfra.Rma.EndToEnd.Tests/js   # the same pinned Playground the end-to-end suite uses

if [ ! -d "$playground_js/node_modules/@microsoft/m365agentsplayground" ]; then
  echo "Installing the Agents Playground (npm ci in $playground_js)…"
  (cd "$playground_js" && npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
fi

echo "Building the bot…"
trap 'exit 130' INT
dotnet build bot/Pixfra.Rma.Bot --configuration Debug --nologo --verbosity quiet

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  exit "${1:-0}"
}
trap 'stop 130' INT
trap 'stop 143' TERM
trap 'stop $?' EXIT

# Run from the content root so appsettings*.json are found.
(cd bot/Pixfra.Rma.Bot && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$bot_port" MicrosoftAppId="" \
  exec dotnet bin/Debug/net10.0/Pixfra.Rma.Bot.dll) &
pids+=($!)

for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$bot_port/healthz" >/dev/null || { echo "The bot did not start on port $bot_port." >&2; exit 1; }

playground_dir=.data/playground
mkdir -p "$playground_dir"
(cd "$playground_dir" && APPLICATION_INSIGHTS_NO_STATSBEAT=true TEAMSAPPTESTER_BROWSER=none exec node \
  "../../$playground_js/node_modules/@microsoft/m365agentsplayground/cli.js" \
  --app-endpoint "http://127.0.0.1:$bot_port/api/messages" --channel-id msteams \
  --port "$playground_port" --service-url "http://127.0.0.1:$playground_port/_connector" --disable-telemetry) &
pids+=($!)

echo
echo "Bot:        http://127.0.0.1:$bot_port/api/messages (health: /healthz)"
echo "Playground: open http://127.0.0.1:$playground_port/ in a browser (if it says another port below, use that one)"
echo "Ctrl-C stops both."
wait -n "${pids[@]}"
