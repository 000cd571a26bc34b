#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the test suite as CI would on a brand-new Debian 12 machine, here: a minimal Debian 12 root
# (debootstrap), the committed HEAD of this checkout cloned into it, and scripts/test.sh run there
# under chroot with a bare environment. Nothing installed by hand on this machine is visible inside,
# so a missing install step fails here instead of on a new CI machine. Takes 10 minutes or more.
#
# Run as root:  scripts/fresh-machine.sh [--keep] [--package | COMMAND...]
#   COMMAND    run in the project folder inside the root instead of scripts/test.sh
#   --package  build the packages there (scripts/package.sh), then install the DEBs with apt into a
#              second fresh root and use, check and remove them (packaging/linux/installed-check.sh);
#              the packages and the installed app's screenshots stay in the work folder
#   --package-dir DIR  like --package, but install the DEBs already in DIR (made by scripts/package.sh
#              or the packages_lint test's cpack) instead of building them in a first root
#   --keep     keep the roots (unmounted) for a look afterwards; by default they are deleted
# Everything goes in a new folder /var/tmp/pd-fresh-XXXXXX: the log (printed at the start) and, after
# the run, the tests' LastTest.log stay there.
#
# Safety: the root has the host's /dev bound inside it, and deleting through that bind deletes the
# host's /dev. So the cleanup (a trap: it runs however the script ends) first stops what still runs
# in the root, unmounts everything below it (umount -R), checks with mountpoint(1) and the mount
# table that nothing is mounted there any more, and only then deletes it, never leaving the root's
# own file system (rm --one-file-system). If anything is still mounted, it deletes nothing and says so.
set -euo pipefail

keep=0
package=0
prebuilt=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1; shift ;;
    --package) package=1; shift ;;
    --package-dir) package=1; prebuilt=$(cd "$2" && pwd); shift 2 ;;
    *) break ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-machine: run as root (debootstrap, mount and chroot need it)" >&2; exit 1
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
head=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  echo "fresh-machine: note: uncommitted changes are not tested, only HEAD $head" >&2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get install -y -q debootstrap >/dev/null
fi

work=$(mktemp -d /var/tmp/pd-fresh-XXXXXX)
root=$work/root
log=$work/fresh-machine.log
mounts=(proc dev tmp)
roots=() # every root made so far, for the cleanup
echo "fresh-machine: testing $head in $root"
echo "fresh-machine: log: $log"

# Mount points at or below root $1, deepest first (from the kernel's table, octal escapes decoded).
mounted_below() {
  awk -v r="$1" '{ p = $2; gsub(/\\040/, " ", p); if (p == r || index(p, r "/") == 1) print p }' /proc/self/mounts |
    sort -r
}

# Unmounts root $1 and deletes it (unless --keep); returns non-zero, deleting nothing, if anything is
# still mounted below it.
release_root() {
  local r=$1 pid still m
  # Daemons a test started inside the root (dbus, gnome-keyring, Xvfb) keep /dev busy: stop those,
  # and only those (a process whose root directory is this root).
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$r" ] && kill -KILL "$pid" 2>/dev/null
  done
  sleep 1
  for m in tmp dev proc; do
    mountpoint -q "$r/$m" && umount -R "$r/$m"
  done
  # Anything else below the root (debootstrap mounts /proc and /sys while it works).
  for m in $(mounted_below "$r"); do
    umount -R "$m"
  done
  still=$(mounted_below "$r")
  for m in "${mounts[@]}"; do
    mountpoint -q "$r/$m" && still+=$'\n'"$r/$m"
  done
  if [ -n "${still//[$'\n']/}" ]; then
    echo "fresh-machine: still mounted, so NOT deleting $r:" >&2
    echo "$still" >&2
    echo "fresh-machine: unmount them (umount -R), check with mountpoint, then rm -rf --one-file-system $r" >&2
    return 1
  fi
  case "$r" in
    /var/tmp/pd-fresh-??????/root | /var/tmp/pd-fresh-??????/root2) ;;
    *) echo "fresh-machine: $r is not a root this script made; not deleting it" >&2; return 1 ;;
  esac
  if [ "$keep" -eq 1 ]; then
    echo "fresh-machine: root kept (nothing mounted in it): $r"
  elif [ -d "$r" ]; then
    rm -rf --one-file-system "$r"
  fi
}

cleanup() {
  local status=$? r failed=0
  set +e
  cp "$root/root/project/build/Testing/Temporary/LastTest.log" "$work/" 2>/dev/null
  for r in "${roots[@]}"; do
    release_root "$r" || failed=1
  done
  echo "fresh-machine: log: $log"
  if [ $failed -ne 0 ]; then exit "$((status ? status : 1))"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# A minimal Debian 12 root at $1, mounted (proc, dev, tmp) and ready for chroot.
make_root() {
  local r=$1
  roots+=("$r")
  echo "== debootstrap $r" >>"$log"
  debootstrap --variant=minbase --include=git,ca-certificates bookworm "$r" >>"$log" 2>&1
  # A Debian 12 machine also gets its updates and security fixes, as this host's apt does.
  printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm bookworm-updates' \
    'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' '' \
    'Types: deb' 'URIs: http://deb.debian.org/debian-security' 'Suites: bookworm-security' \
    'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' \
    >"$r/etc/apt/sources.list.d/debian.sources"
  rm -f "$r/etc/apt/sources.list"
  mount -t proc proc "$r/proc"
  mount --rbind /dev "$r/dev"
  # Unmounting must never travel back to the host's /dev (where / is a shared mount, as under systemd).
  mount --make-rslave "$r/dev"
  mount -t tmpfs tmpfs "$r/tmp"
  cp /etc/resolv.conf "$r/etc/"
  # This machine's own trust anchors (e.g. a proxy's CA in /usr/local/share/ca-certificates): a new
  # machine of this kind has them, a debootstrap'd root does not, and without them npm and git over
  # HTTPS fail where CI would not.
  if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    mkdir -p "$r/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$r/usr/local/share/ca-certificates/"
    chroot "$r" update-ca-certificates >>"$log" 2>&1
  fi
}

# Likewise node's extra CAs, where this machine's environment names them.
extra_env=()
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ]; then extra_env+=("NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS"); fi

# Runs "$@" in folder $2 inside root $1 with a bare environment, into the log; says how it ended.
run_in() {
  local r=$1 dir=$2 rc start=$SECONDS
  shift 2
  echo "== chroot $r: $*" >>"$log"
  set +e
  chroot "$r" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI=true "${extra_env[@]}" \
    bash -c 'cd "$0" && exec "$@"' "$dir" "$@" >>"$log" 2>&1 </dev/null
  rc=$?
  set -e
  echo "== exit status $rc after $((SECONDS - start)) s" >>"$log"
  echo "fresh-machine: $* exited with $rc after $((SECONDS - start)) s"
  return $rc
}

if [ -n "$prebuilt" ]; then
  mkdir -p "$work/packages"
  cp "$prebuilt"/*.deb "$work/packages/"
else
  make_root "$root"
  echo "== clone $head" >>"$log"
  git clone -q --no-checkout "$repo" "$root/root/project" >>"$log" 2>&1
  git -C "$root/root/project" checkout -q --detach "$head" >>"$log" 2>&1
fi

if [ "$package" -eq 1 ]; then
  rc=0
  if [ -z "$prebuilt" ]; then
    run_in "$root" /root/project scripts/package.sh /root/packages || rc=$?
    if [ $rc -ne 0 ]; then tail -n 40 "$log"; exit $rc; fi
    mkdir -p "$work/packages"
    cp "$root"/root/packages/*.deb "$root"/root/packages/*.rpm "$work/packages/"
  fi
  make_root "$work/root2"
  mkdir -p "$work/root2/root/packages"
  cp "$work"/packages/*.deb "$repo/packaging/linux/installed-check.sh" "$work/root2/root/packages/"
  run_in "$work/root2" /root/packages ./installed-check.sh /root/packages || rc=$?
  cp "$work"/root2/root/packages/installed-*.png "$work/" 2>/dev/null || true
  echo "fresh-machine: packages and screenshots in $work"
  tail -n 40 "$log"
  exit "$rc"
fi

if [ $# -eq 0 ]; then set -- scripts/test.sh; fi
rc=0
run_in "$root" /root/project "$@" || rc=$?
tail -n 25 "$log"
exit "$rc"
