// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvTable.h"

namespace rz {

CsvTable::~CsvTable() = default;

CsvColumnKind csvColumnKind(ValueKind kind) {
    switch (kind) {
    case ValueKind::List:
    case ValueKind::Address:
        return CsvColumnKind::List;
    case ValueKind::Integer:
    case ValueKind::Time: // canonical time is Unix seconds in decimal
        return CsvColumnKind::Number;
    case ValueKind::Text:
    case ValueKind::Bool:
        return CsvColumnKind::Text;
    }
    return CsvColumnKind::Text;
}

} // namespace rz
