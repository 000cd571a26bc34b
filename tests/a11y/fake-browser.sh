#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A stand-in for a person's web browser, for the screen-reader check (run-a11y-check.sh).
# The dashboard opens the sign-in page with QDesktopServices::openUrl -> xdg-open, which runs the
# default x-scheme-handler/http: run-a11y-check.sh makes this script that handler (a desktop entry
# and mimeapps.list in its private XDG dirs). This does what the person would do there: load the
# provider's sign-in form, submit it with the demo credentials (the form's hidden fields repeat
# the authorize query parameters), and follow the redirect back to the app's loopback listener.
#   $1                 the authorize URL
#   PD_A11Y_USER       account (default alice), PD_A11Y_PASSWORD (default demo-alice)
#   PD_A11Y_BROWSER_LOG where to write what happened (default stderr)
set -u
url=${1:?usage: fake-browser.sh AUTHORIZE_URL}
user=${PD_A11Y_USER:-alice}
password=${PD_A11Y_PASSWORD:-demo-alice}
log=${PD_A11Y_BROWSER_LOG:-/dev/stderr}
headers=$(mktemp)
trap 'rm -f "$headers"' EXIT

say() { printf 'fake-browser: %s\n' "$*" >>"$log"; }

say "open $url"
form=$(curl -fsS --noproxy "*" --max-time 15 "$url") || { say "GET of the sign-in page failed"; exit 1; }
case $form in
  *'type="hidden"'*) ;;
  *) say "the sign-in page has no hidden fields: not the expected form"; exit 1 ;;
esac

base=${url%%\?*}
query=${url#*\?}
[ "$query" != "$url" ] || { say "authorize URL has no query"; exit 1; }
# Expect: empty, because QtHttpServer 6.4 does not answer 100-continue (RECIPES.md).
code=$(curl -sS --noproxy "*" --max-time 15 -o /dev/null -D "$headers" -w '%{http_code}' -H 'Expect:' \
  --data "$query&username=$user&password=$password" "$base") || { say "POST of the form failed"; exit 1; }
location=$(sed -n 's/^[Ll]ocation:[[:space:]]*//p' "$headers" | tr -d '\r' | head -n 1)
if [ "$code" != 302 ] || [ -z "$location" ]; then
  say "sign-in was not accepted (HTTP $code)"
  exit 1
fi
say "redirected to ${location%%\?*}"
# The app's loopback listener answers with a page saying "you can close this window".
curl -fsS --noproxy "*" --max-time 15 -o /dev/null "$location" || { say "GET of the app's redirect failed"; exit 1; }
say "signed in as $user"
