#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots under docs/screenshots/ from the real window: the GUI test signs in to a
# real reference provider as alice and grabs each tab (PD_SCREENSHOT_DIR), offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bin/tst_gui_main ] || scripts/build.sh ci
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
# The pictures are taken along the way; a failing check is reported but does not stop them.
PD_SCREENSHOT_DIR="$shots" QT_QPA_PLATFORM=offscreen build/bin/tst_gui_main >/dev/null || echo "note: tst_gui_main reported failures" >&2
mkdir -p docs/screenshots
cp "$shots/tab-1-overviewPage.png" docs/screenshots/overview-en.png
cp "$shots/tab-2-personalPage.png" docs/screenshots/personal-en.png
cp "$shots/tab-3-usagePage.png" docs/screenshots/usage-en.png
cp "$shots/tab-4-devicesPage.png" docs/screenshots/devices-en.png
cp "$shots/tab-5-cookiesPage.png" docs/screenshots/cookies-en.png
cp "$shots/welcome-signing-in.png" docs/screenshots/welcome-en.png
echo "screenshots written to docs/screenshots/"
