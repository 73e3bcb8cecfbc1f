// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace concord {

// One row of a metadata CSV: the image it describes and the keys it gives that image.
struct ItemMetadataRow
{
    qint64 line = 0;
    QString file;                    // as the CSV names it, relative to the imported folder
    QString canonicalPath;           // the file it resolves to, links followed
    std::map<QString, QString> keys; // column -> value; empty values are left out
};

// A metadata CSV checked against the folder it describes (docs/curation.md, "Grouping keys").
struct ItemMetadataTable
{
    QString csvPath;
    QStringList keyNames; // the columns besides `file`, in CSV order
    std::vector<ItemMetadataRow> rows;
};

// Reads `csvPath`, a CSV with a `file` column naming images relative to `folder` and any other
// columns as keys. Refused with a FileError naming the CSV and the line: the CSV's own faults
// (core/util/csvfields.h), no `file` column, an empty `file`, a path that is absolute, has a
// ".." part or leads out of `folder` through a link, a file that is not in `folder` or is not
// an image Concord imports, and a file named twice. Nothing is imported when this fails.
Expected<ItemMetadataTable> readItemMetadataCsv(const QString &csvPath, const QString &folder);

} // namespace concord
