#!/usr/bin/env bash
# Starts the bot locally with demo data.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project bot/Pixfra.Rma.Bot --launch-profile Pixfra.Rma.Bot "$@"
