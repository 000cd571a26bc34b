#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Bring the zh_HK / zh_CN catalogues up to date with the code and fill them from zh_HK.txt / zh_CN.txt.
# New strings: add a line to both .txt files (fill.py lists what is missing), then run this again.
# The _en files carry plural forms only (lupdate -pluralonly); new ones get "(s)" dropped or made "s",
# which fits nouns; fix verbs by hand ("%n need(s)" -> "needs" / "need") and they are kept.
set -e
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
# The core catalogue: everything in app/ but main.cpp, which belongs to the executable (UI catalogue).
CORE_SOURCES="app/domain app/api app/auth app/store app/sync app/models app/Session.h app/Session.cpp"
update() {
  "$LUPDATE" -silent -pluralonly $CORE_SOURCES -locations none -no-obsolete -ts translations/core_en.ts
  "$LUPDATE" -silent -pluralonly ui app/main.cpp -locations none -no-obsolete -ts translations/privacy-dashboard_en.ts
  for lang in zh_HK zh_CN; do
    "$LUPDATE" -silent $CORE_SOURCES -locations none -no-obsolete -target-language $lang -ts translations/core_$lang.ts
    "$LUPDATE" -silent ui app/main.cpp -locations none -no-obsolete -target-language $lang -ts translations/privacy-dashboard_$lang.ts
  done
}
update
python3 translations/fill.py
python3 translations/fill.py --english
update   # back to lupdate's own layout
