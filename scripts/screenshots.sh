#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots under docs/screenshots/ from the real window: the GUI test signs in to a
# real reference provider as alice and grabs each tab (PD_SCREENSHOT_DIR), offscreen, once per
# language (PD_SCREENSHOT_LANG: en, zh_HK, zh_CN). Writes docs/screenshots/<tab>-<lang>.png.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bin/tst_gui_main ] || scripts/build.sh ci
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
mkdir -p docs/screenshots
for lang in en zh_HK zh_CN; do
    mkdir -p "$shots/$lang"
    # The pictures are taken along the way; the test's checks hold in every language, so a failure stops here.
    if ! PD_SCREENSHOT_DIR="$shots/$lang" PD_SCREENSHOT_LANG="$lang" QT_QPA_PLATFORM=offscreen \
        build/bin/tst_gui_main >"$shots/$lang.log" 2>&1; then
        cat "$shots/$lang.log" >&2
        echo "error: tst_gui_main failed in $lang" >&2
        exit 1
    fi
    for page in overview personal usage devices cookies consent requests; do
        src=$(ls "$shots/$lang"/tab-[0-9]*-"${page}Page.png" 2>/dev/null | head -n1 || true)
        if [ -z "$src" ]; then
            echo "error: no screenshot of the $page tab ($lang)" >&2
            exit 1
        fi
        cp "$src" "docs/screenshots/$page-$lang.png"
    done
    cp "$shots/$lang/welcome-signing-in.png" "docs/screenshots/welcome-$lang.png"
done
echo "screenshots written to docs/screenshots/"
