#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of a KVSCOPE_FUZZ build for a bounded time over its seeds and the
# corpus it has grown so far, one after another (CI machines have two cores).
# Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_EACH]        (make fuzz calls it)
# Fails when a target finds a crash, a leak, a timeout or an out-of-memory; the input is left in
# BUILD_DIR/fuzz-run/TARGET/artifacts/ and belongs in tests/fuzz/regressions/TARGET/ once fixed.
set -eu

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_EACH]}" && pwd)
seconds=${2:-60}

# seeds_preset, seeds_hfconfig, seeds_cli: ';'-separated folders, written by CMake.
. "$build_dir/tests/fuzz/seeds.sh"

status=0
for target in preset hfconfig cli; do
    binary=$build_dir/tests/fuzz/kvscope_fuzz_$target
    run=$build_dir/fuzz-run/$target
    mkdir -p "$run/corpus" "$run/artifacts" "$run/cwd"
    case $target in
        cli) dict=$source_dir/tests/fuzz/cli.dict ;;
        *) dict=$source_dir/tests/fuzz/json.dict ;;
    esac
    eval "seeds=\$seeds_$target"
    # The saved reproducers join the seeds: they are the inputs most likely to find a relapse.
    seeds="$seeds;$source_dir/tests/fuzz/regressions/$target"
    set --
    old_ifs=$IFS
    IFS=';'
    for folder in $seeds; do
        [ -d "$folder" ] && set -- "$@" "$folder"
    done
    IFS=$old_ifs

    echo "fuzz $target: ${seconds}s"
    # An empty working folder: the CLI target refuses arguments naming a file that exists there.
    if (cd "$run/cwd" && "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
            -max_len=1048576 -dict="$dict" -artifact_prefix="$run/artifacts/" -print_final_stats=1 \
            "$run/corpus" "$@") >"$run/log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$run/log" |
            sed "s/^/  /"
        grep -E '^#[0-9]+.*DONE' "$run/log" | tail -n 1 | sed "s/^/  /"
    else
        status=1
        echo "fuzz $target FAILED; log: $run/log, input: $run/artifacts/" >&2
        details=$(grep -E -A 30 '^==[0-9]+==|runtime error|kvscope fuzz:' "$run/log" | head -n 60)
        if [ -n "$details" ]; then echo "$details" >&2; else tail -n 60 "$run/log" >&2; fi
    fi
done
exit $status
