// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// AssetPageBatcher: the first page of a load goes on at once, the pages that follow within the interval wait
// and go on together, in order; flush() hands them on at a load's end, clear() drops them.
#include "models/AssetPageBatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rz {

namespace {

AssetPage pageNamed(const QString &nextKey) {
    AssetPage page;
    page.nextKey = nextKey; // enough to tell pages apart
    return page;
}

// What the batcher handed on: one list of next keys per batch.
class Received final : public QObject {
public:
    explicit Received(AssetPageBatcher *batcher) {
        connect(batcher, &AssetPageBatcher::pagesReady, this, [this](const QList<AssetPage> &pages) {
            QStringList keys;
            for (const AssetPage &page : pages)
                keys.append(page.nextKey);
            batches.append(keys);
        });
    }
    QList<QStringList> batches;
};

} // namespace

class TestAssetPageBatcher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstPageAtOnceThenBatches() {
        AssetPageBatcher batcher(20ms);
        Received received(&batcher);
        batcher.add(pageNamed(u"1"_s));
        QCOMPARE(received.batches, QList<QStringList>{{u"1"_s}});
        QVERIFY(batcher.isHolding());
        batcher.add(pageNamed(u"2"_s));
        batcher.add(pageNamed(u"3"_s));
        QCOMPARE(batcher.waitingPages(), 2);
        QCOMPARE(received.batches.size(), 1); // nothing more before the interval has passed
        QTRY_COMPARE(received.batches.size(), 2);
        QCOMPARE(received.batches.at(1), (QStringList{u"2"_s, u"3"_s}));
        QCOMPARE(batcher.waitingPages(), 0);
        // Quiet for a whole interval: the next page goes on at once again.
        QTRY_VERIFY(!batcher.isHolding());
        batcher.add(pageNamed(u"4"_s));
        QCOMPARE(received.batches.size(), 3);
        QCOMPARE(received.batches.at(2), QStringList{u"4"_s});
    }

    void flushHandsOnTheRestNow() {
        AssetPageBatcher batcher(1h); // the interval never passes here
        Received received(&batcher);
        batcher.add(pageNamed(u"1"_s));
        batcher.add(pageNamed(u"2"_s));
        batcher.add(pageNamed(u"3"_s));
        QCOMPARE(received.batches.size(), 1);
        batcher.flush();
        QCOMPARE(received.batches, (QList<QStringList>{{u"1"_s}, {u"2"_s, u"3"_s}}));
        batcher.flush(); // nothing waits: nothing is sent
        QCOMPARE(received.batches.size(), 2);
    }

    void clearDropsWaitingPages() {
        AssetPageBatcher batcher(1h);
        Received received(&batcher);
        batcher.add(pageNamed(u"old 1"_s));
        batcher.add(pageNamed(u"old 2"_s));
        batcher.clear();
        QCOMPARE(batcher.waitingPages(), 0);
        QVERIFY(!batcher.isHolding());
        batcher.flush();
        // A new load's first page is not held back by the old load's interval.
        batcher.add(pageNamed(u"new 1"_s));
        QCOMPARE(received.batches, (QList<QStringList>{{u"old 1"_s}, {u"new 1"_s}}));
    }

    void receiverMayAddWhileHandling() {
        AssetPageBatcher batcher(1h);
        QStringList seen;
        connect(&batcher, &AssetPageBatcher::pagesReady, this, [&](const QList<AssetPage> &pages) {
            for (const AssetPage &page : pages)
                seen.append(page.nextKey);
            if (seen.size() == 2)
                batcher.add(pageNamed(u"added while handling"_s)); // waits: the interval is still running
        });
        batcher.add(pageNamed(u"1"_s));
        batcher.add(pageNamed(u"2"_s));
        batcher.flush();
        QCOMPARE(seen, (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(batcher.waitingPages(), 1);
        batcher.flush();
        QCOMPARE(seen.last(), u"added while handling"_s);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestAssetPageBatcher)
#include "tst_assetpagebatcher.moc"
