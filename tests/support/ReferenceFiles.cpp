// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ReferenceFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rz::test {

namespace {

QString whatItIs(const char *name) {
    const QLatin1StringView file(name);
    if (file == QLatin1StringView(reference::spec))
        return u"the official runZero OpenAPI specification (v1.0.5), published in the public repository "
               u"runZeroInc/runzero-api"_s;
    if (file == QLatin1StringView(reference::labExport))
        return u"a real runZero asset export (3 assets of a runZero demo lab, 841 KB), published in the "
               u"public "
               u"repository tdiderich/runZero-scripts as asset-sources-overview/assets.json"_s;
    if (file == QLatin1StringView(reference::fieldsLimitedAsset))
        return u"one real asset fetched with a 35-column fields= list, published in the public repository "
               u"patrimarlara18/RunZero-Rumble (run.ps1)"_s;
    return u"runZero reference material"_s;
}

} // namespace

QString referenceDir() {
    const QString dir = qEnvironmentVariable("RZ_REFERENCE_DIR");
    if (!dir.isEmpty())
        return dir;
    return QDir(qEnvironmentVariable("RZ_SOURCE_DIR")).filePath(u"../shared/runzero"_s);
}

QString referencePath(const char *name) {
    return QDir::cleanPath(QDir(referenceDir()).filePath(QString::fromLatin1(name)));
}

QString missingReference(const char *name) {
    const QString path = referencePath(name);
    if (QFileInfo(path).isReadable())
        return {};
    return u"needs %1: %2. The repository does not carry it; point RZ_REFERENCE_DIR (environment or CMake "
           u"cache) at the folder that holds %3"_s.arg(path, whatItIs(name), QString::fromLatin1(name));
}

bool referenceRequired() {
    return qEnvironmentVariable("RZ_REQUIRE_REFERENCE") == u"1"_s;
}

QByteArray readReference(const char *name) {
    QFile file(referencePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace rz::test
