#!/usr/bin/env bash
# Builds the Teams app package: manifest.json with the ids filled in, plus the two icons, zipped flat.
#   deployment/teams/build-package.sh <bot app id> [teams app id] [output zip]
# The bot app id is the Bicep output botAppId. The Teams app id defaults to the bot app id; keep it the same
# for every later version so Teams treats a new package as an update, and raise "version" in manifest.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bot_id="${1:?usage: build-package.sh <bot app id> [teams app id] [output zip]}"
app_id="${2:-$bot_id}"
out="${3:-$here/pixfra-rma-teams.zip}"

python3 - "$here" "$bot_id" "$app_id" "$out" <<'PY'
import json, pathlib, re, sys, zipfile
here, bot_id, app_id, out = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], pathlib.Path(sys.argv[4])
guid = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
for name, value in (("bot app id", bot_id), ("Teams app id", app_id)):
    if not guid.match(value):
        sys.exit(f"The {name} must be a GUID; got '{value}'.")
manifest = json.loads((here / "manifest.json").read_text(encoding="utf-8"))
manifest["id"] = app_id
for bot in manifest["bots"]:
    bot["botId"] = bot_id
out.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
    package.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    for icon in (manifest["icons"]["color"], manifest["icons"]["outline"]):
        package.write(here / icon, icon)
print(out)
PY
