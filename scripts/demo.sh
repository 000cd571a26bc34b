#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything, starts the reference provider with demo data on 127.0.0.1, and opens the
# dashboard pointed at it. Sign in as alice / demo-alice (or bob / demo-bob, sam / demo-sam).
#
#   scripts/demo.sh [--tls] [options for privacy-dashboard...]
#
# --tls: over HTTPS. A local certificate authority and a certificate for 127.0.0.1 signed by it are
# made with openssl in the demo's data folder (tls/, once; made again when they are about to expire),
# the provider serves HTTPS with them, and the app trusts that CA through its CA file (--ca-file,
# the same as Settings > Certificate authority file). Nothing is added to the system's trust store.
set -euo pipefail
cd "$(dirname "$0")/.."

tls=0
app_args=()
for arg in "$@"; do
  if [ "$arg" = "--tls" ]; then tls=1; else app_args+=("$arg"); fi
done
scripts/install-deps.sh
scripts/build.sh ci privacy-dashboard privacy-provider  # only what the demo runs

data="${PD_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/privacy-dashboard-demo}"
mkdir -p "$data"
log="$data/provider.log"
provider_args=(--listen 127.0.0.1:0 --data "$data" --demo)
app_tls=()
if [ "$tls" = 1 ]; then
  tlsdir="$data/tls"
  (umask 077 && mkdir -p "$tlsdir")
  # Made once and reused; made again if missing or expiring within a day.
  if ! openssl x509 -checkend 86400 -noout -in "$tlsdir/server.pem" >/dev/null 2>&1 \
     || ! openssl x509 -checkend 86400 -noout -in "$tlsdir/ca.pem" >/dev/null 2>&1; then
    echo "demo: making a local certificate authority and a certificate for 127.0.0.1 in $tlsdir"
    (
      umask 077
      cd "$tlsdir"
      openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 825 \
        -subj "/CN=Privacy Dashboard demo CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
      openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=127.0.0.1" 2>/dev/null
      printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >server.ext
      openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 365 \
        -extfile server.ext -out server.pem 2>/dev/null
      rm -f server.csr server.ext
    )
  fi
  provider_args+=(--tls-cert "$tlsdir/server.pem" --tls-key "$tlsdir/server.key")
  app_tls=(--ca-file "$tlsdir/ca.pem")
fi
build/bin/privacy-provider "${provider_args[@]}" >"$log" 2>&1 &
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
[ "$tls" = 1 ] && echo "Over HTTPS; the app trusts the demo CA $tlsdir/ca.pem (remembered in its settings)."
echo "Sign in as alice / demo-alice, bob / demo-bob or sam / demo-sam."
build/bin/privacy-dashboard --provider "$url" ${app_tls[@]+"${app_tls[@]}"} ${app_args[@]+"${app_args[@]}"}
