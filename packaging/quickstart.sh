#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
#   packaging/quickstart.sh demo   install what is needed, build, open rzconsole on the demo console
#   packaging/quickstart.sh test   install what is needed, build, run every test headless
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in demo|test) ;; *) echo "usage: $0 demo|test" >&2; exit 2 ;; esac

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

if [ "$mode" = demo ]; then
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: opening the demo on a virtual one (xvfb) is pointless; run this from a desktop session." >&2
        exit 1
    fi
    exec build/default/app/rzconsole --demo
fi

# Headless: offscreen widgets, and a private keyring on a private session bus for the keychain tests.
export QT_QPA_PLATFORM=offscreen
dbus-run-session -- tests/with-keyring.sh ctest --preset default "${@:2}"
