#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what `make fuzz` needs beyond scripts/install-deps.sh: clang 14 and its runtime
# libraries (libFuzzer, ASan, UBSan).
exec "$(dirname "$0")/install-deps.sh" clang-14 libclang-rt-14-dev
