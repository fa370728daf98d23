// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/RequestPreviewDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

RequestPreviewDialog::RequestPreviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_request(new QLabel(this))
    , m_note(new QLabel(this))
    , m_body(new QPlainTextEdit(this)) {
    setObjectName(u"requestPreview"_s);
    setWindowTitle(tr("Scan Request"));
    m_request->setObjectName(u"requestLine"_s);
    m_request->setTextFormat(Qt::PlainText);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_note->setObjectName(u"requestNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_body->setObjectName(u"requestBodyView"_s);
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *explanation =
        new QLabel(tr("This is the request \u201cLaunch\u201d sends. Every value is a string, as "
                      "the API requires; options left empty are not sent, so the console\u2019s "
                      "defaults (or the template\u2019s) apply."),
                   this);
    explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Body"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyBodyButton"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(bodyText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_note);
    layout->addWidget(m_request);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

RequestPreviewDialog::~RequestPreviewDialog() = default;

void RequestPreviewDialog::setRequest(const QString &methodAndPath, const QByteArray &body,
                                      const QString &note) {
    m_request->setText(methodAndPath);
    m_body->setPlainText(QString::fromUtf8(body));
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString RequestPreviewDialog::bodyText() const {
    return m_body->toPlainText();
}

} // namespace rz
