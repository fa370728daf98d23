// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QFrame>

class QTextBrowser;

namespace rz {

// A popup with a short reference of the runZero query syntax that the search box sends to the console:
// field:value, quoting, AND/OR/NOT and -term, parentheses, exact matches, CIDR ranges for addresses, the
// fields that can be searched, and examples. Clicking an example offers it for the search box.
class SearchSyntaxHelp final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchSyntaxHelp)
public:
    explicit SearchSyntaxHelp(QWidget *parent = nullptr);
    ~SearchSyntaxHelp() override;

    // Shows the popup below `anchor` (kept on the anchor's screen).
    void popUpBelow(QWidget *anchor);

    // The reference as plain text (for tests and accessibility).
    QString plainText() const;
    // The example queries, in the order shown.
    static QList<QString> examples();

Q_SIGNALS:
    void exampleChosen(const QString &query);

private:
    QString html() const;

    QTextBrowser *m_text;
};

} // namespace rz
