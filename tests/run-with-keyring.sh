#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" with QtKeychain talking to a real gnome-keyring in a private D-Bus session
# (see shared RECIPES.md). Used by CTest for tests that need the OS keychain.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-with-keyring: $tool is missing (dbus, gnome-keyring): run scripts/install-deps.sh" >&2
    exit 1
  fi
done
exec dbus-run-session -- bash -c '
  export XDG_RUNTIME_DIR=$(mktemp -d) HOME=${TEST_HOME:-$(mktemp -d)}
  eval "$(printf %s ci-password | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  "$@"; rc=$?
  exit $rc' _ "$@"
