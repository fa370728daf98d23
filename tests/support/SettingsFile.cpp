// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "support/SettingsFile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace rz::test {

SettingsFile::~SettingsFile() {
    reset();
}

bool SettingsFile::create() {
    reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"rzconsole.conf"_s), QSettings::IniFormat);
    return m_dir->isValid();
}

void SettingsFile::reset() {
    m_settings.reset(); // writes what it holds, into the folder that is still there
    m_dir.reset();
}

QSettings &SettingsFile::reopen() {
    const QString fileName = m_settings->fileName();
    m_settings.reset();
    m_settings = std::make_unique<QSettings>(fileName, QSettings::IniFormat);
    return *m_settings;
}

QString SettingsFile::folder() const {
    return m_dir ? m_dir->path() : QString();
}

QString SettingsFile::filePath(const QString &name) const {
    return m_dir ? m_dir->filePath(name) : QString();
}

QByteArray SettingsFile::contents() const {
    if (!m_settings)
        return {};
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace rz::test
