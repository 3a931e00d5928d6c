#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The screenshot set in docs/screenshots: the real window under Xvfb with a window manager (full
# screen needs one), at the three projector sizes, light and dark, in presentation mode and on a
# tour. Needs xvfb, openbox, xdotool and imagemagick (apt-get install xvfb openbox xdotool
# imagemagick) and a built window (make build).
#
#   scripts/take-screenshots.sh [build/app/kvscope] [docs/screenshots]
set -euo pipefail

binary=${1:-build/app/kvscope}
out=${2:-docs/screenshots}
for tool in Xvfb openbox xdotool import convert; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is missing" >&2; exit 1; }
done
[ -x "$binary" ] || { echo "take-screenshots: no window at $binary (make build)" >&2; exit 1; }
mkdir -p "$out"

# shot NAME WIDTH HEIGHT THEME KEY...: a fresh session (temporary home), the keys pressed in turn
# ("sleep:S" waits), then the screen.
shot() {
    local name=$1 width=$2 height=$3 theme=$4
    shift 4
    local home display=:$((RANDOM % 400 + 100))
    home=$(mktemp -d)
    mkdir -p "$home/.config/kvscope"
    printf '[display]\ntheme=%s\n' "$theme" >"$home/.config/kvscope/kvscope.conf"
    Xvfb "$display" -screen 0 "${width}x${height}x24" >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    DISPLAY=$display openbox >/dev/null 2>&1 &
    local wm=$!
    sleep 0.5
    HOME=$home XDG_CONFIG_HOME=$home/.config DISPLAY=$display "$binary" >/dev/null 2>&1 &
    local app=$!
    sleep 3
    for key in "$@"; do
        if [[ $key == sleep:* ]]; then
            sleep "${key#sleep:}"
        else
            DISPLAY=$display xdotool key --clearmodifiers "$key"
            sleep 0.6
        fi
    done
    sleep 1.5
    DISPLAY=$display import -window root "$out/$name.png"
    # 256 colours: a fraction of the size, no visible loss for flat charts and text.
    convert "$out/$name.png" -colors 256 "PNG8:$out/$name.png"
    kill "$app" "$wm" "$xvfb" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$home"
    echo "$out/$name.png"
}

for theme in light dark; do
    for size in 1024x768 1280x800 1920x1080; do
        shot "presentation-$size-$theme" "${size%x*}" "${size#*x}" "$theme" F5 sleep:1
    done
done
shot tour-1024x768-dark-timeline 1024 768 dark F5 sleep:1 F6 Right Right Right Right Right
shot tour-1280x800-light-concurrency 1280 800 light F5 sleep:1 F6 Right
shot tour-1920x1080-light-prefill 1920 1080 light F5 sleep:1 F6 Right Right
shot compression-1024x768-light 1024 768 light F5 sleep:1 ctrl+3
