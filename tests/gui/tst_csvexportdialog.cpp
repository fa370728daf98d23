// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// "Export View…" and "Copy" on the asset table, offscreen, against the simulated console: the CSV file holds
// exactly the cells the table shows (filtered, sorted, columns in the order dragged), read back by Python's
// csv module; only the selected rows; the separator, byte-order mark and header options; replacing a file
// only after a second press; an error sentence in the dialog; the options remembered; Ctrl+C's text on the
// clipboard; the actions in the menus; the server exports disabled for a credential that cannot use them.
#include "api/ApiClient.h"
#include "domain/AssetColumn.h"
#include "export/CsvFormulaGuard.h"
#include "export/CsvTable.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "support/CsvReadBack.h"
#include "support/SettingsFile.h"
#include "support/TestConsole.h"
#include "ui/AssetTableActions.h"
#include "ui/AssetsPane.h"
#include "ui/CsvExportDialog.h"
#include "ui/ExportCoordinator.h"
#include "ui/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds
constexpr qint64 Assets = 1500;

rz::sim::SimConfig testConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(23, 1, Assets, 3);
    return config;
}

QByteArray fileBytes(const QString &fileName) {
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : "<unreadable>"_ba;
}

// The simulated console, a client with its account token and a window over it.
struct Console {
    explicit Console(QSettings *settings, const QString &token = {})
        : console(testConfig()) {
        const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
        client = std::make_unique<rz::ApiClient>(endpoint.baseUrl,
                                                 token.isEmpty() ? endpoint.tokens.accountToken : token);
        window = std::make_unique<rz::MainWindow>(client.get());
        window->setInventorySettings(settings, u"conn-export"_s);
        window->show();
    }
    ~Console() {
        window.reset();
        client.reset();
    }
    Q_DISABLE_COPY_MOVE(Console)

    rz::AssetTableModel *model() const { return window->session()->assetModel(); }
    QTableView *table() const { return window->findChild<QTableView *>(u"assetView"_s); }
    rz::AssetTableActions *actions() const { return window->findChild<rz::AssetsPane *>()->tableActions(); }
    QString state() const { return window->findChild<QLabel *>(u"statusStateLabel"_s)->text(); }
    bool load() const {
        window->start();
        return QTest::qWaitFor([this] { return state() == u"All assets loaded."_s; }, Timeout);
    }
    // The header's sections in the order it shows them.
    QList<int> headerOrder() const {
        const QHeaderView *header = table()->horizontalHeader();
        QList<int> order;
        for (int visual = 0; visual < header->count(); ++visual)
            order.append(header->logicalIndex(visual));
        return order;
    }
    rz::CsvColumnKind kindOf(int section) const {
        return rz::csvColumnKind(rz::assetColumnInfo(model()->columnAt(section)).kind);
    }
    void selectRows(const QList<int> &rows) const {
        QItemSelectionModel *selection = table()->selectionModel();
        selection->clearSelection();
        for (const int row : rows)
            selection->select(model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    rz::test::TestConsole console;
    std::unique_ptr<rz::ApiClient> client;
    std::unique_ptr<rz::MainWindow> window;
};

// A cell as the CSV file must hold it: list joints replaced by the separator, a formula-like start guarded.
QString csvCell(const QString &raw, rz::CsvColumnKind kind, const QString &separator) {
    QString text = raw;
    if (kind == rz::CsvColumnKind::List)
        text.replace(u'\n', separator);
    if (!text.isEmpty() && rz::CsvFormulaGuard::applies(text.front(), raw, kind))
        text.prepend(u'\'');
    return text;
}

// A cell as Ctrl+C puts it on the clipboard: every tab and line break a space (CR LF one), then guarded.
QString tsvCell(const QString &raw, rz::CsvColumnKind kind) {
    QString text = raw;
    text.replace(u"\r\n"_s, u" "_s);
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\r' || c == u'\n')
            c = u' ';
    }
    if (!text.isEmpty() && rz::CsvFormulaGuard::applies(text.front(), raw, kind))
        text.prepend(u'\'');
    return text;
}

QList<QStringList> expectedRows(const Console &console, const QList<int> &rows, const QString &separator,
                                bool header) {
    const QList<int> order = console.headerOrder();
    QList<QStringList> expected;
    if (header) {
        QStringList titles;
        for (const int section : order)
            titles.append(console.model()->headerData(section, Qt::Horizontal).toString());
        expected.append(titles);
    }
    for (const int row : rows) {
        QStringList cells;
        for (const int section : order)
            cells.append(csvCell(console.model()->rawText(row, section), console.kindOf(section), separator));
        expected.append(cells);
    }
    return expected;
}

QString compareRows(const QList<QStringList> &actual, const QList<QStringList> &expected) {
    if (actual.size() != expected.size())
        return u"%1 rows instead of %2"_s.arg(actual.size()).arg(expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        if (actual.at(r) != expected.at(r)) {
            return u"row %1 differs:\n  got      %2\n  expected %3"_s.arg(r).arg(
                actual.at(r).join(u" | "_s), expected.at(r).join(u" | "_s));
        }
    }
    return {};
}

// Presses Export and waits for the export's end.
rz::CsvExportError runExport(rz::CsvExportDialog *dialog) {
    QSignalSpy finished(dialog, &rz::CsvExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStartButton"_s), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(Timeout))
        return {rz::CsvExportError::Kind::Io, dialog->fileName(), u"the export did not finish"_s};
    return finished.takeFirst().at(0).value<rz::CsvExportError>();
}

} // namespace

class tst_CsvExportDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheFilteredSortedReorderedView();
    void selectedRowsWithOptions();
    void selectedRowsNeedASelection();
    void replacingAskesFirstAndOptionsAreRemembered();
    void failureIsShownInTheDialog();
    void copyPutsTheSelectedRowsOnTheClipboard();
    void actionsAreInTheMenus();
    void serverExportsNeedAnExportCapableCredential();

private:
    QString path(const QString &name) const { return m_settings.filePath(name); }
    rz::test::SettingsFile m_settings;
};

void tst_CsvExportDialog::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CsvExportDialog::init() {
    QVERIFY(m_settings.create());
}

void tst_CsvExportDialog::cleanup() {
    m_settings.reset();
}

void tst_CsvExportDialog::exportsTheFilteredSortedReorderedView() {
    Console console(m_settings.get());
    if (!console.console.server())
        QSKIP("needs the simulated console's data");
    QVERIFY(console.load());
    rz::AssetTableModel *model = console.model();

    // Filter by the type of an asset whose name a spreadsheet would run as a formula, sort by names
    // descending, and drag the names column to the end.
    const int names = model->sectionOf(rz::AssetColumn::Names);
    const int type = model->sectionOf(rz::AssetColumn::Type);
    QVERIFY(names >= 0 && type >= 0);
    QString typeText;
    for (int row = 0; row < model->rowCount() && typeText.isEmpty(); ++row) {
        const QString name = model->rawText(row, names);
        if (!name.isEmpty() && rz::CsvFormulaGuard::isTrigger(name.front()))
            typeText = model->rawText(row, type);
    }
    QVERIFY(!typeText.isEmpty());
    auto *filter = console.window->findChild<QLineEdit *>(u"localFilterEdit"_s);
    filter->setText(typeText);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReordering() && model->rowCount() < Assets && model->rowCount() > 10,
                             Timeout);
    QHeaderView *header = console.table()->horizontalHeader();
    header->setSortIndicator(names, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReordering() && model->sortColumn() == names, Timeout);
    header->moveSection(header->visualIndex(names), header->count() - 1);
    QCOMPARE(console.headerOrder().constLast(), names);
    QCOMPARE(console.actions()->visibleSections(), console.headerOrder());

    // Ctrl+E opens the dialog, suggesting a file named after the organization.
    console.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    console.table()->setFocus();
    QTest::keyClick(console.window.get(), Qt::Key_E, Qt::ControlModifier);
    rz::CsvExportDialog *dialog = console.window->exports()->exportDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY2(QFileInfo(dialog->fileName())
                 .fileName()
                 .endsWith(u"-assets-"_s + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s),
             qPrintable(dialog->fileName()));
    QVERIFY(!dialog->selectedRowsOnly());

    const QString fileName = path(u"view.csv"_s);
    dialog->setFileName(fileName);
    const rz::CsvExportError error = runExport(dialog);
    QVERIFY2(error.ok(), qPrintable(error.userMessage()));
    QCOMPARE(dialog->statusText(), u"Exported %1 rows to “%2”."_s.arg(QLocale().toString(model->rowCount()),
                                                                      QDir::toNativeSeparators(fileName)));
    QVERIFY(fileBytes(fileName).startsWith("\xEF\xBB\xBF"));

    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(row);
    const rz::test::CsvReadBack read = rz::test::CsvReadBack::read(fileName);
    QVERIFY2(read.ok, qPrintable(read.problem));
    const QString difference = compareRows(read.rows, expectedRows(console, rows, u"; "_s, true));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The generated names include a formula-like one: the file neutralises it.
    bool guarded = false;
    for (const QStringList &row : read.rows) {
        const QString &cell = row.constLast();
        guarded = guarded ||
                  (cell.size() > 1 && cell.front() == u'\'' && rz::CsvFormulaGuard::isTrigger(cell.at(1)));
    }
    QVERIFY(guarded);
}

void tst_CsvExportDialog::selectedRowsWithOptions() {
    Console console(m_settings.get());
    QVERIFY(console.load());
    rz::AssetTableModel *model = console.model();
    const int addresses = model->sectionOf(rz::AssetColumn::Addresses);
    QVERIFY(addresses >= 0);
    console.table()->horizontalHeader()->setSortIndicator(addresses, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReordering() && model->sortColumn() == addresses, Timeout);
    // Rows with several addresses, so that the separator shows.
    QList<int> multi;
    for (int row = 0; row < model->rowCount() && multi.size() < 3; ++row) {
        if (model->rawText(row, addresses).contains(u'\n'))
            multi.append(row);
    }
    QCOMPARE(multi.size(), 3);
    QList<int> chosen{multi.at(2), 7, multi.at(0), 3, multi.at(1)}; // selected in no particular order
    console.selectRows(chosen);
    std::sort(chosen.begin(), chosen.end()); // the file has them in view order

    rz::CsvExportDialog *dialog = console.window->exports()->openExportDialog();
    auto *selected = dialog->findChild<QRadioButton *>(u"exportSelectedRows"_s);
    QVERIFY(selected->isEnabled());
    QCOMPARE(selected->text(), u"Only the 5 &selected rows"_s);
    selected->setChecked(true);
    auto *separator = dialog->findChild<QComboBox *>(u"exportSeparatorCombo"_s);
    separator->setCurrentIndex(separator->findData(u" | "_s));
    dialog->findChild<QCheckBox *>(u"exportByteOrderMark"_s)->setChecked(false);
    dialog->findChild<QCheckBox *>(u"exportHeaderRow"_s)->setChecked(false);
    const QString fileName = path(u"selected.csv"_s);
    dialog->setFileName(fileName);
    const rz::CsvExportError error = runExport(dialog);
    QVERIFY2(error.ok(), qPrintable(error.userMessage()));

    const QByteArray bytes = fileBytes(fileName);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(" | "));
    const rz::test::CsvReadBack read = rz::test::CsvReadBack::read(fileName);
    QVERIFY2(read.ok, qPrintable(read.problem));
    const QString difference = compareRows(read.rows, expectedRows(console, chosen, u" | "_s, false));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // A new line between the values keeps them in one quoted cell.
    separator->setCurrentIndex(separator->findData(u"\n"_s));
    const QString lines = path(u"lines.csv"_s);
    dialog->setFileName(lines);
    QVERIFY(runExport(dialog).ok());
    const rz::test::CsvReadBack again = rz::test::CsvReadBack::read(lines);
    QVERIFY2(again.ok, qPrintable(again.problem));
    QCOMPARE(compareRows(again.rows, expectedRows(console, chosen, u"\n"_s, false)), QString());
}

void tst_CsvExportDialog::selectedRowsNeedASelection() {
    Console console(m_settings.get());
    QVERIFY(console.load());
    console.table()->selectionModel()->clearSelection();
    rz::CsvExportDialog *dialog = console.window->exports()->openExportDialog();
    auto *selected = dialog->findChild<QRadioButton *>(u"exportSelectedRows"_s);
    QVERIFY(!selected->isEnabled());
    QVERIFY(!selected->toolTip().isEmpty());
    dialog->setSelectedRowsOnly(true);
    QVERIFY(!dialog->selectedRowsOnly());
    QCOMPARE(dialog->findChild<QRadioButton *>(u"exportAllRows"_s)->text(),
             u"&All %1 rows the table shows"_s.arg(QLocale().toString(Assets)));

    // Every control the keyboard reaches has a name for assistive technology.
    int controls = 0;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() ||
            qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        ++controls;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty(),
                 widget->metaObject()->className());
    }
    QVERIFY(controls >= 8);
}

void tst_CsvExportDialog::replacingAskesFirstAndOptionsAreRemembered() {
    Console console(m_settings.get());
    QVERIFY(console.load());
    const QString fileName = path(u"existing.csv"_s);
    {
        QFile previous(fileName);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous\n");
    }
    rz::CsvExportDialog *dialog = console.window->exports()->openExportDialog();
    dialog->setFileName(fileName);
    rz::CsvOptions options;
    options.byteOrderMark = false;
    options.header = false;
    options.multiValueSeparator = u", "_s;
    dialog->setOptions(options);

    QSignalSpy finished(dialog, &rz::CsvExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStartButton"_s), Qt::LeftButton);
    QVERIFY(dialog->statusText().contains(u"already exists"_s));
    QVERIFY(!dialog->isExporting());
    QCOMPARE(fileBytes(fileName), "previous\n"_ba);
    QVERIFY(finished.isEmpty());
    const rz::CsvExportError error = runExport(dialog); // the second press replaces it
    QVERIFY2(error.ok(), qPrintable(error.userMessage()));
    QVERIFY(fileBytes(fileName) != "previous\n"_ba);
    dialog->close();
    QTRY_VERIFY(console.window->exports()->exportDialog() == nullptr);

    // The next dialog starts in the same folder with the same options.
    rz::CsvExportDialog *next = console.window->exports()->openExportDialog();
    QCOMPARE(QFileInfo(next->fileName()).absolutePath(), QFileInfo(fileName).absolutePath());
    QCOMPARE(next->options().byteOrderMark, false);
    QCOMPARE(next->options().header, false);
    QCOMPARE(next->options().multiValueSeparator, u", "_s);
}

void tst_CsvExportDialog::failureIsShownInTheDialog() {
    Console console(m_settings.get());
    QVERIFY(console.load());
    rz::CsvExportDialog *dialog = console.window->exports()->openExportDialog();
    const QString fileName = path(u"gone/assets.csv"_s);
    dialog->setFileName(fileName);
    const rz::CsvExportError error = runExport(dialog);
    QCOMPARE(error.kind, rz::CsvExportError::Kind::FolderMissing);
    QCOMPARE(dialog->statusText(), error.userMessage());
    QVERIFY(dialog->statusText().contains(QDir::toNativeSeparators(fileName)));
    QVERIFY(!QFileInfo::exists(fileName));
    QVERIFY(dialog->findChild<QPushButton *>(u"exportStartButton"_s)->isEnabled()); // the user may try again
}

void tst_CsvExportDialog::copyPutsTheSelectedRowsOnTheClipboard() {
    Console console(m_settings.get());
    QVERIFY(console.load());
    rz::AssetTableModel *model = console.model();
    QHeaderView *header = console.table()->horizontalHeader();
    header->moveSection(0, 2);
    // Rows whose names need care (a formula-like one, line breaks, tabs) when there are some in the data.
    QList<int> rows;
    const int names = model->sectionOf(rz::AssetColumn::Names);
    for (int row = 0; row < model->rowCount() && rows.size() < 4; ++row) {
        const QString text = model->rawText(row, names);
        if (text.contains(u'\t') || text.contains(u'=') || text.count(u'\n') > 1)
            rows.append(row);
    }
    rows << 1 << 0;
    console.selectRows(rows);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    QStringList lines;
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (const int section : console.headerOrder())
            cells.append(tsvCell(model->rawText(row, section), console.kindOf(section)));
        lines.append(cells.join(u'\t'));
    }

    QApplication::clipboard()->setText(u"before"_s);
    console.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    console.table()->setFocus();
    QVERIFY(console.actions()->copyAction()->isEnabled());
    QTest::keyClick(console.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), lines.join(u'\n'));

    // Ctrl+C in the filter box copies the filter's text, not the rows.
    auto *filter = console.window->findChild<QLineEdit *>(u"localFilterEdit"_s);
    filter->setText(u"abc"_s);
    filter->setFocus();
    filter->selectAll();
    QTest::keyClick(filter, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"abc"_s);
}

void tst_CsvExportDialog::actionsAreInTheMenus() {
    Console console(m_settings.get());
    rz::AssetTableActions *actions = console.actions();
    QCOMPARE(actions->exportViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions->copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
    QVERIFY(!actions->exportViewAction()->isEnabled()); // nothing loaded yet
    QVERIFY(console.table()->actions().contains(actions->exportViewAction()));
    QVERIFY(console.table()->actions().contains(actions->copyAction()));

    QMenu *file = nullptr;
    for (QAction *menu : console.window->menuBar()->actions()) {
        if (menu->text() == u"&File"_s)
            file = menu->menu();
    }
    QVERIFY(file != nullptr);
    QVERIFY(file->actions().contains(actions->exportViewAction()));
    QMenu *server = console.window->exports()->serverExportMenu();
    QVERIFY(file->actions().contains(server->menuAction()));
    int exports = 0;
    for (QAction *action : server->actions())
        exports += action->isSeparator() ? 0 : 1;
    QCOMPARE(exports, 8);
    for (const auto kind : rz::OrgExport::kinds()) {
        for (const auto format : rz::OrgExport::formats())
            QVERIFY(console.window->exports()->serverExportAction(kind, format)->isEnabled());
    }
    QVERIFY(console.load());
    QVERIFY(actions->exportViewAction()->isEnabled());
}

void tst_CsvExportDialog::serverExportsNeedAnExportCapableCredential() {
    Console console(m_settings.get(), u"DT0123456789ABCDEF0123456789ABCDEF"_s); // a download token
    QAction *action = console.window->exports()->serverExportAction(rz::OrgExport::Kind::Services,
                                                                    rz::OrgExport::Format::Csv);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(u"download token"_s));
}

QTEST_MAIN(tst_CsvExportDialog)
#include "tst_csvexportdialog.moc"
