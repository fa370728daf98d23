// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/AssetDetailPane.h"

#include "api/AssetDetailService.h"
#include "domain/ApiError.h"
#include "models/AssetServiceModel.h"
#include "models/KeyValueModel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Long enough to let the arrow keys pass over rows without a request each, short enough not to be noticed.
constexpr int SettleMs = 150;

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform row heights: one fixed height, never measured per row.
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 6);
    rows->hide();
    QHeaderView *columns = view->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QString localTime(qint64 seconds) {
    if (seconds <= 0)
        return {};
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains("yyyy"_L1))
        format.replace("yy"_L1, "yyyy"_L1); // "12/14/19" is ambiguous in an inventory
    return locale.toString(QDateTime::fromSecsSinceEpoch(seconds), format);
}

// runZero's os often ends in the version already ("Microsoft Windows 10 Pro, 22H2" with os_version "22H2").
QString osText(const AssetDetail &asset) {
    if (asset.osVersion.isEmpty() || asset.os.contains(asset.osVersion, Qt::CaseInsensitive))
        return asset.os;
    return QString(asset.os + u' ' + asset.osVersion).trimmed();
}

QString lines(const QList<QString> &items) {
    return items.join(u'\n');
}

QString countText(qint64 count) {
    return count >= 0 ? QLocale().toString(count) : QString();
}

} // namespace

AssetDetailPane::AssetDetailPane(AssetDetailService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_settle(new QTimer(this))
    , m_services(new AssetServiceModel(this))
    , m_serviceFields(new KeyValueModel(this))
    , m_attributes(new KeyValueModel(this))
    , m_stack(new QStackedWidget(this))
    , m_messagePage(new QWidget(m_stack))
    , m_message(new QLabel(m_messagePage))
    , m_retry(new QPushButton(tr("&Retry"), m_messagePage))
    , m_detailPage(new QWidget(m_stack))
    , m_title(new QLabel(m_detailPage))
    , m_subtitle(new QLabel(m_detailPage))
    , m_tabs(new QTabWidget(m_detailPage)) {
    setObjectName(u"assetDetailPane"_s);
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &AssetDetailPane::fetchIfDue);

    m_message->setObjectName(u"assetDetailMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"assetDetailRetryButton"_s);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);

    m_title->setObjectName(u"assetDetailTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(u"assetDetailSubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_tabs->setObjectName(u"assetDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeOverviewPage(), tr("Overview"));
    m_tabs->addTab(makeServicesPage(), tr("Services"));
    m_tabs->addTab(makeAttributesPage(), tr("Attributes"));
    auto *detailLayout = new QVBoxLayout(m_detailPage);
    detailLayout->setContentsMargins(6, 6, 6, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_subtitle);
    detailLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_detailPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_retry, &QPushButton::clicked, this, &AssetDetailPane::retry);
    if (m_service) {
        connect(m_service, &AssetDetailService::loaded, this, &AssetDetailPane::onLoaded);
        connect(m_service, &AssetDetailService::failed, this, &AssetDetailPane::onFailed);
    }
    showAsset({});
}

AssetDetailPane::~AssetDetailPane() = default;

QWidget *AssetDetailPane::makeOverviewPage() {
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(u"assetOverview"_s);
    scroll->setAccessibleName(tr("Asset overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addRow(u"addresses"_s, tr("Addresses"));
    addRow(u"extraAddresses"_s, tr("Other addresses"));
    addRow(u"names"_s, tr("Names"));
    addRow(u"domains"_s, tr("Domains"));
    addRow(u"type"_s, tr("Type"));
    addRow(u"os"_s, tr("Operating system"));
    addRow(u"hardware"_s, tr("Hardware"));
    addRow(u"macs"_s, tr("MAC addresses"));
    addRow(u"products"_s, tr("Products"));
    addRow(u"tags"_s, tr("Tags"));
    addRow(u"alive"_s, tr("Alive"));
    addRow(u"firstSeen"_s, tr("First seen"));
    addRow(u"lastSeen"_s, tr("Last seen"));
    addRow(u"site"_s, tr("Site"));
    addRow(u"organization"_s, tr("Organization"));
    addRow(u"risk"_s, tr("Risk"));
    addRow(u"criticality"_s, tr("Criticality"));
    addRow(u"counts"_s, tr("Counts"));
    addRow(u"detectedBy"_s, tr("Detected by"));
    addRow(u"sources"_s, tr("Sources"));
    addRow(u"comments"_s, tr("Comments"));
    addRow(u"id"_s, tr("Asset id"));
    scroll->setWidget(content);
    return scroll;
}

QWidget *AssetDetailPane::makeServicesPage() {
    auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->setObjectName(u"assetServicesSplitter"_s);
    m_serviceView = makeTable(m_services, u"assetServicesView"_s, splitter);
    m_serviceView->setAccessibleName(tr("Services"));
    m_serviceFieldView = makeTable(m_serviceFields, u"serviceFieldsView"_s, splitter);
    m_serviceFieldView->setAccessibleName(tr("Service fields"));
    m_serviceFieldView->setToolTip(tr("Everything runZero recorded for the selected service"));
    splitter->addWidget(m_serviceView);
    splitter->addWidget(m_serviceFieldView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    connect(
        m_serviceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showServiceFields(current.isValid() ? current.row() : -1); });
    return splitter;
}

QWidget *AssetDetailPane::makeAttributesPage() {
    auto *page = new QWidget(m_tabs);
    m_attributeFilter = new QLineEdit(page);
    m_attributeFilter->setObjectName(u"attributeFilterEdit"_s);
    m_attributeFilter->setPlaceholderText(tr("Filter attributes"));
    m_attributeFilter->setAccessibleName(tr("Filter attributes"));
    m_attributeFilter->setClearButtonEnabled(true);
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(m_attributes);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    m_attributeView = makeTable(proxy, u"assetAttributesView"_s, page);
    m_attributeView->setAccessibleName(tr("Attributes"));
    connect(m_attributeFilter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_attributeFilter);
    layout->addWidget(m_attributeView, 1);
    return page;
}

void AssetDetailPane::addRow(const QString &name, const QString &label) {
    auto *value = new QLabel(m_form->parentWidget());
    value->setObjectName(u"detail_"_s + name);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->addRow(label, value);
    m_rows.append({name, value});
}

void AssetDetailPane::setRow(const QString &name, const QString &text) {
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).first != name)
            continue;
        m_rows.at(row).second->setText(text);
        m_form->setRowVisible(int(row), !text.trimmed().isEmpty());
        return;
    }
}

void AssetDetailPane::showAsset(const QString &assetId) {
    if (assetId == m_assetId && !assetId.isEmpty())
        return;
    m_assetId = assetId;
    m_fetchedId.clear();
    m_settle->stop();
    if (assetId.isEmpty()) {
        if (m_service)
            m_service->cancel();
        m_asset = {};
        showMessage(m_service
                        ? tr("Select an asset in the table to see everything the console knows about it.")
                        : tr("No connection is open."),
                    false);
        return;
    }
    showMessage(tr("Loading the asset…"), false);
    if (isVisible())
        m_settle->start(); // else showEvent() starts it
}

QString AssetDetailPane::assetId() const {
    return m_assetId;
}

bool AssetDetailPane::isFetchPending() const {
    return m_settle->isActive() || (m_service && m_service->isLoading() && m_fetchedId == m_assetId);
}

const AssetDetail &AssetDetailPane::asset() const {
    return m_asset;
}

AssetServiceModel *AssetDetailPane::serviceModel() const {
    return m_services;
}

KeyValueModel *AssetDetailPane::serviceFieldModel() const {
    return m_serviceFields;
}

KeyValueModel *AssetDetailPane::attributeModel() const {
    return m_attributes;
}

void AssetDetailPane::retry() {
    m_fetchedId.clear();
    if (m_assetId.isEmpty())
        return;
    showMessage(tr("Loading the asset…"), false);
    fetchIfDue();
}

void AssetDetailPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_assetId.isEmpty() && m_fetchedId != m_assetId)
        m_settle->start();
}

void AssetDetailPane::fetchIfDue() {
    // Hidden (the dock is closed): nothing is fetched until it is shown again.
    if (!m_service || m_assetId.isEmpty() || m_fetchedId == m_assetId || !isVisible())
        return;
    m_fetchedId = m_assetId;
    m_service->request(m_assetId);
}

void AssetDetailPane::onLoaded(const AssetDetail &asset) {
    if (asset.id.compare(m_assetId, Qt::CaseInsensitive) != 0 && m_service->currentId() != m_assetId)
        return;
    fill(asset);
    m_stack->setCurrentWidget(m_detailPage);
    Q_EMIT assetShown(m_assetId);
}

void AssetDetailPane::onFailed(const QString &assetId, const ApiError &error) {
    if (assetId != m_assetId)
        return;
    m_fetchedId.clear(); // Retry, or choosing the row again, asks again
    const QString text =
        error.kind == ApiError::Kind::NotFound
            ? tr("The console no longer has this asset. It may have been merged with another "
                 "or deleted; refresh the table (F5).")
            : error.userMessage();
    showMessage(text, true);
}

void AssetDetailPane::showMessage(const QString &text, bool offerRetry) {
    m_message->setText(text);
    m_retry->setVisible(offerRetry);
    m_stack->setCurrentWidget(m_messagePage);
}

void AssetDetailPane::fill(const AssetDetail &asset) {
    m_asset = asset;
    const QString title = !asset.names.isEmpty()       ? asset.names.constFirst()
                          : !asset.addresses.isEmpty() ? asset.addresses.constFirst()
                                                       : asset.id;
    m_title->setText(title);
    QStringList subtitle;
    for (const QString &part : {asset.type, osText(asset), asset.hardware})
        if (!part.isEmpty())
            subtitle.append(part);
    m_subtitle->setText(subtitle.join(u" · "_s));
    m_subtitle->setVisible(!subtitle.isEmpty());

    setRow(u"addresses"_s, lines(asset.addresses));
    setRow(u"extraAddresses"_s, lines(asset.extraAddresses));
    setRow(u"names"_s, lines(asset.names));
    setRow(u"domains"_s, lines(asset.domains));
    setRow(u"type"_s, asset.type);
    setRow(u"os"_s, osText(asset));
    setRow(u"hardware"_s, asset.hardware);
    QStringList macs;
    for (const MacAddress &mac : asset.macs)
        macs.append(mac.vendor.isEmpty() ? mac.address : tr("%1 (%2)").arg(mac.address, mac.vendor));
    setRow(u"macs"_s, macs.join(u'\n'));
    setRow(u"products"_s, asset.products.join(u'\n'));
    QStringList tags;
    for (const KeyValue &tag : asset.tags)
        tags.append(tag.second.isEmpty() ? tag.first : tag.first + u'=' + tag.second);
    setRow(u"tags"_s, tags.join(u'\n'));
    setRow(u"alive"_s, asset.aliveKnown ? (asset.alive ? tr("Yes") : tr("No")) : QString());
    setRow(u"firstSeen"_s, localTime(asset.firstSeen));
    setRow(u"lastSeen"_s, localTime(asset.lastSeen));
    setRow(u"site"_s, asset.siteName);
    setRow(u"organization"_s, asset.organizationName);
    setRow(u"risk"_s, asset.risk);
    setRow(u"criticality"_s, asset.criticality);
    QStringList counts;
    // No English plural forms are installed (no English translation): the singular is its own text.
    if (asset.serviceCount >= 0)
        counts.append(asset.serviceCount == 1 ? tr("1 service")
                                              : tr("%1 services").arg(countText(asset.serviceCount)));
    if (asset.vulnerabilityCount >= 0)
        counts.append(asset.vulnerabilityCount == 1
                          ? tr("1 vulnerability")
                          : tr("%1 vulnerabilities").arg(countText(asset.vulnerabilityCount)));
    if (asset.softwareCount >= 0)
        counts.append(asset.softwareCount == 1
                          ? tr("1 software package")
                          : tr("%1 software packages").arg(countText(asset.softwareCount)));
    setRow(u"counts"_s, counts.join(u'\n'));
    setRow(u"detectedBy"_s, asset.detectedBy);
    setRow(u"sources"_s, asset.sources.join(", "_L1));
    setRow(u"comments"_s, asset.comments);
    setRow(u"id"_s, asset.id);

    m_services->setServices(asset.services);
    m_attributes->setPairs(asset.attributes);
    m_tabs->setTabText(1, tr("Services (%1)").arg(asset.services.size()));
    m_tabs->setTabText(2, tr("Attributes (%1)").arg(asset.attributes.size()));
    m_serviceView->resizeColumnsToContents();
    m_attributeView->resizeColumnToContents(KeyValueModel::Name);
    if (m_services->rowCount() > 0)
        m_serviceView->setCurrentIndex(m_services->index(0, 0));
    else
        showServiceFields(-1);
}

void AssetDetailPane::showServiceFields(int row) {
    if (row < 0 || row >= m_services->rowCount()) {
        m_serviceFields->clear();
        return;
    }
    m_serviceFields->setPairs(m_services->service(row).fields);
    m_serviceFieldView->resizeColumnToContents(KeyValueModel::Name);
}

} // namespace rz
