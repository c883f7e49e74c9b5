#!/usr/bin/env bash
# Starts the bot locally (authentication off, Development, in-memory/demo data) and the Microsoft 365
# Agents Playground in front of it: open the URL it prints in a browser to chat with the bot as a Teams
# user. A second Playground is Pixfra support (the demo staff member; its team channel is the bot's staff
# channel, where "talk to support" posts its card). Ctrl-C stops all. Ports: BOT_PORT (3978),
# PLAYGROUND_PORT (56150), STAFF_PLAYGROUND_PORT (56151).
set -euo pipefail
cd "$(dirname "$0")"

bot_port=${BOT_PORT:-3978}
playground_port=${PLAYGROUND_PORT:-56150}
staff_port=${STAFF_PLAYGROUND_PORT:-56151}
staff_channel="19:channel-staff-handoffs@thread.tacv2"
staff_tenant="00000000-0000-0000-0000-0000000000777"
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
(cd bot/Pixfra.Rma.Bot && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$bot_port" Urls="http://127.0.0.1:$bot_port" MicrosoftAppId="" \
  Support__StaffChannel__ServiceUrl="http://127.0.0.1:$staff_port/_connector/" Support__StaffChannel__ConversationId="$staff_channel" \
  Support__StaffChannel__TenantId="$staff_tenant" \
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

# Pixfra support: the demo staff member (demo-data.json, by Entra object id) in its own tenant and team.
staff_dir=.data/staff-playground
mkdir -p "$staff_dir"
user() { # id given surname aad
  printf '  - id: "%s"\n    name: "%s %s"\n    userPrincipleName: "%s@example.com"\n    aadObjectId: "%s"\n    givenName: "%s"\n    surname: "%s"\n    email: "%s@example.com"\n' \
    "$1" "$2" "$3" "$2" "$4" "$2" "$3" "$2"
}
{
  echo 'version: "0.1.1"'
  echo "tenantId: \"$staff_tenant\""
  echo 'bot:'; echo '  id: "28:pixfra-rma-bot"'; echo '  name: "Pixfra RMA"'
  echo 'currentUser:'; user "29:zhang-min" Zhang Min "00000000-0000-0000-0000-0000000000099" | sed 's/^  - /  /; s/^    /  /'
  echo 'users:'
  user "29:li-wei" Li Wei "00000000-0000-0000-0000-000000000081"; user "29:chen-jie" Chen Jie "00000000-0000-0000-0000-000000000082"
  user "29:wang-fang" Wang Fang "00000000-0000-0000-0000-000000000083"; user "29:liu-yang" Liu Yang "00000000-0000-0000-0000-000000000084"
  user "29:zhao-lei" Zhao Lei "00000000-0000-0000-0000-000000000085"
  echo 'personalChat:'; echo '  id: "a:personal-chat-zhang"'
  echo 'groupChat:'; echo '  id: "19:group-chat-staff@thread.v2"'; echo '  name: "Support group"'
  echo 'team:'; echo '  id: "19:team-pixfra-staff@thread.tacv2"'; echo '  name: "Pixfra Support"'; echo '  aadGroupId: "00000000-0000-0000-0000-000000000031"'
  echo '  channels:'; echo "    - id: \"$staff_channel\""; echo '      name: "RMA escalations"'
} > "$staff_dir/.m365agentsplayground.yml"
(cd "$staff_dir" && APPLICATION_INSIGHTS_NO_STATSBEAT=true TEAMSAPPTESTER_BROWSER=none exec node \
  "../../$playground_js/node_modules/@microsoft/m365agentsplayground/cli.js" \
  --app-endpoint "http://127.0.0.1:$bot_port/api/messages" --channel-id msteams \
  --port "$staff_port" --service-url "http://127.0.0.1:$staff_port/_connector" --disable-telemetry) &
pids+=($!)

echo
echo "Bot:        http://127.0.0.1:$bot_port/api/messages (health: /healthz)"
echo "Playground: open http://127.0.0.1:$playground_port/ in a browser (if it says another port below, use that one)"
echo "Support:    open http://127.0.0.1:$staff_port/ as Pixfra support (channel \"RMA escalations\" gets the handoff cards)"
echo "Ctrl-C stops all."
wait -n "${pids[@]}"
