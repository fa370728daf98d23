#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
# Installs every Debian 12 package that building, testing and running the demo need. Idempotent: when all are
# present it installs nothing and asks for no privileges.
set -euo pipefail

packages=(
    cmake ninja-build g++ clang pkg-config git python3
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libsimdjson-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    dpkg-dev file desktop-file-utils appstream
    libclang-rt-14-dev
)
# libclang-rt-14-dev: libFuzzer and the sanitizer runtimes for clang (the fuzz preset); clang only recommends it.

# Node.js and npm run the contract suite's validating proxy (Prism, pinned in tests/contract/package-lock.json).
# A Node.js that is already installed (from any source; some bundle npm in the nodejs package) is kept:
# Debian's npm package would conflict with such a bundle.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo: these packages are missing: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
