#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots under docs/screenshots/ from the real window: the GUI tests sign in to a
# real reference provider and grab what they show (PD_SCREENSHOT_DIR), offscreen, once per
# language (PD_SCREENSHOT_LANG: en, zh_HK, zh_CN). Writes docs/screenshots/<tab>-<lang>.png
# (tst_gui_main, as alice), staff-queue-<lang>.png and staff-customer-<lang>.png (tst_gui_staff's
# screenshots case, as sam: the queue, and alice's data read-only under a grant) and
# access-log-<lang>.png (tst_gui_access, as alice after sam's looks: two waiting for her answer),
# notices-, policy-changes- and policy-marked-<lang>.png (tst_gui_notices: a new policy's "What changed"
# and its full text with the changes marked).
set -euo pipefail
cd "$(dirname "$0")/.."
for t in tst_gui_main tst_gui_staff tst_gui_access tst_gui_notices; do
    [ -x build/bin/$t ] || { scripts/build.sh ci; break; }
done

# run_test LANG LOG TEST [ARGS...]: runs a GUI test that takes pictures; a failure stops here.
run_test() {
    local lang=$1 log=$2
    shift 2
    if ! PD_SCREENSHOT_DIR="$shots/$lang" PD_SCREENSHOT_LANG="$lang" QT_QPA_PLATFORM=offscreen "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "error: $* failed in $lang" >&2
        exit 1
    fi
}

# take LANG NAME: copies the picture NAME.png the tests took to docs/screenshots/NAME-LANG.png.
take() {
    if [ ! -f "$shots/$1/$2.png" ]; then
        echo "error: no screenshot $2 ($1)" >&2
        exit 1
    fi
    cp "$shots/$1/$2.png" "docs/screenshots/$2-$1.png"
}
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
mkdir -p docs/screenshots
for lang in en zh_HK zh_CN; do
    mkdir -p "$shots/$lang"
    # The pictures are taken along the way; the tests' checks hold in every language.
    run_test "$lang" "$shots/$lang.log" build/bin/tst_gui_main
    # tst_gui_staff's other cases read English texts: only its screenshots case, in each language.
    run_test "$lang" "$shots/$lang-staff.log" build/bin/tst_gui_staff screenshots
    run_test "$lang" "$shots/$lang-access.log" build/bin/tst_gui_access
    run_test "$lang" "$shots/$lang-notices.log" build/bin/tst_gui_notices
    for page in overview personal usage devices cookies consent requests; do
        src=$(ls "$shots/$lang"/tab-[0-9]*-"${page}Page.png" 2>/dev/null | head -n1 || true)
        if [ -z "$src" ]; then
            echo "error: no screenshot of the $page tab ($lang)" >&2
            exit 1
        fi
        cp "$src" "docs/screenshots/$page-$lang.png"
    done
    cp "$shots/$lang/welcome-signing-in.png" "docs/screenshots/welcome-$lang.png"
    for name in staff-queue staff-customer access-log notices policy-changes policy-marked; do
        take "$lang" "$name"
    done
done
echo "screenshots written to docs/screenshots/"
