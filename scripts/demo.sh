#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything, starts the reference provider with demo data on 127.0.0.1, and opens the
# dashboard pointed at it. Sign in as alice / demo-alice (or bob / demo-bob, sam / demo-sam).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ci privacy-dashboard privacy-provider  # only what the demo runs

data="${PD_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/privacy-dashboard-demo}"
mkdir -p "$data"
log="$data/provider.log"
build/bin/privacy-provider --listen 127.0.0.1:0 --data "$data" --demo >"$log" 2>&1 &
provider_pid=$!
trap 'kill $provider_pid 2>/dev/null || true' EXIT

url=""
# Up to two minutes: a first start hashes the demo accounts' passwords (PBKDF2, 600,000 iterations each).
for _ in $(seq 1 1200); do
  url=$(sed -n 's/^Listening on \(http[^ ]*\).*/\1/p' "$log" | head -n1)
  [ -n "$url" ] && break
  kill -0 $provider_pid 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo: the provider did not start; see $log" >&2; exit 1; }
echo "Reference provider with demo data at $url (log: $log)"
echo "Sign in as alice / demo-alice, bob / demo-bob or sam / demo-sam."
build/bin/privacy-dashboard --provider "$url" "$@"
