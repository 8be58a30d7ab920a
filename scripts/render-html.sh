#!/usr/bin/env bash
# render-html.sh PAGE.html [OUT.png] [WIDTH] [HEIGHT]
#
# Screenshots a page written by `chronicle convert --format html` with headless
# Chromium, so a person can look at it (CI does not run this). The network is cut
# off (every host resolves to nothing), so the picture also proves the page is
# self-contained. Needs Debian's `chromium` and a CJK font:
#   apt-get install chromium fonts-noto-cjk
# Defaults: OUT = PAGE with .png, WIDTH 1000, HEIGHT 2400 (the part of the page shown).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 4 || ! -f "$1" ]]; then
    echo "usage: $(basename "$0") PAGE.html [OUT.png] [WIDTH] [HEIGHT]" >&2
    exit 2
fi
page="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="${2:-${page%.html}.png}"
width="${3:-1000}"
height="${4:-2400}"

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
done
if [[ -z "$browser" ]]; then
    echo "render-html: no Chromium found: install it with 'apt-get install chromium fonts-noto-cjk'" >&2
    exit 2
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "render-html: warning: no Chinese font installed, text will show as boxes (apt-get install fonts-noto-cjk)" >&2
fi

profile="$(mktemp -d "${TMPDIR:-/tmp}/render-html.XXXXXX")"
trap 'rm -rf "$profile"' EXIT
sandbox=()
[[ "$(id -u)" == 0 ]] && sandbox=(--no-sandbox)   # Chromium refuses to run as root with its sandbox

"$browser" --headless=new "${sandbox[@]}" --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile" --host-resolver-rules="MAP * ~NOTFOUND" \
    --lang=zh-CN --virtual-time-budget=2000 --window-size="$width,$height" \
    --screenshot="$out" "file://$page" >"$profile/log" 2>&1 || {
    echo "render-html: chromium failed:" >&2; cat "$profile/log" >&2; exit 1; }
[[ -s "$out" ]] || { echo "render-html: no screenshot written" >&2; exit 1; }
echo "$out"
