#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the DEB and RPM packages from this build (CPack) into a temporary folder and checks them with
# scripts/check-packages.sh: lintian and rpmlint report no error, each package holds its files.
#   package-test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1" source="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM" -B "$tmp/cpack" >"$tmp/cpack.log" 2>&1 || {
  cat "$tmp/cpack.log" >&2; exit 1; }
find "$tmp/cpack" -maxdepth 1 \( -name '*.deb' -o -name '*.rpm' \) -exec mv {} "$tmp/" \;
"$source/scripts/check-packages.sh" "$tmp"
