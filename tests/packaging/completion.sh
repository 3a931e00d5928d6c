#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion test: sources the completion script and completes command lines the way
# bash does (COMP_WORDS, COMP_CWORD), with the given kvscope first on PATH as `kvscope`. Prints
# every case that fails and exits 1 if any did.
#
# bash completion.sh COMPLETION_SCRIPT KVSCOPE_BINARY
#   (registered by packaging/CMakeLists.txt; the packaging test runs it on the installed files)
set -u
if [[ $# -ne 2 || ! -f $1 || ! -x $2 ]]; then
    echo "usage: bash completion.sh COMPLETION_SCRIPT KVSCOPE_BINARY" >&2
    exit 2
fi
completion=$1
binary=$(realpath "$2")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/files"
ln -s "$binary" "$work/bin/kvscope"
touch "$work/files/memory.png" "$work/files/model.json"
PATH=$work/bin:$PATH

# shellcheck source=/dev/null
source "$completion"
if ! complete -p kvscope >/dev/null 2>&1; then
    echo "FAIL: sourcing $completion registers no completion for kvscope"
    exit 1
fi

failures=0

# What completing the last of WORDS offers, one candidate per line.
candidates()
{
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _kvscope kvscope "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
}

# offers WANTED WORDS...: completing WORDS offers WANTED.
offers()
{
    local wanted=$1
    shift
    local got
    got=$(candidates "$@")
    if ! grep -qxF -- "$wanted" <<<"$got"; then
        echo "FAIL: \`$*<TAB>\` does not offer $wanted; it offers: ${got//$'\n'/ }"
        failures=$((failures + 1))
    fi
}

# lacks UNWANTED WORDS...: completing WORDS does not offer UNWANTED.
lacks()
{
    local unwanted=$1
    shift
    if candidates "$@" | grep -qxF -- "$unwanted"; then
        echo "FAIL: \`$*<TAB>\` offers $unwanted"
        failures=$((failures + 1))
    fi
}

# The ids of one kind of preset, read from the JSON listing rather than the text the completion
# reads.
ids()
{
    kvscope presets --kind "$1" --json | sed -n 's/^ *"id": "\([^"]*\)".*/\1/p'
}

# Commands, by prefix and after Qt's options.
offers export kvscope ex
offers eval kvscope e
offers version kvscope ver
offers export kvscope -platform offscreen ex
offers --version kvscope --ver
offers -platform kvscope -pl

# Options, after the command and after a switch.
offers --chart kvscope export --ch
offers --no-caption kvscope export --no
offers --bytes kvscope eval --json --by
lacks --chart kvscope eval --ch
offers --steps kvscope bench --st

# Preset ids of the right kind, and files, after --model, --hardware and --scenario.
models=$(ids model)
hardware=$(ids hardware)
scenarios=$(ids scenario)
[[ -n $models && -n $hardware && -n $scenarios ]] || {
    echo "FAIL: \`kvscope presets --json\` lists no model, hardware or scenario ids"
    exit 1
}
for id in $models; do offers "$id" kvscope eval --model ""; done
for id in $hardware; do offers "$id" kvscope eval --hardware ""; done
for id in $scenarios; do offers "$id" kvscope eval --scenario ""; done
offers yi-34b-200k kvscope eval --model ""
offers yi-34b-200k kvscope eval --model = ""
offers llama-3.1-8b kvscope plan --model = ll
lacks a100-sxm4-80gb kvscope eval --model ""
lacks yi-34b-200k kvscope eval --hardware ""
offers a100-sxm4-80gb kvscope compare --scenario ""
offers "$work/files/model.json" kvscope eval --model "$work/files/mo"

# Files after --out, --csv and --tour; the words of --chart, --theme and --vary; nothing after a
# number.
offers "$work/files/memory.png" kvscope export --out "$work/files/me"
offers "$work/files/memory.png" kvscope sweep --csv "$work/files/"
offers "$work/files/model.json" kvscope tour --tour "$work/files/mo"
offers dark kvscope tour --theme ""
offers timeline kvscope export --chart ""
offers dark kvscope compare --theme ""
offers model-size kvscope sweep --vary mo
lacks --json kvscope eval --context ""

# Every command and option `kvscope help` names is offered somewhere.
help=$(kvscope help)
while read -r command; do
    offers "$command" kvscope ""
done < <(awk '/^  kvscope [a-z]/ { print $2 }' <<<"$help")
offered=$(for command in $(candidates kvscope ""); do candidates kvscope "$command" ""; done)
while read -r option; do
    [[ $option == --version ]] && continue # a top-level option, checked above
    grep -qxF -- "$option" <<<"$offered" || {
        echo "FAIL: \`kvscope help\` names $option, which no command's completion offers"
        failures=$((failures + 1))
    }
done < <(grep -o -- '--[a-z0-9-]*' <<<"$help" | sort -u)

if ((failures)); then
    echo "$failures completion cases failed"
    exit 1
fi
echo "bash completion: every case passed"
