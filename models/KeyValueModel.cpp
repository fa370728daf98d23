// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/KeyValueModel.h"

#include "models/Roles.h"

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// A long value (a certificate, a page body) would make a tooltip taller than the screen.
constexpr qsizetype MaxToolTipChars = 2000;

QString oneLine(const QString &text) {
    QString line = text;
    line.replace(u'\t', ", "_L1);
    for (QChar &c : line) {
        if (c == u'\r' || c == u'\n')
            c = u' ';
    }
    return line;
}

QString toolTipOf(const QString &text) {
    QString tip = text;
    tip.replace(u'\t', u'\n');
    if (tip.size() > MaxToolTipChars)
        tip = tip.left(MaxToolTipChars) + u'…';
    return tip;
}

} // namespace

KeyValueModel::KeyValueModel(QObject *parent)
    : QAbstractTableModel(parent) {}

KeyValueModel::~KeyValueModel() = default;

void KeyValueModel::setPairs(QList<KeyValue> pairs) {
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

void KeyValueModel::clear() {
    setPairs({});
}

const QList<KeyValue> &KeyValueModel::pairs() const {
    return m_pairs;
}

int KeyValueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int KeyValueModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Count);
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyValue &pair = m_pairs.at(index.row());
    const QString &text = index.column() == Name ? pair.first : pair.second;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? text : oneLine(text);
    case Qt::ToolTipRole:
        return text.isEmpty() ? QVariant() : QVariant(toolTipOf(text));
    case RawValueRole:
    case Qt::EditRole:
        return text;
    default:
        return {};
    }
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Value:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace rz
