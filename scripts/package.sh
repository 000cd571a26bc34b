#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux packages with CPack from a release build: a DEB and an RPM of the dashboard
# (privacy-dashboard) and of the reference provider (privacy-provider), then checks them: lintian must
# report no error on the DEBs, rpmlint none on the RPMs.
#   scripts/package.sh [OUTDIR]      (default: build-release/packages)
# Windows and macOS installers: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build-release/packages}"
scripts/install-deps.sh
cmake --preset release -DPD_BUILD_TESTS=OFF -DPD_BUILD_BENCH=OFF >/dev/null
cmake --build --preset release -j2
mkdir -p "$out"
out=$(cd "$out" && pwd)
(cd build-release && cpack -G "DEB;RPM" -B "$out/cpack" >/dev/null)
find "$out/cpack" -maxdepth 1 \( -name '*.deb' -o -name '*.rpm' \) -exec mv -f {} "$out/" \;
rm -rf "$out/cpack"
scripts/check-packages.sh "$out"
