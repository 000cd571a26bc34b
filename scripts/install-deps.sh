#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Privacy Dashboard needs on Debian 12 (apt).
# Idempotent and quick when everything is already there. Run as root or with sudo available.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build git ca-certificates
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
  qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libgl-dev
  libsqlite3-dev sqlite3 libssl-dev python3-yaml
  # Validates the consent-records export against docs/schemas/consent-records.schema.json (issue 12).
  python3-jsonschema
  gnome-keyring dbus dbus-x11 libsecret-tools
  xvfb xauth at-spi2-core python3-pyatspi
  xdg-utils curl openssl
  fonts-noto-cjk
  desktop-file-utils appstream
  lintian rpm rpmlint
  flatpak-builder
  # The libFuzzer targets (scripts/fuzz.sh): clang 14 and its runtime (libclang_rt.fuzzer, asan, ubsan).
  clang libclang-rt-14-dev
  # pdftotext reads back the privacy policy the app saves as PDF (tst_gui_notices).
  poppler-utils
)
# node and npm run the OpenAPI linter (tests/api). Debian's, unless the machine already has both
# commands: NodeSource's nodejs bundles npm and conflicts with Debian's npm package.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
