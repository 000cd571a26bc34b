#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds with a CMake preset (default: ci) into build/ or the preset's folder.
#   scripts/build.sh [PRESET [TARGET...]]   TARGETs: build only these (default: everything)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
shift || true
cmake --preset "$preset" >/dev/null
if [ $# -gt 0 ]; then
  cmake --build --preset "$preset" -j2 --target "$@"
else
  cmake --build --preset "$preset" -j2
fi
