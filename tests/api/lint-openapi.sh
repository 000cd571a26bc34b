#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints an OpenAPI file with the Redocly CLI pinned by package-lock.json beside this script, under
# redocly.yaml's rules. The linter is installed with `npm ci` into TOOLS_DIR (a folder in the build
# tree, never the source tree): the first time, and again whenever package.json or the lock change.
# Usage: lint-openapi.sh TOOLS_DIR docs/api/openapi.yaml
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tools=$1 spec=$2
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "lint-openapi: $tool not found; on Debian: apt-get install nodejs npm (scripts/install-deps.sh does)" >&2
    exit 1
  fi
done
mkdir -p "$tools"
if ! cat "$here/package.json" "$here/package-lock.json" | cmp -s - "$tools/installed.stamp" ||
   [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$tools/"
  # No install scripts: the linter needs none, and nothing from the registry runs at install time.
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline)
  cat "$here/package.json" "$here/package-lock.json" >"$tools/installed.stamp"
fi
echo "node $(node --version), redocly $("$tools/node_modules/.bin/redocly" --version)"
# No usage reports and no update check: a test talks to nothing outside this machine.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec "$tools/node_modules/.bin/redocly" lint --config "$here/redocly.yaml" --format=stylish "$spec"
