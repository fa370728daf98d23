// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/SearchSyntaxHelp.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

struct Example {
    QString query;
    QString meaning;
};

// Every example must be accepted by the console and by the simulated one (see sim/SearchQuery.h).
QList<Example> exampleList() {
    return {
        {u"os:linux alive:true"_s, SearchSyntaxHelp::tr("Linux assets that are up (a space means AND)")},
        {u"type:server AND NOT os:windows"_s, SearchSyntaxHelp::tr("servers not running Windows")},
        {u"(os:windows OR os:linux) risk:critical"_s, SearchSyntaxHelp::tr("parentheses group alternatives")},
        {u"address:10.0.0.0/8"_s, SearchSyntaxHelp::tr("every address in a CIDR range (IPv6 too)")},
        {u"site:\"Branch Office\" -alive:true"_s,
         SearchSyntaxHelp::tr("quote values with spaces; -term excludes")},
        {u"tag:owner=\"IT Operations\""_s,
         SearchSyntaxHelp::tr("tagged with exactly this owner (tag:owner: any owner)")},
        {u"name:=dc-01"_s, SearchSyntaxHelp::tr("the whole name must be dc-01, not just contain it")},
        {u"mac_vendor:cisco OR hw:vmware"_s, SearchSyntaxHelp::tr("one of two conditions")},
        {u"\"fe80::1\""_s, SearchSyntaxHelp::tr("free text with a colon must be quoted")},
    };
}

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

SearchSyntaxHelp::SearchSyntaxHelp(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_text(new QTextBrowser(this)) {
    setObjectName(u"searchSyntaxHelp"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Search syntax"));
    m_text->setObjectName(u"searchSyntaxText"_s);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setHtml(html());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_text);
    const QFontMetrics metrics = fontMetrics();
    resize(62 * metrics.averageCharWidth(), 40 * metrics.lineSpacing());

    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        // Examples are linked by their position, so that no query text needs URL-escaping.
        bool ok = false;
        const int index = link.fragment().toInt(&ok);
        const QList<Example> list = exampleList();
        if (link.scheme() != "example"_L1 || !ok || index < 0 || index >= list.size())
            return;
        hide();
        Q_EMIT exampleChosen(list.at(index).query);
    });
}

SearchSyntaxHelp::~SearchSyntaxHelp() = default;

void SearchSyntaxHelp::popUpBelow(QWidget *anchor) {
    QPoint position = anchor->mapToGlobal(QPoint(anchor->width() - width(), anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(std::clamp(position.x(), available.left(),
                                 std::max(available.left(), available.right() - width())));
        if (position.y() + height() > available.bottom())
            position.setY(std::max(available.top(), anchor->mapToGlobal(QPoint(0, 0)).y() - height()));
    }
    move(position);
    show();
    m_text->setFocus();
}

QString SearchSyntaxHelp::plainText() const {
    return m_text->toPlainText();
}

QList<QString> SearchSyntaxHelp::examples() {
    QList<QString> queries;
    for (const Example &example : exampleList())
        queries.append(example.query);
    return queries;
}

QString SearchSyntaxHelp::html() const {
    QString examples;
    const QList<Example> list = exampleList();
    for (qsizetype i = 0; i < list.size(); ++i) {
        examples += u"<tr><td><a href=\"example:#%1\"><code>%2</code></a></td><td>%3</td></tr>"_s.arg(
            QString::number(i), escaped(list.at(i).query), escaped(list.at(i).meaning));
    }
    return u"<h3>"_s + tr("Search syntax") + u"</h3>"_s +
           tr("<p>The search runs on the console over all assets of the organization (and of the site chosen "
              "on the left). Letter case never matters.</p>"
              "<table cellspacing=\"2\" cellpadding=\"2\">"
              "<tr><td><code>word</code></td><td>free text: part of a name, address, OS, hardware or "
              "type</td>"
              "</tr>"
              "<tr><td><code>field:value</code></td><td>the field contains the value</td></tr>"
              "<tr><td><code>field:=value</code></td><td>the whole field equals the value</td></tr>"
              "<tr><td><code>\"two words\"</code></td><td>quotes keep spaces and colons together; "
              "<code>\\\"</code> is a quote inside</td></tr>"
              "<tr><td><code>a b</code>, <code>a AND b</code></td><td>both</td></tr>"
              "<tr><td><code>a OR b</code></td><td>either</td></tr>"
              "<tr><td><code>NOT a</code>, <code>-a</code></td><td>not a</td></tr>"
              "<tr><td><code>( … )</code></td><td>groups; NOT binds first, then AND, then OR</td></tr>"
              "</table>"
              "<h4>Fields</h4>"
              "<p><code>name</code>, <code>os</code>, <code>os_version</code>, <code>hw</code>, "
              "<code>type</code>, <code>mac</code>, <code>mac_vendor</code>, <code>risk</code> — part of the "
              "value;<br><code>site</code> — the whole site name or its id;<br><code>address</code> — one IP "
              "address, or a CIDR range such as <code>10.0.0.0/8</code> or <code>fd00::/8</code>;<br>"
              "<code>tag:key</code> or <code>tag:key=value</code>;<br><code>alive:true</code> or "
              "<code>alive:false</code>;<br><code>id</code> — one asset id.</p>") +
           u"<h4>"_s + tr("Examples (click to use)") + u"</h4><table cellspacing=\"2\" cellpadding=\"2\">"_s +
           examples + u"</table><p>"_s +
           tr("Not understood here: wildcards, comparisons such as <code>&lt;</code> and <code>&gt;</code>, "
              "and other fields. A query the console cannot read is shown above the table, with the "
              "position of the problem.") +
           u"</p>"_s;
}

} // namespace rz
