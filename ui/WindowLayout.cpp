// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/WindowLayout.h"

#include "ui/AssetsPane.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString kGeometry = u"geometry"_s;
const QString kState = u"state"_s;
const QString kSplitter = u"splitter"_s;
const QString kColumnWidths = u"columnWidths"_s; // a group: spec field name -> width in pixels

QSplitter *mainSplitter(const QMainWindow &window) {
    return window.findChild<QSplitter *>(u"mainSplitter"_s);
}

} // namespace

WindowLayout::WindowLayout(QSettings *settings)
    : m_settings(settings) {}

QString WindowLayout::groupName() {
    return u"window"_s;
}

void WindowLayout::restore(QMainWindow &window, AssetsPane *assets) const {
    if (!m_settings)
        return;
    m_settings->beginGroup(groupName());
    if (const QByteArray geometry = m_settings->value(kGeometry).toByteArray(); !geometry.isEmpty())
        window.restoreGeometry(geometry);
    if (const QByteArray state = m_settings->value(kState).toByteArray(); !state.isEmpty())
        window.restoreState(state, StateVersion);
    if (QSplitter *splitter = mainSplitter(window)) {
        if (const QByteArray sizes = m_settings->value(kSplitter).toByteArray(); !sizes.isEmpty())
            splitter->restoreState(sizes);
    }
    if (assets) {
        QMap<AssetColumn, int> widths;
        m_settings->beginGroup(kColumnWidths);
        const QStringList fields = m_settings->childKeys();
        for (const QString &field : fields) {
            const QByteArray latin = field.toLatin1();
            const std::optional<AssetColumn> column = assetColumnFromField(QLatin1StringView(latin));
            bool ok = false;
            const int width = m_settings->value(field).toInt(&ok);
            if (column && ok && width > 0 && width < 10000)
                widths.insert(*column, width);
        }
        m_settings->endGroup();
        assets->setColumnWidths(widths);
    }
    m_settings->endGroup();
}

void WindowLayout::save(const QMainWindow &window, const AssetsPane *assets) const {
    if (!m_settings)
        return;
    m_settings->beginGroup(groupName());
    m_settings->setValue(kGeometry, window.saveGeometry());
    m_settings->setValue(kState, window.saveState(StateVersion));
    if (const QSplitter *splitter = mainSplitter(window))
        m_settings->setValue(kSplitter, splitter->saveState());
    if (assets) {
        m_settings->remove(kColumnWidths);
        m_settings->beginGroup(kColumnWidths);
        const QMap<AssetColumn, int> widths = assets->columnWidths();
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            m_settings->setValue(QString(assetColumnInfo(it.key()).field), it.value());
        m_settings->endGroup();
    }
    m_settings->endGroup();
}

} // namespace rz
