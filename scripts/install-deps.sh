#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages kvscope needs to build and test, when any is missing, or the
# packages named as arguments instead (scripts/install-fuzz-deps.sh passes clang's).
# As root it runs apt-get; otherwise it prints the one line to run and fails.
set -eu

if [ $# -gt 0 ]; then
    packages="$*"
else
packages="cmake ninja-build g++ make pkg-config qt6-base-dev qt6-svg-dev libqcustomplot-dev nlohmann-json3-dev libgl-dev"
# The translations: lupdate and lrelease (qt6-l10n-tools) with their CMake package
# (qt6-tools-dev); Qt's own German strings for its dialogs (qt6-translations-l10n).
packages="$packages qt6-tools-dev qt6-l10n-tools qt6-translations-l10n"
# The packaging test: dpkg-shlibdeps (dpkg-dev) computes the .deb's dependencies; the validators
# check the installed .desktop entry and AppStream metainfo, and lintian the whole package.
packages="$packages dpkg-dev desktop-file-utils appstream lintian"
# The locale tests: machine output must keep a decimal point under a German locale.
packages="$packages locales"
fi

# de_DE.UTF-8 for those tests, generated once (as root) if the machine lacks it.
ensure_test_locale() {
    [ $# -gt 0 ] && return 0
    locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "Generating the de_DE.UTF-8 locale for the tests"
        sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
        grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' >> /etc/locale.gen
        locale-gen >/dev/null
    else
        echo "kvscope's tests need the de_DE.UTF-8 locale." >&2
        echo "Run:  sudo sed -i 's/^# *de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && sudo locale-gen" >&2
        exit 1
    fi
}

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done

if [ -z "$missing" ]; then
    ensure_test_locale "$@"
    exit 0
fi

if [ "$(id -u)" = 0 ]; then
    echo "Installing missing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
    ensure_test_locale "$@"
else
    echo "kvscope needs these Debian packages:$missing" >&2
    echo "Run:  sudo apt-get install -y$missing" >&2
    exit 1
fi
