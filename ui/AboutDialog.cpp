// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this)) {
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About rzconsole"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    const int size = 4 * style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) / 2;
    const QIcon appIcon =
        QApplication::windowIcon().isNull() ? QIcon(u":/icons/rzconsole.svg"_s) : QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(size, size));
    icon->setAccessibleName(tr("rzconsole icon"));

    QString html = u"<h2>rzconsole %1</h2><p>%2</p>"_s.arg(version().toHtmlEscaped(),
                                                           tr("A desktop console for the runZero asset "
                                                              "inventory.")
                                                               .toHtmlEscaped());
    html += u"<p>"_s + details().toHtmlEscaped().replace(u'\n', "<br>"_L1) + u"</p>"_s;
    const QString licenceLink = u"<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a>"_s.arg(
        tr("GNU General Public License, version 3 or later").toHtmlEscaped());
    html += u"<p>"_s +
            tr("This program is free software: you can redistribute it and/or modify it under the terms of "
               "the %1.")
                .toHtmlEscaped()
                .arg(licenceLink) +
            u"</p>"_s;
    if (const QString home = homePage(); !home.isEmpty())
        html += u"<p><a href=\"%1\">%2</a></p>"_s.arg(home.toHtmlEscaped(), home.toHtmlEscaped());
    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(html);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setAccessibleName(tr("About rzconsole"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(52 * fontMetrics().averageCharWidth());
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::version() {
    return QStringLiteral(RZ_VERSION);
}

QString AboutDialog::qtRuntimeVersion() {
    return QString::fromLatin1(qVersion());
}

QString AboutDialog::qtBuildVersion() {
    return QStringLiteral(QT_VERSION_STR);
}

QString AboutDialog::keychainVersion() {
    return QStringLiteral(RZ_QTKEYCHAIN_VERSION);
}

QString AboutDialog::licence() {
    return u"GPL-3.0-or-later"_s;
}

QString AboutDialog::homePage() {
    return QStringLiteral(RZ_HOMEPAGE_URL);
}

QString AboutDialog::details() {
    return tr("Version %1\nQt %2 (built with Qt %3)\nQtKeychain %4\nLicence: %5")
        .arg(version(), qtRuntimeVersion(), qtBuildVersion(), keychainVersion(), licence());
}

} // namespace rz
