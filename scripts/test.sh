#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything and runs the whole test suite: unit, integration (real provider on
# 127.0.0.1), keychain (real gnome-keyring in a private D-Bus session), GUI (offscreen); then the
# unit, integration, provider and keychain tests again under AddressSanitizer and UBSan.
# PD_QUICK=1 runs the normal stage only (for a quick local run; CI runs every stage).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ci
# Each test starts the services it needs (provider, keyring); CTest runs them two at a time.
ctest --preset ci -j2 "$@"

# ---- Sanitizer stage (issue 10) -------------------------------------------------------------------
# The asan preset (build-asan/): ASan + UBSan + LeakSanitizer, no benchmarks, only what these labels
# need (the pd_tests_<label> targets). Any report, in a test or in a program a test starts (the
# provider, pd-outbox-runner), fails the stage: see the asan test preset and tests/sanitizers/.
if [ "${PD_QUICK:-0}" != 1 ]; then
  asan_labels=(unit integration provider keychain)
  asan_start=$SECONDS
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j2 --target "${asan_labels[@]/#/pd_tests_}"
  ctest --preset asan -j2 -L "^($(IFS='|'; echo "${asan_labels[*]}"))\$"
  echo "test.sh: sanitizer stage passed in $((SECONDS - asan_start)) s"
fi
# ---- End of the sanitizer stage -------------------------------------------------------------------

# --- fuzzing (issue 10; docs/fuzzing.md): every libFuzzer target for PD_FUZZ_SECONDS (30) against its corpus ---
scripts/fuzz.sh
