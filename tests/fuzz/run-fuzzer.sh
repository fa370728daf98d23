#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
# Runs one libFuzzer target as a ctest test:
#   run-fuzzer.sh <fuzzer> <seed corpus> <work dir> <seconds> [sample file or directory ...]
# First every committed seed and every sample is run once, whole (samples are read where they are, never
# copied). Samples are runZero's reference files (RZ_REFERENCE_DIR): where one is absent, it is skipped with a
# notice, unless RZ_REQUIRE_REFERENCE=1 (CI), where that fails the test. Then the target fuzzes for <seconds>, starting from the seeds, the samples and what earlier runs
# found (kept in <work dir>/corpus); new inputs and crash artifacts go to <work dir> only. Any crash, leak,
# timeout or sanitizer report makes the fuzzer, and so this script, exit non-zero; the input that did it is
# left in <work dir>/artifacts for a regression test.
set -euo pipefail

if [ $# -lt 4 ]; then
    echo "usage: $0 <fuzzer> <seed corpus> <work dir> <seconds> [samples ...]" >&2
    exit 2
fi
fuzzer=$1 seeds=$2 work=$3 seconds=$4
shift 4

mkdir -p "$work/corpus" "$work/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
common=(-artifact_prefix="$work/artifacts/" -timeout=20 -rss_limit_mb=3072 -malloc_limit_mb=2048)

inputs=()
for entry in "$seeds" "$@"; do
    if [ -d "$entry" ]; then
        while IFS= read -r -d '' file; do inputs+=("$file"); done < <(find "$entry" -maxdepth 1 -type f -print0)
    elif [ -f "$entry" ]; then
        inputs+=("$entry")
    elif [ "$entry" != "$seeds" ]; then
        reason="needs $entry: runZero's real export samples (see the README: the reference files). The repository does not carry them; point RZ_REFERENCE_DIR (environment or CMake cache) at the folder that holds samples/"
        if [ "${RZ_REQUIRE_REFERENCE:-}" = 1 ]; then
            echo "FAIL!  : $reason (RZ_REQUIRE_REFERENCE=1: no skipping)" >&2
            exit 1
        fi
        echo "SKIP   : $reason"
    else
        echo "run-fuzzer.sh: no such input: $entry" >&2
        exit 2
    fi
done
if [ ${#inputs[@]} -eq 0 ]; then
    echo "run-fuzzer.sh: no seed inputs in $seeds" >&2
    exit 2
fi

echo "== $(basename "$fuzzer"): ${#inputs[@]} seed and sample inputs, once each"
"$fuzzer" "${common[@]}" "${inputs[@]}"

dirs=("$work/corpus" "$seeds")
for entry in "$@"; do [ -d "$entry" ] && dirs+=("$entry"); done
echo "== $(basename "$fuzzer"): fuzzing for ${seconds}s"
"$fuzzer" "${common[@]}" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 "${dirs[@]}"
