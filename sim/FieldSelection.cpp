// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/FieldSelection.h"

namespace rz::sim {

FieldSelection::FieldSelection(const QString &parameter) {
    const QList<QByteArray> parts = parameter.toUtf8().split(',');
    for (const QByteArray &part : parts) {
        const QByteArray name = part.trimmed();
        if (name.isEmpty() || m_names.contains(name))
            continue;
        m_names.append(name);
        if (const auto field = assetFieldFromName(name))
            m_mask.set(static_cast<size_t>(*field));
    }
    m_all = m_names.isEmpty();
}

bool FieldSelection::contains(QByteArrayView name) const {
    if (m_all)
        return true;
    for (const QByteArray &candidate : m_names) {
        if (candidate == name)
            return true;
    }
    return false;
}

} // namespace rz::sim
