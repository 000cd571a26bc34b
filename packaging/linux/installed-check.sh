#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run as root inside a fresh Debian 12 (scripts/fresh-machine.sh --package does): installs the DEBs
# in DIR with apt, uses what they installed, removes them and checks that nothing of them is left.
#   installed-check.sh DIR [SCREENSHOT_DIR]
set -euo pipefail
dir=$(cd "$1" && pwd)
shots="${2:-$dir}"
id=hk.cn2.PrivacyDashboard
step() { echo "== $*"; }
fail() { echo "installed-check: FAIL: $*" >&2; exit 1; }

step "apt-get install the packages (with their recommendations)"
apt-get update -q >/dev/null
# A Chinese desktop has CJK fonts; a minbase root has no fonts at all.
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$dir"/privacy-dashboard_*.deb "$dir"/privacy-provider_*.deb \
  fonts-noto-cjk curl >/dev/null

step "privacy-dashboard --version"
privacy-dashboard --version | tee /dev/stderr | grep -q "Privacy Dashboard" || fail "--version"

step "installed files in their places"
for f in /usr/bin/privacy-dashboard /usr/bin/privacy-provider \
         /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/icons/hicolor/48x48/apps/$id.png \
         /usr/share/icons/hicolor/512x512/apps/$id.png \
         /usr/share/man/man1/privacy-dashboard.1.gz /usr/share/man/man1/privacy-provider.1.gz \
         /usr/share/doc/privacy-dashboard/copyright /usr/share/doc/privacy-provider/copyright; do
  [ -f "$f" ] || fail "missing $f"
  echo "ok $f"
done
# Qt's own strings (Cancel, OK) in Chinese come with the recommended qt6-translations-l10n.
[ -f /usr/share/qt6/translations/qtbase_zh_TW.qm ] || fail "Qt's Chinese translations were not installed"

step "the translations are found when installed: --help in Traditional Chinese"
help=$(LANG=zh_HK.UTF-8 QT_QPA_PLATFORM=offscreen privacy-dashboard --help)
echo "$help" | head -3
grep -q "查看 Hong Kong Cloud" <<<"$help" || fail "--help is not in Traditional Chinese"

step "the installed provider starts and serves"
data=$(mktemp -d)
privacy-provider --listen 127.0.0.1:0 --data "$data" --demo --test-password-iterations 1000 >"$data/log" 2>&1 &
provider=$!
trap 'kill $provider 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 600); do
  url=$(sed -n 's/^Listening on \(http[^ ]*\).*/\1/p' "$data/log" | head -n1)
  [ -n "$url" ] && break
  kill -0 $provider 2>/dev/null || { cat "$data/log" >&2; fail "the provider stopped"; }
  sleep 0.1
done
[ -n "$url" ] || fail "the provider did not start"
curl -fsS "${url}v1/policy" | head -c 120; echo
[ "$(stat -c %a "$data")" = 700 ] || fail "the provider's data folder is not 0700"

step "the window, offscreen, in English and in Traditional Chinese"
for lang in en_GB zh_HK; do
  home=$(mktemp -d)
  HOME=$home LANG=$lang.UTF-8 QT_QPA_PLATFORM=offscreen \
    privacy-dashboard --provider "$url" --screenshot "$shots/installed-$lang.png" || fail "no window ($lang)"
  [ -s "$shots/installed-$lang.png" ] || fail "no screenshot ($lang)"
  echo "ok $shots/installed-$lang.png"
done
kill $provider; wait $provider 2>/dev/null || true
trap - EXIT

step "apt-get purge: nothing of the packages is left"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q privacy-dashboard privacy-provider >/dev/null
for p in privacy-dashboard privacy-provider; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q installed; then fail "$p is still installed"; fi
done
left=$(find /usr /etc /var/lib/dpkg/info \( -name "*privacy-dashboard*" -o -name "*privacy-provider*" -o -name "$id*" \) \
       -not -path '/usr/share/doc/*' 2>/dev/null || true)
left+=$(find /usr/share/doc -maxdepth 1 -name 'privacy-*' 2>/dev/null || true)
[ -z "$left" ] || fail "left behind: $left"
echo "installed-check: all passed"
