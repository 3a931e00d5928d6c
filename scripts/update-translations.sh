#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes every resources/translations/kvscope_<language>.ts from the window's sources: new
# strings arrive unfinished for a translator, removed ones are dropped. No source locations, so
# a moved line does not change the files.
set -eu
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
for ts in resources/translations/kvscope_*.ts; do
    language=$(basename "$ts" .ts)
    language=${language#kvscope_}
    "$lupdate" -silent -no-obsolete -locations none -target-language "$language" app widgets \
        -ts "$ts"
done
