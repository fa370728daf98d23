// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/SavedSearchesDialog.h"

#include "session/SavedSearches.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// The name as stored, so that an edit can be matched to the search it renames.
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

SavedSearchesDialog::SavedSearchesDialog(SavedSearches *searches, QWidget *parent)
    : QDialog(parent)
    , m_searches(searches)
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_rename(new QPushButton(tr("Re&name"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_run(new QPushButton(tr("&Search"), this)) {
    setObjectName(u"savedSearchesDialog"_s);
    setWindowTitle(tr("Saved Searches"));
    m_list->setObjectName(u"savedSearchList"_s);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_problem->setObjectName(u"savedSearchProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_rename->setObjectName(u"renameSavedSearchButton"_s);
    m_remove->setObjectName(u"deleteSavedSearchButton"_s);
    m_run->setObjectName(u"runSavedSearchButton"_s);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_problem);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_remove, &QPushButton::clicked, this, &SavedSearchesDialog::removeCurrent);
    connect(m_run, &QPushButton::clicked, this, &SavedSearchesDialog::runCurrent);
    connect(m_list, &QListWidget::itemChanged, this, &SavedSearchesDialog::onItemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedSearchesDialog::updateButtons);
    // Queued: a rename arrives from inside the list's own itemChanged, which must not rebuild the list.
    connect(m_searches, &SavedSearches::changed, this, &SavedSearchesDialog::reload, Qt::QueuedConnection);
    reload();
    resize(56 * fontMetrics().averageCharWidth(), 18 * fontMetrics().lineSpacing());
}

SavedSearchesDialog::~SavedSearchesDialog() = default;

void SavedSearchesDialog::reload() {
    m_reloading = true;
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(NameRole).toString() : QString();
    m_list->clear();
    const QList<SavedSearch> searches = m_searches->searches();
    for (const SavedSearch &search : searches) {
        auto *item = new QListWidgetItem(search.name, m_list);
        item->setData(NameRole, search.name);
        item->setToolTip(search.query);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (search.name.compare(current, Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_reloading = false;
    updateButtons();
}

void SavedSearchesDialog::onItemChanged(QListWidgetItem *item) {
    if (m_reloading)
        return;
    const QString oldName = item->data(NameRole).toString();
    const QString newName = item->text();
    const SavedSearches::Problem problem = m_searches->rename(oldName, newName);
    m_problem->setText(SavedSearches::problemText(problem));
    m_problem->setVisible(problem != SavedSearches::Problem::None);
    m_reloading = true;
    if (problem != SavedSearches::Problem::None)
        item->setText(oldName); // put the old name back; the message says why
    else
        item->setData(NameRole, newName.trimmed()); // the list is re-sorted from the event loop
    m_reloading = false;
}

void SavedSearchesDialog::removeCurrent() {
    if (QListWidgetItem *item = m_list->currentItem()) {
        m_problem->hide();
        m_searches->remove(item->data(NameRole).toString());
    }
}

void SavedSearchesDialog::runCurrent() {
    if (QListWidgetItem *item = m_list->currentItem()) {
        Q_EMIT runRequested(m_searches->query(item->data(NameRole).toString()));
        accept();
    }
}

void SavedSearchesDialog::updateButtons() {
    const bool any = m_list->currentItem() != nullptr;
    m_rename->setEnabled(any);
    m_remove->setEnabled(any);
    m_run->setEnabled(any);
}

} // namespace rz
