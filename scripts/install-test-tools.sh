#!/usr/bin/env bash
# Installs the tools the test suites use, so a fresh clone needs nothing installed by hand.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

for lock in $(find tests -name package-lock.json -not -path '*/node_modules/*'); do
  dir=$(dirname "$lock")
  if [ ! -d "$dir/node_modules" ] || [ "$lock" -nt "$dir/node_modules" ]; then
    echo "npm ci in $dir"
    # npm_config_yes: some install scripts call npx, which the machine's ~/.npmrc would otherwise cancel.
    (cd "$dir" && npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
    touch "$dir/node_modules"
  fi
done

# The end-to-end suite drives the Agents Playground's web UI in Debian's chromium (playwright-core downloads no browser).
command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
