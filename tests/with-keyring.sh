#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
# Runs a command with a private, unlocked gnome-keyring on the current D-Bus session bus. Call it inside
# `dbus-run-session -- tests/with-keyring.sh <command>` so that nothing touches the user's real keyring.
set -euo pipefail

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no session bus; run it as: dbus-run-session -- $0 $*" >&2
    exit 2
fi

scratch=$(mktemp -d)
cleanup() {
    if [ -n "${keyring_pid:-}" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR="$scratch/run" HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$HOME"

eval "$(printf 'rzconsole-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
keyring_pid=${GNOME_KEYRING_PID:-}

# Wait until the Secret Service owns its bus name; without this wait a corrupt-keyring error appears at random.
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        exec_ok=1
        break
    fi
    sleep 0.05
done
if [ -z "${exec_ok:-}" ]; then
    echo "with-keyring.sh: gnome-keyring did not start its Secret Service" >&2
    exit 1
fi

status=0
"$@" || status=$?
exit "$status"
