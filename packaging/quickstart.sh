#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
#   packaging/quickstart.sh demo             install what is needed, build, open rzconsole on the demo console
#   packaging/quickstart.sh test [SUITE...]  install what is needed, build, run the test suites headless
#
# The suites of `test` (all four, in this order, when none is named; this is what CI runs):
#   default   the default build (build/default) and every ctest label but contract and fuzz
#   contract  the client and the simulated console through Prism, against the official API specification
#   asan      the asan build (build/asan: ASan + UBSan) and the unit, integration and gui labels
#   fuzz      the fuzz build (build/fuzz: clang, libFuzzer, ASan + UBSan) and the fuzz label
# Every suite runs even when an earlier one failed; a one-line summary per suite closes the output, and the
# exit status is non-zero when any suite failed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in demo|test) ;; *) echo "usage: $0 demo | $0 test [default|contract|asan|fuzz ...]" >&2; exit 2 ;; esac

all_suites=(default contract asan fuzz)
# Run when no suite is named.
default_suites=("${all_suites[@]}")
suites=("${@:2}")
[ ${#suites[@]} -eq 0 ] && suites=("${default_suites[@]}")
for suite in "${suites[@]}"; do
    case " ${all_suites[*]} " in *" $suite "*) ;; *) echo "unknown suite: $suite" >&2; exit 2 ;; esac
done

packaging/install-deps.sh

# ccache: let a clone elsewhere (a CI checkout) reuse what another clone compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

if [ "$mode" = demo ]; then
    cmake --preset default >/dev/null
    cmake --build --preset default
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: opening the demo on a virtual one (xvfb) is pointless; run this from a desktop session." >&2
        exit 1
    fi
    exec build/default/app/rzconsole --demo
fi

# Headless: offscreen widgets; the keychain tests get a private keyring on a private session bus.
export QT_QPA_PLATFORM=offscreen
with_keyring=(dbus-run-session -- tests/with-keyring.sh)

summary=()
failed=0
passed=0
duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
# CPU seconds (user + system) of the child processes finished so far, from the shell's `times`, into cpu_now.
# Next to the wall time it tells a slow step from one that only waited for a busy machine.
cpu_file=$(mktemp)
trap 'rm -f "$cpu_file"' EXIT
child_cpu() {
    times >"$cpu_file"
    cpu_now=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print int(u[1] * 60 + u[2] + s[1] * 60 + s[2]) }' "$cpu_file")
}

# ctest_in [--keyring] BUILD ARGS...: ctest (with a private keyring when asked), then how many test functions
# it skipped (QtTest's "SKIP   :" lines in its log, and the fuzz script's) into `skipped`, and why into the
# summary's notes.
skipped=0
skip_notes=()
ctest_in() {
    local wrap=() status=0
    if [ "$1" = --keyring ]; then wrap=("${with_keyring[@]}"); shift; fi
    local build=$1
    shift
    "${wrap[@]}" ctest "$@" || status=$?
    local log=$build/Testing/Temporary/LastTest.log
    if [ -f "$log" ]; then
        skipped=$(grep -c '^SKIP   :' "$log" || true)
        while IFS= read -r line; do skip_notes+=("$line"); done < <(grep -h '^SKIP   :' "$log" |
            sed -E 's/^SKIP   : [^ (]*::[^ (]*(\([^)]*\))? //; s/^SKIP   : //; s/ +Loc: .*//' | sort | uniq -c | sed -E 's/^ +//')
    fi
    return $status
}

# run_suite NAME STEP-LABEL COMMAND... [:: STEP-LABEL COMMAND...]: runs the steps in order, stops the suite at
# the first failing step, and records one summary line with the time of each step and the skipped count.
run_suite() {
    local name=$1 status=PASS steps=() label start cpu_start
    skipped=0
    shift
    while [ $# -gt 0 ]; do
        label=$1
        shift
        local command=()
        while [ $# -gt 0 ] && [ "$1" != :: ]; do command+=("$1"); shift; done
        [ $# -gt 0 ] && shift
        echo "==== $name: $label"
        start=$SECONDS
        child_cpu
        cpu_start=$cpu_now
        if "${command[@]}"; then
            child_cpu
            steps+=("$label $(duration $((SECONDS - start))) (cpu $(duration $((cpu_now - cpu_start))))")
        else
            steps+=("$label FAILED after $(duration $((SECONDS - start)))")
            status=FAIL
            break
        fi
    done
    local joined
    joined=$(printf '%s, ' "${steps[@]}")
    summary+=("$(printf '%-9s %s  (%s)  %s skipped' "$name" "$status" "${joined%, }" "$skipped")")
    if [ $status = PASS ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

for suite in "${suites[@]}"; do
    case $suite in
    default)
        run_suite default \
            configure cmake --preset default :: \
            build cmake --build --preset default :: \
            "ctest (all labels but contract, fuzz)" ctest_in --keyring build/default --preset default -LE '^(contract|fuzz)$'
        ;;
    contract)
        run_suite contract \
            configure cmake --preset default :: \
            build cmake --build --preset default --target tst_contract :: \
            "ctest (contract)" ctest_in build/default --preset default -L '^contract$'
        ;;
    asan)
        run_suite asan \
            configure cmake --preset asan :: \
            build cmake --build --preset asan :: \
            "packages" packaging/check-deps.sh build/asan :: \
            "ctest (unit, integration, gui)" ctest_in --keyring build/asan --preset asan -L '^(unit|integration|gui)$'
        ;;
    fuzz)
        run_suite fuzz \
            configure cmake --preset fuzz :: \
            build cmake --build --preset fuzz :: \
            "packages" packaging/check-deps.sh build/fuzz :: \
            "ctest (fuzz)" ctest_in build/fuzz --preset fuzz
        ;;
    esac
done

echo
echo "==== summary"
printf '%s\n' "${summary[@]}"
if [ ${#skip_notes[@]} -gt 0 ]; then
    echo "skipped, and why (the README's \"Reference files\" says how to run them):"
    printf '  %s\n' "${skip_notes[@]}" | sort -u
fi
echo "suites: $passed passed, $failed failed"
[ $failed -eq 0 ]
