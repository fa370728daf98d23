#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
# Builds the Debian package from a build tree, checks its contents and runs `rzconsole --version` from it.
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/rzconsole_*.deb)
echo "package: $(basename "$deb")"
info=$(dpkg-deb --info "$deb")
grep -E '^ (Package|Version|Depends):' <<<"$info"
grep -q '^ Depends:.*libqt6widgets6' <<<"$info" || { echo "no Qt dependency recorded" >&2; exit 1; }

dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/rzconsole usr/bin/rzconsole-sim usr/share/applications/io.github.rzconsole.desktop \
         usr/share/metainfo/io.github.rzconsole.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.rzconsole.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.rzconsole.png; do
    [ -e "$work/root/$f" ] || { echo "missing from package: $f" >&2; exit 1; }
done
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/rzconsole" --version)
echo "packaged binary says: $out"
case "$out" in *"$version"*) ;; *) echo "unexpected --version output" >&2; exit 1 ;; esac
