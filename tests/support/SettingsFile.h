// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rz::test {

// A QSettings in INI format on a file of its own in a new temporary folder: settings a test may write and
// read back without touching the user's, gone with the folder afterwards. Used like a pointer to the
// QSettings (get(), *, ->); create() makes a new, empty one (in a test's init(), or at the start of a test)
// and reset() removes it with its folder.
class SettingsFile final {
public:
    SettingsFile() = default;
    ~SettingsFile();
    SettingsFile(const SettingsFile &) = delete;
    SettingsFile &operator=(const SettingsFile &) = delete;

    // Replaces the file (and folder) there may be by a new, empty one; false when no folder could be made.
    [[nodiscard]] bool create();
    void reset();
    // Writes what the QSettings holds and opens the file again with a new one, as the application's next
    // start reads it; what get() returned before is gone.
    QSettings &reopen();

    QSettings *get() const { return m_settings.get(); }
    QSettings &operator*() const { return *m_settings; }
    QSettings *operator->() const { return m_settings.get(); }

    // The temporary folder, and a path in it: a place for the test's other files.
    QString folder() const;
    QString filePath(const QString &name) const;
    // The file as it is on disk once the QSettings has written what it holds; empty when it cannot be read.
    QByteArray contents() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rz::test
