// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/OrgExport.h"

using namespace Qt::StringLiterals;

namespace rz {

QString OrgExport::path() const {
    return u"export/org/"_s + kindName() + u'.' + fileSuffix();
}

QString OrgExport::fileSuffix() const {
    return format == Format::Csv ? u"csv"_s : u"jsonl"_s;
}

QString OrgExport::kindName() const {
    switch (kind) {
    case Kind::Assets:
        return u"assets"_s;
    case Kind::Services:
        return u"services"_s;
    case Kind::Software:
        return u"software"_s;
    case Kind::Vulnerabilities:
        return u"vulnerabilities"_s;
    }
    return {};
}

QString OrgExport::kindTitle() const {
    switch (kind) {
    case Kind::Assets:
        return tr("Assets");
    case Kind::Services:
        return tr("Services");
    case Kind::Software:
        return tr("Software");
    case Kind::Vulnerabilities:
        return tr("Vulnerabilities");
    }
    return {};
}

QString OrgExport::formatTitle() const {
    return format == Format::Csv ? tr("CSV") : tr("JSON Lines");
}

QList<OrgExport::Kind> OrgExport::kinds() {
    return {Kind::Assets, Kind::Services, Kind::Software, Kind::Vulnerabilities};
}

QList<OrgExport::Format> OrgExport::formats() {
    return {Format::Csv, Format::JsonLines};
}

} // namespace rz
