#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
# Brings every translations/*.ts file up to date with the texts in the sources (new texts arrive unfinished,
# texts no longer in the sources are dropped). With --check, changes nothing and fails when a file is out of
# date or holds an unfinished entry; the `translations` test runs that. --new <language> starts a language.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in lupdate /usr/lib/qt6/bin/lupdate; do
        if command -v "$candidate" >/dev/null; then lupdate=$candidate; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "update.sh: lupdate (Qt 6 Linguist tools) not found" >&2; exit 2; }

check=false
[ "${1:-}" = "--check" ] && check=true

# The client's sources, in a fixed order, without the simulated console (it plays the server and speaks English).
mapfile -t sources < <(find core models session ui app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)

# -I: lupdate reads the headers to know which class (context) a tr() belongs to.
lupdate_args=(-I core -I . -locations none -no-obsolete)

# Creating a language: translations/update.sh --new fr
if [ "${1:-}" = "--new" ]; then
    [ -n "${2:-}" ] || { echo "usage: $0 --new <language>" >&2; exit 2; }
    exec "$lupdate" "${lupdate_args[@]}" -target-language "$2" "${sources[@]}" -ts "translations/rzconsole_$2.ts"
fi

shopt -s nullglob
status=0
for ts in translations/*.ts; do
    if $check; then
        work=$(mktemp -d)
        trap 'rm -rf "$work"' EXIT
        cp "$ts" "$work/"
        "$lupdate" -silent "${lupdate_args[@]}" "${sources[@]}" -ts "$work/$(basename "$ts")" >/dev/null
        if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
            echo "$ts is out of date with the sources; run translations/update.sh and translate what it adds:"
            diff -u "$ts" "$work/$(basename "$ts")" | grep -E '^[+-] *<source>' | head -20 || true
            status=1
        fi
        unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
        if [ "$unfinished" -gt 0 ]; then
            echo "$ts has $unfinished unfinished entries:"
            grep -B2 'type="unfinished"' "$ts" | grep '<source>' | head -20
            status=1
        fi
        rm -rf "$work"
        trap - EXIT
    else
        "$lupdate" "${lupdate_args[@]}" "${sources[@]}" -ts "$ts"
    fi
done
exit $status
