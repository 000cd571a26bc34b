#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the packages in DIR: lintian (no error) on each .deb, rpmlint (no error) on each .rpm, and
# that each holds what it should. Used by scripts/package.sh and by the packaging test.
set -euo pipefail
dir="$1"
shopt -s nullglob
debs=("$dir"/*.deb)
rpms=("$dir"/*.rpm)
[ ${#debs[@]} -eq 2 ] || { echo "check-packages: expected 2 .deb in $dir, found ${#debs[@]}" >&2; exit 1; }
[ ${#rpms[@]} -eq 2 ] || { echo "check-packages: expected 2 .rpm in $dir, found ${#rpms[@]}" >&2; exit 1; }
status=0
for deb in "${debs[@]}"; do
  echo "== lintian $(basename "$deb")"
  # --fail-on error: warnings are printed for a reader, errors fail.
  lintian --fail-on error --no-tag-display-limit "$deb" || status=1
done
for rpm in "${rpms[@]}"; do
  echo "== rpmlint $(basename "$rpm")"
  rpmlint "$rpm" || status=1
done
# What is where: the dashboard has its program, icon, desktop entry, metainfo and man page; the
# provider its program and man page; neither has the other's program.
contents() { case "$1" in *.deb) dpkg-deb -c "$1" | awk '{print $6}' | sed 's#^\./#/#' ;; *.rpm) rpm -qlp "$1" 2>/dev/null ;; esac; }
for pkg in "${debs[@]}" "${rpms[@]}"; do
  list=$(contents "$pkg")
  case "$(basename "$pkg")" in
    privacy-dashboard*)
      want=(/usr/bin/privacy-dashboard /usr/share/applications/hk.cn2.PrivacyDashboard.desktop
            /usr/share/metainfo/hk.cn2.PrivacyDashboard.metainfo.xml
            /usr/share/icons/hicolor/scalable/apps/hk.cn2.PrivacyDashboard.svg
            /usr/share/icons/hicolor/256x256/apps/hk.cn2.PrivacyDashboard.png
            /usr/share/man/man1/privacy-dashboard.1.gz)
      unwanted=/usr/bin/privacy-provider ;;
    privacy-provider*)
      want=(/usr/bin/privacy-provider /usr/share/man/man1/privacy-provider.1.gz)
      unwanted=/usr/bin/privacy-dashboard ;;
    *) echo "check-packages: unexpected package $pkg" >&2; status=1; continue ;;
  esac
  for f in "${want[@]}"; do
    grep -qxF "$f" <<<"$list" || { echo "check-packages: $(basename "$pkg") lacks $f" >&2; status=1; }
  done
  if grep -qxF "$unwanted" <<<"$list"; then echo "check-packages: $(basename "$pkg") holds $unwanted" >&2; status=1; fi
done
[ $status -eq 0 ] && echo "check-packages: ${#debs[@]} DEB and ${#rpms[@]} RPM packages pass"
exit $status
