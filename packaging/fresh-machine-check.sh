#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
#   packaging/fresh-machine-check.sh [--reference DIR] [--keep] [SUITE...]
#
# Proves the README's test command on a fresh Debian 12 machine: makes a new, minimal bookworm root with
# mmdebstrap (nothing but Debian's required packages and apt), clones this repository's HEAD into it, and runs
# `packaging/quickstart.sh test SUITE...` there as root (all four suites when none is named), so that every
# package the build and the tests need must come from packaging/install-deps.sh. Prints how long each part took.
#
# --reference DIR copies runZero's reference files (runzero-api.yml, samples/) beside the clone, as CI has them;
# without it the clone is alone and the tests that need them are skipped. --keep leaves the root in place.
# Needs root (chroot), Debian's package archive, and about 4 GB of disk. Not part of CI: it takes 30 to 60 min.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)

reference=
keep=false
suites=()
while [ $# -gt 0 ]; do
    case $1 in
    --reference) reference=$(cd "$2" && pwd); shift 2 ;;
    --keep) keep=true; shift ;;
    -*) echo "usage: $0 [--reference DIR] [--keep] [SUITE...]" >&2; exit 2 ;;
    *) suites+=("$1"); shift ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "fresh-machine-check.sh: run it as root (it uses chroot)" >&2; exit 2; }
"$source_dir/packaging/install-deps.sh" --fresh-machine-check

root=$(mktemp -d /var/tmp/rzconsole-fresh.XXXXXX)
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    if $keep; then echo "the root is kept in $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT

elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
start=$SECONDS
echo "==== fresh-machine-check: a minimal Debian 12 (bookworm) root in $root"
mmdebstrap --variant=apt --include=ca-certificates bookworm "$root" \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main"
made=$((SECONDS - start))

# A clone of HEAD, as anyone who clones the repository has it (no build tree, nothing untracked).
mkdir -p "$root/src"
git clone --quiet --no-hardlinks "$source_dir" "$root/src/rzconsole"
git -C "$root/src/rzconsole" checkout --quiet "$(git -C "$source_dir" rev-parse HEAD)"
if [ -n "$reference" ]; then
    mkdir -p "$root/src/shared"
    cp -r "$reference" "$root/src/shared/runzero"
fi

cp /etc/resolv.conf "$root/etc/resolv.conf"
# A machine behind a TLS-inspecting proxy trusts its certificate authority locally (Debian's
# /usr/local/share/ca-certificates); the new root trusts the same ones, and Node.js (npm, for the contract
# suite's Prism) is told to use the system's list, which it does not read by itself.
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null
fi
for fs in proc sys dev dev/pts; do
    mkdir -p "$root/$fs"
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
done
mount -t tmpfs tmpfs "$root/dev/shm" && mounted+=("$root/dev/shm")

echo "==== fresh-machine-check: packaging/quickstart.sh test ${suites[*]:-} (clone: $(git -C "$source_dir" rev-parse --short HEAD)${reference:+, with the reference files})"
test_start=$SECONDS
status=0
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM=dumb NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt /bin/bash -c 'cd /src/rzconsole && packaging/quickstart.sh test "$@"' quickstart \
    "${suites[@]}" || status=$?
echo "==== fresh-machine-check: root made in $(elapsed "$made"), quickstart.sh test took $(elapsed $((SECONDS - test_start))), exit status $status"
exit $status
