// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetRecord.h"
#include "sim/GeneratedAsset.h"

#include <QByteArray>

namespace rz::sim {

class FieldSelection;

// Appends a generated asset as one JSON object shaped like a real runZero export (services keyed
// "addr/port/transport/vhost" with flat string maps, attributes, Unix-second times, nulls where runZero
// writes them), limited to `fields`.
void writeGeneratedAsset(const GeneratedOrgContext &context, const GeneratedAsset &asset,
                         const AssetRecord &record, const FieldSelection &fields, QByteArray &out);

// The number of entries writeGeneratedAsset() puts into `services`.
qint64 generatedServiceCount(const GeneratedAsset &asset, const AssetRecord &record);

// Sorts port-number spans numerically.
void sortPortSpans(const AssetRecord &record, QVarLengthArray<TextSpan, 4> &ports);

} // namespace rz::sim
