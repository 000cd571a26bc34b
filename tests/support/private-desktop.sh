# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced (bash) by the scripts that run the real dashboard on a private X display and D-Bus session:
# the screen-reader check (tests/a11y/run-a11y-check.sh) and the launch benchmark (bench/launch.sh).

# pd_stop PID: TERM, up to 5 s for it to end, then KILL. Nothing when PID is empty or already gone.
pd_stop() {
  local pid=$1 i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

# pd_private_desktop DIR NAME: a desktop of its own below DIR, for a dashboard started from here.
# - DIR/run (0700), DIR/home and its XDG folders as the runtime dir, home and XDG dirs (exported);
#   the built-in English wording (C.UTF-8); no desktop session variables from outside.
# - The stand-in browser (tests/a11y/fake-browser.sh: it signs in with PD_A11Y_USER/PD_A11Y_PASSWORD)
#   as DIR/bin/NAME and the default handler of http and https links: there is no desktop, so
#   xdg-open asks xdg-mime, which reads this private XDG_CONFIG_HOME first, so it wins over any
#   browser installed on the machine (which $BROWSER would not). Put DIR/bin on the app's PATH.
# - A real gnome-keyring, unlocked, on the session bus in DBUS_SESSION_BUS_ADDRESS; its pid in
#   PD_KEYRING_PID (empty if it cannot be told) for pd_stop.
pd_private_desktop() {
  local dir=$1 name=$2 here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  mkdir -p "$dir/run" "$dir/home" "$dir/bin"
  chmod 700 "$dir/run"
  export XDG_RUNTIME_DIR="$dir/run" HOME="$dir/home"
  export XDG_CONFIG_HOME="$dir/home/.config" XDG_DATA_HOME="$dir/home/.local/share" XDG_CACHE_HOME="$dir/home/.cache"
  export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
  unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION QT_QPA_PLATFORMTHEME BROWSER
  mkdir -p "$XDG_DATA_HOME/applications" "$XDG_CONFIG_HOME"
  ln -s "$here/../a11y/fake-browser.sh" "$dir/bin/$name"
  cat >"$XDG_DATA_HOME/applications/$name.desktop" <<ENTRY
[Desktop Entry]
Type=Application
Name=Stand-in browser ($name)
Exec=$name %u
MimeType=x-scheme-handler/http;x-scheme-handler/https;
NoDisplay=true
ENTRY
  cat >"$XDG_CONFIG_HOME/mimeapps.list" <<LIST
[Default Applications]
x-scheme-handler/http=$name.desktop
x-scheme-handler/https=$name.desktop
LIST
  eval "$(printf %s ci-password | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  PD_KEYRING_PID=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk '{print $2}') || true
}
