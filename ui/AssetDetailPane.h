// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetDetail.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace rz {

class AssetDetailService;
class AssetServiceModel;
class KeyValueModel;
struct ApiError;

// The full record of the asset chosen in the table: addresses, names, OS, hardware, MACs with vendors, tags,
// first/last seen in local time, a services table (with every field of the chosen service) and the
// attributes. It asks the AssetDetailService shortly after the choice settles (so that moving through rows
// with the arrow keys does not send a request per row) and only while it is visible; an answer for an asset
// no longer chosen is dropped by the service.
class AssetDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetDetailPane)
public:
    // `service` may be null (no connection); it must outlive the pane.
    explicit AssetDetailPane(AssetDetailService *service, QWidget *parent = nullptr);
    ~AssetDetailPane() override;

    // The asset to show; an empty id shows a hint instead.
    void showAsset(const QString &assetId);
    QString assetId() const;
    // The chosen asset is about to be asked for (the choice is settling, or the answer is awaited).
    bool isFetchPending() const;
    // The asset on display (empty while none is).
    const AssetDetail &asset() const;

    AssetServiceModel *serviceModel() const;
    KeyValueModel *serviceFieldModel() const;
    KeyValueModel *attributeModel() const;

public Q_SLOTS:
    void retry();

Q_SIGNALS:
    // The asset's details are on display.
    void assetShown(const QString &assetId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeOverviewPage();
    QWidget *makeServicesPage();
    QWidget *makeAttributesPage();
    void fetchIfDue();
    void onLoaded(const AssetDetail &asset);
    void onFailed(const QString &assetId, const ApiError &error);
    void fill(const AssetDetail &asset);
    void showMessage(const QString &text, bool offerRetry);
    void addRow(const QString &name, const QString &label);
    void setRow(const QString &name, const QString &text);
    void showServiceFields(int row);

    AssetDetailService *m_service;
    QTimer *m_settle;
    QString m_assetId;   // the asset chosen
    QString m_fetchedId; // the asset last asked of the service
    AssetDetail m_asset; // the asset on display
    AssetServiceModel *m_services;
    KeyValueModel *m_serviceFields;
    KeyValueModel *m_attributes;

    QStackedWidget *m_stack;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_retry;
    QWidget *m_detailPage;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    QFormLayout *m_form = nullptr;
    QList<std::pair<QString, QLabel *>> m_rows; // overview rows by name
    QTableView *m_serviceView = nullptr;
    QTableView *m_serviceFieldView = nullptr;
    QTableView *m_attributeView = nullptr;
    QLineEdit *m_attributeFilter = nullptr;
};

} // namespace rz
