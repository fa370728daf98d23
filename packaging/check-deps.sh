#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
#   packaging/check-deps.sh [--without PACKAGE]... BUILD_DIR...
#
# Proves that packaging/install-deps.sh installs every Debian package that a configured and built tree used,
# on this machine, however many other packages it has. What a tree used:
#   - every CMake package configuration file its configure loaded (the *_DIR entries of CMakeCache.txt),
#   - every program and library file the cache names (compiler, make program, find_program/find_library)
#     that a build rule or a test command uses,
#   - every header outside the project that a compile read (ninja's dependency log),
#   - every library file a link named, and every shared library the built programs load (ldd),
#   - the programs that the tests, the test scripts and the packaging call (the list below).
# Each file is mapped to the package that owns it. A package that is neither in install-deps.sh's list nor in
# the dependency closure of that list (Depends and Pre-Depends, never Recommends) nor essential is reported
# with the file that needs it, and the check fails. A program that exists only outside Debian's packages
# (in /usr/local, a version manager, a home directory) fails it too: a fresh machine will not have it.
#
# --without PACKAGE checks against the list less PACKAGE: the `packaging.deps_check_can_fail` test uses it to
# show that the check fails, and names the package, when a package the build needs is dropped from the list.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/.." && pwd)

without=()
while [ $# -gt 0 ]; do
    case $1 in
    --without) without+=("$2"); shift 2 ;;
    -*) echo "usage: $0 [--without PACKAGE]... BUILD_DIR..." >&2; exit 2 ;;
    *) break ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--without PACKAGE]... BUILD_DIR..." >&2; exit 2; }
command -v dpkg-query >/dev/null && command -v apt-cache >/dev/null ||
    { echo "check-deps.sh: this is not a Debian system (no dpkg-query or apt-cache)" >&2; exit 2; }

# The programs the tests, their scripts and the packaging run, by name (found in the system's directories).
tools=(
    cmake ctest cpack ninja g++ clang++ ccache git python3 openssl
    xvfb-run xauth dbus-run-session dbus-send gnome-keyring-daemon
    node npm desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps file
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Files, one per line, each with what needed it: "<path>\t<why>".
used=$work/used
: >"$used"
for build in "$@"; do
    build=$(cd "$build" && pwd)
    cache=$build/CMakeCache.txt
    [ -f "$cache" ] || { echo "check-deps.sh: $build is not a configured build tree (no CMakeCache.txt)" >&2; exit 2; }
    name=$(basename "$build")

    # Package configuration files, and the programs and libraries the cache names.
    sed -n -E 's/^([A-Za-z0-9_]+_DIR):(PATH|INTERNAL|STRING)=(\/.+)$/\3\t\1/p' "$cache" | while IFS=$'\t' read -r dir entry; do
        [ -d "$dir" ] || continue
        find "$dir" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) -printf "%p\t$name: find_package ($entry)\n"
    done >>"$used"
    # A program or library the cache names counts when a build rule or a test runs or links it (FindOpenGL,
    # say, records every GL library it sees, and the build links one of them).
    commands=$work/commands-$name
    cat "$build/build.ninja" "$build/CMakeFiles/rules.ninja" 2>/dev/null >"$commands" || true
    find "$build" -name CTestTestfile.cmake -not -path '*/_deps/*' -exec cat {} + >>"$commands" 2>/dev/null || true
    sed -n -E 's/^([A-Za-z0-9_]+):FILEPATH=(\/.+)$/\2\t\1/p' "$cache" | while IFS=$'\t' read -r file entry; do
        if [ -f "$file" ] && grep -qF -- "$file" "$commands"; then printf '%s\t%s\n' "$file" "$name: $entry"; fi
    done >>"$used"

    # Headers the compiles read, and libraries the links named.
    if [ -f "$build/.ninja_deps" ]; then
        ninja -C "$build" -t deps 2>/dev/null | sed -n -E 's/^    (\/.+)$/\1/p' | sort -u |
            grep -v -e "^$source_dir/" -e "^$build/" | sed "s|\$|\t$name: #include|" >>"$used"
    fi
    if [ -f "$build/build.ninja" ]; then
        grep -E '^  LINK_(LIBRARIES|FLAGS) = ' "$build/build.ninja" | tr ' ' '\n' | grep -E '^/usr/.*\.(so|a)(\.[0-9.]+)?$' |
            sort -u | sed "s|\$|\t$name: link|" >>"$used"
    fi
    # Shared libraries the built programs load.
    find "$build" -type f -perm -u+x \( -name 'rzconsole*' -o -name 'tst_*' -o -name 'fuzz_*' \) \
        -not -path '*/CMakeFiles/*' -not -path '*/_CPack_Packages/*' -print 2>/dev/null | head -200 |
        while read -r program; do
            ldd "$program" 2>/dev/null | sed -n -E "s|^.*=> (/[^ ]+) .*$|\1\t$name: loaded by $(basename "$program")|p"
        done | sort -u -t$'\t' -k1,1 >>"$used"
done

# Programs, from the system's directories: where a program is found only elsewhere, no package provides it.
for tool in "${tools[@]}"; do
    found=
    for dir in /usr/bin /usr/sbin /bin /sbin; do
        if [ -x "$dir/$tool" ]; then found=$dir/$tool; break; fi
    done
    if [ -n "$found" ]; then
        printf '%s\t%s\n' "$found" "program $tool" >>"$used"
    elif elsewhere=$(command -v "$tool" 2>/dev/null); then
        printf '%s\t%s\n' "$elsewhere" "program $tool (found only outside Debian's packages)" >>"$used"
    else
        printf '%s\t%s\n' "/usr/bin/$tool" "program $tool (not installed)" >>"$used"
    fi
done

# Which package owns each file: dpkg's file lists, read once. Debian 12 merged /bin, /lib and /sbin into /usr,
# so a file seen as /usr/lib/... may be listed as /lib/... and the other way round.
owners=$work/owners
find /var/lib/dpkg/info -name '*.list' -print0 | xargs -0 awk '
    FNR == 1 { pkg = FILENAME; sub(/.*\//, "", pkg); sub(/\.list$/, "", pkg); sub(/:.*/, "", pkg) }
    { print $0 "\t" pkg }' >"$owners"

mapped=$work/mapped    # "<package>\t<path>\t<why>"
unowned=$work/unowned  # "<path>\t<why>"
awk -F'\t' -v mapped="$mapped" -v unowned="$unowned" '
    NR == FNR { if (!($1 in owner)) owner[$1] = $2; else if (index(", " owner[$1] ", ", ", " $2 ", ") == 0) owner[$1] = owner[$1] ", " $2; next }
    {
        path = $1; why = $2; alt = path
        if (path ~ /^\/usr\/(bin|sbin|lib|lib32|lib64|libx32)\//) { alt = substr(path, 5) }
        else if (path ~ /^\/(bin|sbin|lib|lib32|lib64|libx32)\//) { alt = "/usr" path }
        if (path in owner) print owner[path] "\t" path "\t" why > mapped
        else if (alt in owner) print owner[alt] "\t" path "\t" why > mapped
        else print path "\t" why > unowned
    }' "$owners" "$used"
touch "$mapped" "$unowned"

# A path no list names may still be a symbolic link to one that a list does (e.g. /usr/lib/.../libfoo.so.6).
if [ -s "$unowned" ]; then
    still=$work/still
    : >"$still"
    while IFS=$'\t' read -r path why; do
        real=$(readlink -f "$path" 2>/dev/null || true)
        pkg=
        if [ -n "$real" ] && [ "$real" != "$path" ]; then
            pkg=$(dpkg-query -S "$real" 2>/dev/null | grep -v '^diversion' | head -1 | cut -d: -f1 || true)
        fi
        if [ -z "$pkg" ]; then
            pkg=$(dpkg-query -S "$path" 2>/dev/null | grep -v '^diversion' | head -1 | cut -d: -f1 || true)
        fi
        if [ -n "$pkg" ]; then printf '%s\t%s\t%s\n' "$pkg" "$path" "$why" >>"$mapped"; else printf '%s\t%s\n' "$path" "$why" >>"$still"; fi
    done <"$unowned"
    mv "$still" "$unowned"
fi

# The list, less --without, and its closure over what is installed here.
mapfile -t listed < <("$here/install-deps.sh" --list)
for drop in "${without[@]}"; do
    for i in "${!listed[@]}"; do [ "${listed[$i]}" = "$drop" ] && unset 'listed[i]'; done
done
installed_listed=()
for p in "${listed[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' && installed_listed+=("$p")
done
closure=$work/closure
{
    printf '%s\n' "${listed[@]}"
    if [ ${#installed_listed[@]} -gt 0 ]; then
        apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts --no-breaks \
            --no-replaces --no-enhances "${installed_listed[@]}" 2>/dev/null |
            sed -n -E 's/^ *(Pre)?Depends: //p; /^[^ ]/p; s/^    ([^ ].*)$/\1/p'
    fi
    dpkg-query -W -f='${Package}\t${Essential}\n' | awk -F'\t' '$2 == "yes" { print $1 }'
} | sed -E 's/[<>]//g; s/:[a-z0-9]+$//' | sort -u >"$closure"

# Every package a used file belongs to (a file that several packages share needs only one of them).
status=0
missing=$work/missing
awk -F'\t' 'NR == FNR { have[$1] = 1; next }
    { n = split($1, alternatives, /, */); ok = 0
      for (i = 1; i <= n; i++) if (alternatives[i] in have) ok = 1
      if (!ok) print alternatives[1] "\t" $2 "\t" $3 }' "$closure" "$mapped" >"$missing"

if [ -s "$missing" ]; then
    status=1
    echo "Packages this build used that packaging/install-deps.sh does not install (nor anything it installs depends on them):"
    # Per package, the file with the shortest path (a package's own Config.cmake before its plugins) and a count.
    awk -F'\t' '{ n[$1]++; if (!($1 in best) || length($2) < length(best[$1])) { best[$1] = $2; why[$1] = $3 } }
        END { for (p in n) printf "  missing: %s   (for %s; %s%s)\n", p, best[p], why[p],
                                   (n[p] > 1 ? sprintf("; and %d more files", n[p] - 1) : "") }' "$missing" | sort
fi
if [ -s "$unowned" ]; then
    # Files of the project's own npm install (Prism) and of the build tree are the build's, not the system's.
    grep -v -e "^$source_dir/" "$unowned" | sort -u >"$work/outside" || true
    if [ -s "$work/outside" ]; then
        status=1
        echo "Files this build used that no Debian package provides (a fresh Debian machine will not have them):"
        while IFS=$'\t' read -r path why; do echo "  not from a package: $path   ($why)"; done <"$work/outside"
    fi
fi
files=$(wc -l <"$used")
packages=$(cut -f1 "$mapped" | tr ',' '\n' | sed 's/ //g' | sort -u | wc -l)
if [ $status -eq 0 ]; then
    echo "check-deps: the ${files} files this build used come from ${packages} packages, each installed by packaging/install-deps.sh or by what it installs"
fi
exit $status
