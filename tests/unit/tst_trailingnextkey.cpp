// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The next_key guess from an export page's last bytes: taken only from a member that closes the page object,
// never from inside a string, a nested object or a key with escapes.
#include "json/TrailingNextKey.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

class TestTrailingNextKey final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void table_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("guessed");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *name, const QByteArray &body, bool guessed, const QString &key = {}) {
            QTest::newRow(name) << body << guessed << key;
        };
        row("compact", "{\"assets\":[{\"id\":\"a\"}],\"next_key\":\"k2\"}"_ba, true, u"k2"_s);
        row("spaced", "{\"assets\": [],\n  \"next_key\" : \"k2\"\n}\r\n"_ba, true, u"k2"_s);
        row("last page", "{\"assets\":[{\"id\":\"a\"}],\"next_key\":\"\"}"_ba, true, u""_s);
        row("only member", "{\"next_key\":\"k\"}"_ba, true, u"k"_s);
        row("utf-8 key", "{\"assets\":[],\"next_key\":\"k\xc3\xa9\"}"_ba, true, u"k\u00e9"_s);
        row("bare array", "[{\"id\":\"a\",\"next_key\":\"k\"}]"_ba, false);
        row("nested object", "{\"assets\":[],\"meta\":{\"next_key\":\"fake\"}}"_ba, false);
        row("inside a string", "{\"assets\":[],\"x\":\"a,\\\"next_key\\\":\\\"fake\"}"_ba, false);
        row("escaped key", "{\"assets\":[],\"next_key\":\"a\\\"b\"}"_ba, false);
        row("other member", "{\"assets\":[],\"next_key_2\":\"k\"}"_ba, false);
        row("suffix of a member", "{\"assets\":[],\"xnext_key\":\"k\"}"_ba, false);
        row("number", "{\"assets\":[],\"next_key\":12}"_ba, false);
        row("null", "{\"assets\":[],\"next_key\":null}"_ba, false);
        row("trailing garbage", "{\"assets\":[],\"next_key\":\"k\"}x"_ba, false);
        row("empty", ""_ba, false);
        row("just braces", "}"_ba, false);
        row("just a quote", "\"}"_ba, false);
        row("too long", "{\"assets\":[],\"next_key\":\"" + QByteArray(2000, 'k') + "\"}", false);
        row("control character", "{\"next_key\":\"a\nb\"}"_ba, false);
    }

    void table() {
        QFETCH(QByteArray, body);
        QFETCH(bool, guessed);
        QFETCH(QString, key);
        const std::optional<QString> guess = json::trailingNextKey(body);
        QCOMPARE(guess.has_value(), guessed);
        if (guessed)
            QCOMPARE(*guess, key);
    }

    // Every prefix of a page: a guess, if any, never reads outside the body.
    void everyPrefix() {
        const QByteArray body = "{\"assets\":[{\"id\":\"a\"}],\"next_key\":\"k2\"}"_ba;
        for (qsizetype n = 0; n <= body.size(); ++n) {
            const std::optional<QString> guess = json::trailingNextKey(QByteArrayView(body).first(n));
            QCOMPARE(guess.has_value(), n == body.size());
        }
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestTrailingNextKey)
#include "tst_trailingnextkey.moc"
