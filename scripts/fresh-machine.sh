#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the test suite as CI would on a brand-new Debian 12 machine, here: a minimal Debian 12 root
# (debootstrap), the committed HEAD of this checkout cloned into it, and scripts/test.sh run there
# under chroot with a bare environment. Nothing installed by hand on this machine is visible inside,
# so a missing install step fails here instead of on a new CI machine. Takes 10 minutes or more.
#
# Run as root:  scripts/fresh-machine.sh [--keep] [COMMAND...]
#   COMMAND  run in the project folder inside the root instead of scripts/test.sh
#   --keep   keep the root (unmounted) for a look afterwards; by default it is deleted
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
if [ "${1:-}" = "--keep" ]; then keep=1; shift; fi
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
echo "fresh-machine: testing $head in $root"
echo "fresh-machine: log: $log"

# Mount points at or below the root, deepest first (from the kernel's table, octal escapes decoded).
mounted_below() {
  awk -v r="$root" '{ p = $2; gsub(/\\040/, " ", p); if (p == r || index(p, r "/") == 1) print p }' /proc/self/mounts |
    sort -r
}

cleanup() {
  local status=$? pid still m
  set +e
  # Daemons a test started inside the root (dbus, gnome-keyring, Xvfb) keep /dev busy: stop those,
  # and only those (a process whose root directory is this root).
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -KILL "$pid" 2>/dev/null
  done
  sleep 1
  for m in tmp dev proc; do
    mountpoint -q "$root/$m" && umount -R "$root/$m"
  done
  # Anything else below the root (debootstrap mounts /proc and /sys while it works).
  for m in $(mounted_below); do
    umount -R "$m"
  done
  still=$(mounted_below)
  for m in "${mounts[@]}"; do
    mountpoint -q "$root/$m" && still+=$'\n'"$root/$m"
  done
  if [ -n "${still//[$'\n']/}" ]; then
    echo "fresh-machine: still mounted, so NOT deleting $root:" >&2
    echo "$still" >&2
    echo "fresh-machine: unmount them (umount -R), check with mountpoint, then rm -rf --one-file-system $root" >&2
    exit "$((status ? status : 1))"
  fi
  cp "$root/root/project/build/Testing/Temporary/LastTest.log" "$work/" 2>/dev/null
  case "$root" in
    /var/tmp/pd-fresh-??????/root) ;;
    *) echo "fresh-machine: $root is not a root this script made; not deleting it" >&2; exit 1 ;;
  esac
  if [ "$keep" -eq 1 ]; then
    echo "fresh-machine: root kept (nothing mounted in it): $root"
  elif [ -d "$root" ]; then
    rm -rf --one-file-system "$root"
  fi
  echo "fresh-machine: log: $log"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

echo "== debootstrap" >>"$log"
debootstrap --variant=minbase --include=git,ca-certificates bookworm "$root" >>"$log" 2>&1
# A Debian 12 machine also gets its updates and security fixes, as this host's apt does.
cat >"$root/etc/apt/sources.list.d/debian.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
rm -f "$root/etc/apt/sources.list"

echo "== clone $head" >>"$log"
git clone -q --no-checkout "$repo" "$root/root/project" >>"$log" 2>&1
git -C "$root/root/project" checkout -q --detach "$head" >>"$log" 2>&1

mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
# Unmounting must never travel back to the host's /dev (where / is a shared mount, as under systemd).
mount --make-rslave "$root/dev"
mount -t tmpfs tmpfs "$root/tmp"
cp /etc/resolv.conf "$root/etc/"
# This machine's own trust anchors (e.g. a proxy's CA in /usr/local/share/ca-certificates): a new
# machine of this kind has them, a debootstrap'd root does not, and without them npm and git over
# HTTPS fail where CI would not. Likewise node's extra CAs, where this machine's environment names them.
extra_env=()
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >>"$log" 2>&1
fi
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ]; then extra_env+=("NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS"); fi

if [ $# -eq 0 ]; then set -- scripts/test.sh; fi
echo "== chroot: $*" >>"$log"
start=$SECONDS
set +e
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI=true "${extra_env[@]}" \
  bash -c 'cd /root/project && exec "$@"' _ "$@" >>"$log" 2>&1 </dev/null
rc=$?
set -e
echo "== exit status $rc after $((SECONDS - start)) s" >>"$log"
echo "fresh-machine: $* exited with $rc after $((SECONDS - start)) s"
tail -n 25 "$log"
exit "$rc"
