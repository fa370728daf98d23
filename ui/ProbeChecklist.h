// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QGridLayout;

namespace rz {

// A checklist of probe names in columns, with "All" and "None". All checked means "every probe" (nothing to
// send).
class ProbeChecklist final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeChecklist)
public:
    ProbeChecklist(const QStringList &names, int columns, QWidget *parent = nullptr);
    ~ProbeChecklist() override;

    // The checked names in list order, or nullopt when all are checked.
    std::optional<QStringList> selection() const;
    // Checks exactly `names` (nullopt: all); names not in the list are added to it.
    void setSelection(const std::optional<QStringList> &names);
    void setChecked(const QString &name, bool checked);

Q_SIGNALS:
    void changed();

private:
    QCheckBox *addBox(const QString &name);
    void setAll(bool checked);

    int m_columns;
    QGridLayout *m_grid;
    QList<QCheckBox *> m_boxes;
    bool m_quiet = false; // several boxes change at once: one changed() at the end
};

} // namespace rz
