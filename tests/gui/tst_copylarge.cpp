// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Ctrl+C over a large selection: the tab-separated text is written on a worker thread, so the window keeps
// answering, and reaches the clipboard complete; a newer copy supersedes one still under way.
#include "models/AssetTableModel.h"
#include "ui/AssetTableActions.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

class TestCopyLarge final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void largeSelectionIsCopiedOnAWorker() {
        constexpr int rows = int(AssetTableActions::directCopyRows) + 5000;
        AssetTableModel model;
        model.setColumns({AssetColumn::Names, AssetColumn::Type});
        AssetPage page;
        page.columns = model.columns();
        page.rows.reserve(std::size_t(rows));
        for (int i = 0; i < rows; ++i)
            page.rows.push_back({u"id-%1"_s.arg(i), {u"host-%1"_s.arg(i), u"Server"_s}});
        model.appendPage(page);
        QTableView view;
        view.setModel(&model);
        AssetTableActions actions(&model, &view);
        view.selectAll();

        QApplication::clipboard()->setText(u"before"_s);
        QSignalSpy finished(&actions, &AssetTableActions::copyFinished);
        QVERIFY(actions.copySelection());
        QVERIFY(actions.copySelection()); // at once again: only this one reaches the clipboard
        // Not written on the GUI thread: nothing has changed yet when copySelection() returns.
        QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<qsizetype>(), qsizetype(rows));
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), rows);
        QCOMPARE(lines.first(), u"host-0\tServer"_s);
        QCOMPARE(lines.last(), u"host-%1\tServer"_s.arg(rows - 1));
    }

    void smallSelectionIsOnTheClipboardAtOnce() {
        AssetTableModel model;
        model.setColumns({AssetColumn::Names});
        AssetPage page;
        page.columns = model.columns();
        page.rows.push_back({u"id-1"_s, {u"=cmd"_s}});
        model.appendPage(page);
        QTableView view;
        view.setModel(&model);
        AssetTableActions actions(&model, &view);
        view.selectAll();
        QVERIFY(actions.copySelection());
        QCOMPARE(QApplication::clipboard()->text(), u"'=cmd"_s); // formula guard on
    }
};

} // namespace rz

QTEST_MAIN(rz::TestCopyLarge)
#include "tst_copylarge.moc"
