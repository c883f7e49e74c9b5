#!/usr/bin/env bash
# Runs every test of the project: installs what the suites need, then runs them all.
# The suites start their own servers (Agents Playground, Cosmos-compatible server, Azurite) on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-tools.sh

dotnet test Pixfra.Rma.Bot.sln --configuration Release --blame-hang-timeout 15m "$@"

# The benchmarks are run by hand (bench/README.md), but they must keep compiling against the bot.
dotnet build bench/Pixfra.Rma.Bench --configuration Release
