#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The launch benchmark of issue 13, run by scripts/bench.sh. On a private Xvfb display and D-Bus session
# (with a real gnome-keyring), it makes bob's cache the way a user does: starts the reference provider
# with bob at --scale server events, starts the real dashboard with --sign-in (the stand-in browser of
# the screen-reader check signs in as bob) and waits until its first sync has stored every event and
# the usage summary. Then, with the provider stopped (an offline start), it times --runs times, in turn:
#   bare       a bare Qt window (pd-bench-launch --bare-window)
#   dashboard  privacy-dashboard on the Usage tab, restoring bob's session from the keychain and cache
#   dbbrowser  DB Browser for SQLite (sqlitebrowser) opening the same cache file's server_events table
# each from launch until the screen settles, with pd-bench-launch watching the screen from outside.
#
#   bench/launch.sh --dashboard BIN --provider BIN --poller BIN --out DIR [--scale N] [--runs N]
#
# Writes DIR/launch.txt (key=value: sync_s, then run<i>.<program>.<key> for every run), the logs, and
# DIR/launch-<program>.png: the settled screen of the last run of each.
# Needs (scripts/install-deps.sh): xvfb xauth dbus gnome-keyring curl xdg-utils sqlite3 sqlitebrowser.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dashboard="" provider="" poller="" out="" scale=1000000 runs=3
args=("$@")
while [ $# -gt 0 ]; do
  case $1 in
    --dashboard) dashboard=$2; shift 2 ;;
    --provider) provider=$2; shift 2 ;;
    --poller) poller=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "launch.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$dashboard" ] || [ -z "$provider" ] || [ -z "$poller" ] || [ -z "$out" ]; then
  echo "launch.sh: give --dashboard, --provider, --poller and --out" >&2; exit 2
fi

# ---- outside: a private X display and session bus, then this script again inside them
if [ -z "${PD_LAUNCH_INSIDE:-}" ]; then
  missing=()
  for tool in xvfb-run xauth dbus-run-session gnome-keyring-daemon curl xdg-open sqlite3 sqlitebrowser; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "launch.sh: missing ${missing[*]}: run scripts/install-deps.sh" >&2; exit 2
  fi
  mkdir -p "$out"
  export PD_LAUNCH_INSIDE=1
  # 1280x800: the dashboard's and DB Browser's first windows both fit; no window manager, so
  # nothing else draws on the screen.
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- "$0" "${args[@]}"
fi

# ---- inside: DISPLAY and DBUS_SESSION_BUS_ADDRESS are ours alone
# shellcheck source=../tests/support/private-desktop.sh
. "$here/../tests/support/private-desktop.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pd-launch.XXXXXX")
provider_pid="" app_pid="" PD_KEYRING_PID=""
cleanup() {
  local rc=$?
  trap - EXIT TERM INT HUP
  pd_stop "$app_pid"; pd_stop "$provider_pid"; pd_stop "$PD_KEYRING_PID"
  wait 2>/dev/null || true
  for f in app provider browser; do [ -f "$tmp/$f.log" ] && cp "$tmp/$f.log" "$out/launch-$f.log"; done
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP

mkdir -p "$tmp/data" "$tmp/provider-data"
# A private home, the stand-in browser (it signs in as bob below) and a real unlocked keyring.
pd_private_desktop "$tmp" pd-bench-stand-in-browser
export QT_QPA_PLATFORM=xcb

result="$out/launch.txt"
: >"$result"
echo "launch.sh: starting the provider with bob at $scale events (seeding takes a while)" >&2
"$provider" --listen 127.0.0.1:0 --data "$tmp/provider-data" --demo --scale "$scale" \
  --test-password-iterations 1000 >"$tmp/provider.log" 2>&1 &
provider_pid=$!
url=""
for _ in $(seq 3000); do
  url=$(sed -n 's/^Listening on //p' "$tmp/provider.log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$provider_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] || { echo "launch.sh: the provider did not start" >&2; tail "$tmp/provider.log" >&2; exit 1; }

# bob signs in and the app syncs, as a user would; done when the cache says the sync ended
# (last_synced_at) with every event stored, the usage summary current and the sort indexes built.
echo "launch.sh: signing bob in and syncing $scale events through the dashboard" >&2
start=$(date +%s.%N)
PATH="$tmp/bin:$PATH" PD_A11Y_USER=bob PD_A11Y_PASSWORD=demo-bob PD_A11Y_BROWSER_LOG="$tmp/browser.log" \
  "$dashboard" --provider "$url" --sign-in --data-dir "$tmp/data" --tab 3 >"$tmp/app.log" 2>&1 &
app_pid=$!
cache=""
synced=""
for _ in $(seq 6000); do # up to 10 minutes
  kill -0 "$app_pid" 2>/dev/null || { echo "launch.sh: the dashboard ended during the sync" >&2; exit 1; }
  [ -n "$cache" ] || cache=$(find "$tmp/data" -name 'cache*.sqlite' 2>/dev/null | head -n 1)
  if [ -n "$cache" ]; then
    # ...and the six sort indexes, which the app builds after the summary (a start finding them
    # missing builds them again, in the background, which would be measured with the launch).
    synced=$(sqlite3 -readonly "$cache" "SELECT (SELECT COUNT(*) FROM meta WHERE key = 'last_synced_at')
      || '/' || (SELECT COUNT(*) FROM server_events)
      || '/' || (SELECT COUNT(*) FROM meta WHERE key = 'usage_summary_from' AND value <> '')
      || '/' || (SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'server_events_by_%')" 2>/dev/null || true)
    [ "$synced" = "1/$scale/0/6" ] && break
  fi
  sleep 0.1
done
[ "$synced" = "1/$scale/0/6" ] || { echo "launch.sh: the sync did not finish (cache: ${synced:-none})" >&2; exit 1; }
echo "sync_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')" >>"$result"
echo "cache_mib=$(du -m "$cache" | cut -f1)" >>"$result"
# What was measured, for a report that combines this run with older results of the other benchmarks.
echo "measured=$(git -C "$here/.." rev-parse --short HEAD 2>/dev/null || echo unknown) on $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)" >>"$result"
pd_stop "$app_pid"; app_pid=""
pd_stop "$provider_pid"; provider_pid=""
# One file, checkpointed, for both programs to open as it is.
sqlite3 "$cache" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
[ -z "${PD_LAUNCH_KEEP_CACHE:-}" ] || cp "$cache" "$PD_LAUNCH_KEEP_CACHE"

dbb_config="$tmp/dbbrowser-home"
for i in $(seq "$runs"); do
  for program in bare dashboard dbbrowser; do
    case $program in
      bare) cmd=("$poller" --bare-window) ;;
      dashboard) cmd=("$dashboard" --data-dir "$tmp/data" --tab 3) ;;
      # Its own settings folder, fresh each run, so no run starts with another's window state.
      dbbrowser) rm -rf "$dbb_config"; mkdir -p "$dbb_config"
        cmd=(env XDG_CONFIG_HOME="$dbb_config" sqlitebrowser -R -t server_events "$cache") ;;
    esac
    echo "launch.sh: run $i, $program" >&2
    frames=()
    # PD_LAUNCH_FRAMES=DIR: every frame that changed the screen, per program and run (to see the stages).
    if [ -n "${PD_LAUNCH_FRAMES:-}" ]; then mkdir -p "$PD_LAUNCH_FRAMES/$program-$i"; frames=(--frames "$PD_LAUNCH_FRAMES/$program-$i"); fi
    if ! "$poller" --save "$out/launch-$program.png" "${frames[@]}" -- "${cmd[@]}" >"$tmp/one.txt" 2>>"$tmp/app.log"; then
      echo "launch.sh: run $i of $program failed (see $out/launch-app.log)" >&2; exit 1
    fi
    sed "s/^/run$i.$program./" "$tmp/one.txt" >>"$result"
    sleep 1
  done
done
echo "launch.sh: done, $result" >&2
