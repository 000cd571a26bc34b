#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" with QtKeychain talking to a real gnome-keyring in a private D-Bus session
# (see shared RECIPES.md). Used by CTest for tests that need the OS keychain.
set -euo pipefail
exec dbus-run-session -- bash -c '
  export XDG_RUNTIME_DIR=$(mktemp -d) HOME=${TEST_HOME:-$(mktemp -d)}
  eval "$(printf %s ci-password | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  "$@"; rc=$?
  exit $rc' _ "$@"
