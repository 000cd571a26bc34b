#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything and runs the whole test suite: unit, integration (real provider on
# 127.0.0.1), keychain (real gnome-keyring in a private D-Bus session), GUI (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ci
# Each test starts the services it needs (provider, keyring); CTest runs them two at a time.
ctest --preset ci -j2 "$@"

# --- fuzzing (issue 10; docs/fuzzing.md): every libFuzzer target for PD_FUZZ_SECONDS (30) against its corpus ---
scripts/fuzz.sh
