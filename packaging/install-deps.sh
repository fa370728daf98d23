#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
# Installs every Debian 12 (bookworm) package that configuring, building, testing, packaging and running the
# demo need, without recommends. Idempotent: when all are present it installs nothing and asks for no
# privileges. `--list` prints the list and installs nothing; packaging/check-deps.sh (the
# `packaging.deps_complete` test) proves from what a build really used that the list is complete.
set -euo pipefail

packages=(
    cmake ninja-build g++ clang pkg-config git python3
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libsimdjson-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools openssl
    dpkg-dev file desktop-file-utils appstream
    libclang-rt-14-dev llvm ccache
)
# libqt6opengl6-dev: Qt6ChartsConfig.cmake needs Qt6OpenGLConfig.cmake, and qt6-charts-dev does not depend on it.
# libclang-rt-14-dev: libFuzzer and the sanitizer runtimes for clang (the fuzz preset); clang only recommends it.
# llvm: llvm-symbolizer, for readable stack traces in sanitizer and fuzzer reports, and llvm-ar, which CMake
# archives with in the clang builds wherever it is installed (so that every machine builds the same way).
# openssl: tst_apitls makes its test certificate with it. ccache: repeated builds of the four presets.

# packaging/fresh-machine-check.sh (not part of the build or the tests) makes a Debian root with mmdebstrap; it
# asks for it with --fresh-machine-check.
if [ "${1:-}" = --fresh-machine-check ]; then
    packages=(mmdebstrap)
fi

# Node.js and npm run the contract suite's validating proxy (Prism, pinned in tests/contract/package-lock.json).
# A Node.js that is already installed (from any source; some bundle npm in the nodejs package) is kept:
# Debian's npm package would conflict with such a bundle.
if [ "${1:-}" != --fresh-machine-check ] && { ! command -v node >/dev/null || ! command -v npm >/dev/null; }; then
    packages+=(nodejs npm)
fi

if [ "${1:-}" = --list ]; then
    printf '%s\n' "${packages[@]}"
    [[ " ${packages[*]} " == *" nodejs "* ]] || printf '%s\n' nodejs npm
    exit 0
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
