#!/bin/sh
# Installs what `make fuzz` needs beyond scripts/install-deps.sh, when any is missing: clang 14
# and its runtime libraries (libFuzzer, ASan, UBSan). As root it runs apt-get; otherwise it prints
# the one line to run and fails.
set -eu

packages="clang-14 libclang-rt-14-dev"

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "Installing missing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
else
    echo "make fuzz needs these Debian packages:$missing" >&2
    echo "Run:  sudo apt-get install -y$missing" >&2
    exit 1
fi
