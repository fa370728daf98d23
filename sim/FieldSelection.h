// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetField.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <bitset>

namespace rz::sim {

// The `fields=` parameter: a comma-separated list of top-level asset keys. Empty or absent means every key.
// Unknown names are kept (a data file may carry them) and simply match nothing in generated assets.
class FieldSelection final {
public:
    FieldSelection() = default;
    explicit FieldSelection(const QString &parameter);

    bool isAll() const { return m_all; }
    bool has(AssetField field) const { return m_all || m_mask.test(static_cast<size_t>(field)); }
    bool contains(QByteArrayView name) const;

private:
    bool m_all = true;
    QList<QByteArray> m_names;
    std::bitset<kAssetFieldCount> m_mask;
};

} // namespace rz::sim
