// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rz {

// A non-modal strip above the content that says what went wrong, with Retry and Dismiss.
class ErrorBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    void showMessage(const QString &message);
    QString message() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_retry;
    bool m_applyingColours = false;
};

} // namespace rz
