#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The screen-reader check (CTest a11y_screen_reader): starts the real dashboard under Xvfb with the
# AT-SPI bus on, signed in to a real reference provider (as alice, or --user) through the browser
# path, and reads it with a11y_check.py the way Orca does. See docs/accessibility.md.
#
#   run-a11y-check.sh --provider PROVIDER_BIN --dashboard DASHBOARD_BIN --out DIR
#                     [--user NAME --password PASSWORD] [--staff]
#   (--staff: the account is staff or a supervisor, e.g. --user kim --password demo-kim: the check
#   walks the staff workspace instead of the customer's tabs; CTest a11y_screen_reader_staff)
#   run-a11y-check.sh --fixture FIXTURE_BIN --out DIR --expect RULE,... [--clean TEXT]   (self-test)
#
# Needs (scripts/install-deps.sh): xvfb xauth dbus at-spi2-core python3-pyatspi gnome-keyring
# xdg-utils curl. Works as root and without a desktop (CI). Writes DIR/a11y-tree.txt (the tree),
# DIR/a11y-report.txt (what it printed) and the logs of the app, the provider and the browser.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
provider="" dashboard="" fixture="" out="" expect="" clean="" user="" password="" staff=""
args=("$@")
while [ $# -gt 0 ]; do
  case $1 in
    --provider) provider=$2; shift 2 ;;
    --dashboard) dashboard=$2; shift 2 ;;
    --fixture) fixture=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --expect) expect=$2; shift 2 ;;
    --clean) clean=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    --staff) staff=1; shift ;;
    *) echo "run-a11y-check: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$out" ] || { echo "run-a11y-check: --out DIR is required" >&2; exit 2; }
if [ -z "$fixture" ] && { [ -z "$provider" ] || [ -z "$dashboard" ]; }; then
  echo "run-a11y-check: give --provider and --dashboard (or --fixture)" >&2; exit 2
fi

# ---- outside: check the tools, then run this script again inside Xvfb and a private D-Bus session
if [ -z "${PD_A11Y_INSIDE:-}" ]; then
  missing=()
  for tool in xvfb-run xauth dbus-run-session gnome-keyring-daemon curl xdg-open timeout; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  [ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(/usr/libexec/at-spi-bus-launcher)
  # The python3 first on PATH may be another install without pyatspi: always /usr/bin/python3.
  /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=("pyatspi for /usr/bin/python3")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "run-a11y-check: missing ${missing[*]}: run scripts/install-deps.sh" >&2
    exit 2
  fi
  mkdir -p "$out"
  export PD_A11Y_INSIDE=1
  # Bounded: the whole run, Xvfb and the session bus included, ends within 240 s (CTest allows 300).
  # timeout runs it in a process group of its own and passes TERM/INT/HUP on to all of it, so the
  # inner copy's trap stops everything it started.
  exec 3> >(tee "$out/a11y-report.txt")
  tee_pid=$!
  timeout -k 10 "${PD_A11Y_TIMEOUT:-240}" \
    xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
    dbus-run-session -- "$0" "${args[@]}" >&3 2>&1 &
  run_pid=$!
  exec 3>&- # from here only the run writes to tee: tee ends when the run and all it started have
  trap 'kill -TERM "$run_pid" 2>/dev/null; wait "$run_pid"; exit 143' TERM INT HUP
  rc=0
  wait "$run_pid" || rc=$?
  trap - TERM INT HUP
  # tee has written the last lines once it has ended (bounded, in case a stray child of the run
  # still holds its pipe open).
  for _ in $(seq 50); do kill -0 "$tee_pid" 2>/dev/null || break; sleep 0.1; done
  if [ "$rc" -eq 124 ]; then
    echo "run-a11y-check: timed out after ${PD_A11Y_TIMEOUT:-240} s" | tee -a "$out/a11y-report.txt"
  fi
  exit "$rc"
fi

# ---- inside: DISPLAY and DBUS_SESSION_BUS_ADDRESS are ours alone
# shellcheck source=../support/private-desktop.sh
. "$here/../support/private-desktop.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pd-a11y.XXXXXX")
app_pid="" launcher_pid="" PD_KEYRING_PID=""

cleanup() {
  local rc=$?
  trap - EXIT TERM INT HUP
  pd_stop "$app_pid"
  # The check restarts the provider when it tests offline/online; the pid file has the live one.
  [ -f "$tmp/provider.pid" ] && pd_stop "$(cat "$tmp/provider.pid")"
  pd_stop "$PD_KEYRING_PID"
  pd_stop "$launcher_pid"
  wait 2>/dev/null || true
  for f in app provider browser; do
    [ -f "$tmp/$f.log" ] && cp "$tmp/$f.log" "$out/a11y-$f.log"
  done
  # In a sanitizer build (the asan preset) a report in the app or the provider fails the check too,
  # though the check itself passed: their output goes to these logs, not to ours.
  for f in app provider; do
    if [ -f "$tmp/$f.log" ] && grep -qE '(ERROR: (Address|Leak)Sanitizer|runtime error: |SUMMARY: UndefinedBehaviorSanitizer)' "$tmp/$f.log"; then
      echo "run-a11y-check: a sanitizer report in the $f log ($out/a11y-$f.log):" >&2
      grep -E -A 30 '(ERROR: (Address|Leak)Sanitizer|runtime error: )' "$tmp/$f.log" | head -n 60 >&2
      [ "$rc" -ne 0 ] || rc=1
    fi
  done
  if [ "$rc" -ne 0 ]; then
    for f in app browser provider; do
      [ -s "$tmp/$f.log" ] || continue
      echo "---- last lines of the $f log ($out/a11y-$f.log) ----"
      tail -n 25 "$tmp/$f.log"
    done
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP

mkdir -p "$tmp/data" "$tmp/provider-data" "$out"
# A private home, the stand-in browser as the handler of http links, a real unlocked keyring.
pd_private_desktop "$tmp" pd-a11y-stand-in-browser
# The accessibility bus is the one started below, found through this session bus.
unset AT_SPI_BUS_ADDRESS NO_AT_BRIDGE
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1

# The accessibility bus (what Orca's session would have started).
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$tmp/at-spi.log" 2>&1 &
launcher_pid=$!
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done

check=(/usr/bin/python3 "$here/a11y_check.py" --tree "$out/a11y-tree.txt")

if [ -n "$fixture" ]; then
  "$fixture" >"$tmp/app.log" 2>&1 &
  app_pid=$!
  "${check[@]}" --pid "$app_pid" --fixture --expect "$expect" ${clean:+--clean "$clean"}
  exit $?
fi

"$provider" --listen 127.0.0.1:0 --data "$tmp/provider-data" --demo --test-hooks --test-password-iterations 1000 >"$tmp/provider.log" 2>&1 &
echo $! >"$tmp/provider.pid"
url=""
for _ in $(seq 300); do
  url=$(sed -n 's/^Listening on //p' "$tmp/provider.log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$(cat "$tmp/provider.pid")" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "run-a11y-check: the provider did not start" >&2
  exit 2
fi
echo "run-a11y-check: provider at $url"

# The stand-in browser (started by xdg-open, from the app's environment) signs in as this account.
[ -z "$user" ] || export PD_A11Y_USER="$user"
[ -z "$password" ] || export PD_A11Y_PASSWORD="$password"
echo "run-a11y-check: signing in as ${PD_A11Y_USER:-alice}${staff:+ (staff workspace)}"
PATH="$tmp/bin:$PATH" PD_A11Y_BROWSER_LOG="$tmp/browser.log" \
  "$dashboard" --provider "$url" --sign-in --data-dir "$tmp/data" >"$tmp/app.log" 2>&1 &
app_pid=$!

"${check[@]}" --pid "$app_pid" --known "$here/known-defects.txt" ${staff:+--staff} \
  --provider "$provider" --provider-data "$tmp/provider-data" --provider-url "$url" \
  --provider-pid-file "$tmp/provider.pid"
