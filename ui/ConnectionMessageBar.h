// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace rz {

// A non-blocking message strip for the connection dialog: a sentence, an optional action button and a
// dismiss button. Showing a new message replaces the previous one (and its action).
class ConnectionMessageBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMessageBar)
public:
    enum class Kind { Information, Warning, Error };

    explicit ConnectionMessageBar(QWidget *parent = nullptr);
    ~ConnectionMessageBar() override;

    void showMessage(Kind kind, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    void dismiss();

    QString text() const;
    Kind kind() const;
    QPushButton *actionButton() const;

private:
    void runAction();

    QLabel *m_iconLabel = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_actionButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
};

} // namespace rz
