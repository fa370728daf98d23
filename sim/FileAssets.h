// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetRecord.h"
#include "sim/AssetSource.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rz::sim {

// Assets read from a real runZero export (a `.json` array or `.jsonl`, one object per line). Each asset is
// served with its original bytes, key by key, so unknown keys, nulls and integers above 2^53 survive exactly.
class FileAssets final : public AssetSource {
public:
    // Reads and indexes `path`; nullptr with `error` set when the file cannot be used.
    static std::unique_ptr<FileAssets> load(const QString &path, QString *error);

    qint64 count() const override;
    void load(qint64 index, AssetRecord &record) const override;
    void writeJson(const AssetRecord &record, const FieldSelection &fields, QByteArray &out) const override;
    std::optional<qint64> indexOfId(QByteArrayView id) const override;

private:
    struct Member {
        QByteArray key; // decoded key, shared between assets
        qsizetype valueOffset = 0;
        qsizetype valueLength = 0;
    };
    struct Entry {
        AssetRecord record;
        std::vector<Member> members;
    };

    FileAssets() = default;
    bool addObject(qsizetype offset, const QJsonObject &object, QString *error);

    QByteArray m_content;
    std::vector<Entry> m_entries;
    QHash<QByteArray, qint64> m_indexById;
    QHash<QByteArray, QByteArray> m_keys; // interned keys
};

} // namespace rz::sim
