#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
"""Checks that every #include of the product's sources runs down the layers of ARCHITECTURE.md.

    check-includes.py SOURCE_ROOT QT_HEADERS_DIR

Each folder (a room) may include its own headers and those of the rooms below it. The compiler enforces most
of it (each library's include root holds only its own folder); this also covers what it cannot: the arrows
inside core/ (api -> json -> domain; auth never reaches api), ui/ including no JSON code, Widgets and Charts
headers below ui/, and QNetworkAccessManager/QNetworkReply outside core/api/. Prints each violation as
"file:line: why" and exits 1 when there is one.
"""
import os
import re
import sys

# room -> the rooms it may include (besides itself).
ALLOWED = {
    "core/domain": set(),
    "core/json": {"core/domain"},
    "core/export": {"core/domain"},
    "core/auth": {"core/domain"},
    "core/api": {"core/auth", "core/json", "core/export", "core/domain"},
    "sim": set(),
    "models": {"core/api", "core/auth", "core/json", "core/export", "core/domain"},
    "session": {"models", "core/api", "core/auth", "core/domain", "core/export"},
    "ui": {"session", "models", "core/api", "core/auth", "core/domain", "core/export"},
    "app": {"ui", "session", "models", "core/api", "core/auth", "core/domain", "core/export", "sim"},
}
CORE_PARTS = {"api", "auth", "domain", "json", "export"}
# Qt modules only some rooms may use: module folder -> the rooms allowed.
QT_MODULES = {"QtWidgets": {"ui", "app"}, "QtCharts": {"ui", "app"}}
NETWORK_CLASSES = {"QNetworkAccessManager", "QNetworkReply", "qnetworkaccessmanager.h", "qnetworkreply.h"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def room_of(relative):
    parts = relative.split("/")
    if parts[0] == "core" and len(parts) > 2 and parts[1] in CORE_PARTS:
        return "core/" + parts[1]
    if parts[0] in ALLOWED:
        return parts[0]
    return None


def target_room(including_room, including_dir, included, source_root):
    """The room of a quoted include, or None when it is not one of the product's headers."""
    parts = included.split("/")
    if parts[0] in CORE_PARTS:
        return "core/" + parts[0]
    if parts[0] == "core" and len(parts) > 1 and parts[1] in CORE_PARTS:
        return "core/" + parts[1]
    if parts[0] in ALLOWED:
        return parts[0]
    # Relative to the including file ("Foo.h", "../ui/Foo.h").
    resolved = os.path.normpath(os.path.join(including_dir, included))
    relative = os.path.relpath(resolved, source_root).replace(os.sep, "/")
    if relative.startswith(".."):
        return "outside the project"
    return room_of(relative) or including_room


def qt_module_headers(qt_headers):
    # A header of the same name in QtCore or QtGui (QtWidgets forwards qaction.h to QtGui's) is not Widgets'.
    shared = set()
    for module in ("QtCore", "QtGui"):
        shared.update(os.listdir(os.path.join(qt_headers, module)))
    headers = {}
    for module in QT_MODULES:
        folder = os.path.join(qt_headers, module)
        if not os.path.isdir(folder):
            sys.exit(f"check-includes.py: no {module} headers in {qt_headers}")
        for name in os.listdir(folder):
            if name not in shared:
                headers.setdefault(name, module)
        headers[module] = module
    return headers


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source_root = os.path.abspath(sys.argv[1])
    module_of = qt_module_headers(sys.argv[2])
    problems = []
    files = 0
    for top in ("core", "sim", "models", "session", "ui", "app"):
        for directory, subdirectories, names in os.walk(os.path.join(source_root, top)):
            subdirectories.sort()
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, source_root).replace(os.sep, "/")
                room = room_of(relative)
                if room is None:
                    continue
                files += 1
                with open(path, encoding="utf-8") as source:
                    for number, line in enumerate(source, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        kind, included = match.groups()
                        where = f"{relative}:{number}"
                        if kind == '"':
                            target = target_room(room, directory, included, source_root)
                            if target != room and target not in ALLOWED[room]:
                                problems.append(f"{where}: {room}/ includes {included} ({target}/), which is not "
                                                f"below it")
                            continue
                        header = included.split("/")[-1]
                        module = included.split("/")[0] if "/" in included else module_of.get(header)
                        if module in QT_MODULES and room not in QT_MODULES[module]:
                            problems.append(f"{where}: {room}/ includes <{included}> ({module}); only "
                                            f"{' and '.join(r + '/' for r in sorted(QT_MODULES[module], reverse=True))} may")
                        if header in NETWORK_CLASSES and room != "core/api":
                            problems.append(f"{where}: {room}/ includes <{included}>; only core/api/ touches "
                                            f"the network manager and its replies")
    for problem in problems:
        print(problem)
    if problems:
        print(f"check-includes: {len(problems)} include(s) against the layers (see ARCHITECTURE.md)")
        return 1
    print(f"check-includes: the includes of {files} files run down the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
