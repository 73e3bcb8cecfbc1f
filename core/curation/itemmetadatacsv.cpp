// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/itemmetadatacsv.h"

#include "core/imaging/imageloader.h"
#include "core/storage/safepath.h"
#include "core/util/csvfields.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace concord {

Expected<ItemMetadataTable> readItemMetadataCsv(const QString &csvPath, const QString &folder)
{
    Expected<CsvTable> csv = readCsvTable(csvPath);
    if (!csv)
        return csv.error();
    auto errorAt = [&csvPath](qint64 line, const QString &message) {
        FileError error{csvPath, message};
        error.line = line;
        return error;
    };
    const int fileColumn = csv->column(QStringLiteral("file"));
    if (fileColumn < 0) {
        QStringList columns;
        for (const QString &column : csv->columns)
            columns << column;
        return errorAt(1, concord::tr("the header has no \"file\" column (it has: %1)")
                              .arg(columns.join(QStringLiteral(", "))));
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return FileError{folder, concord::tr("not a folder")};

    ItemMetadataTable table;
    table.csvPath = csvPath;
    for (int column = 0; column < int(csv->columns.size()); ++column) {
        if (column != fileColumn)
            table.keyNames << csv->columns[size_t(column)];
    }
    QHash<QString, qint64> lineOfFile;
    for (CsvRecord &record : csv->records) {
        ItemMetadataRow row;
        row.line = record.line;
        row.file = record.fields[size_t(fileColumn)];
        if (row.file.isEmpty())
            return errorAt(record.line, concord::tr("the \"file\" field is empty"));
        // The CSV names files inside the folder it describes, never beside or above it
        // (docs/curation.md, "Grouping keys"): a hostile or careless CSV cannot attach keys to, or
        // make the import read, anything else.
        if (const QString problem = SafePath::relativePathProblem(row.file); !problem.isEmpty())
            return errorAt(record.line, concord::tr("file \"%1\": %2").arg(row.file, problem));
        Expected<QString> inside = SafePath::resolveInside(root, row.file);
        if (!inside)
            return errorAt(record.line,
                           concord::tr("file \"%1\" leads outside %2").arg(row.file, folder));
        const QFileInfo info(*inside);
        if (!info.exists())
            return errorAt(record.line,
                           concord::tr("unknown file \"%1\": there is no such file in %2")
                               .arg(row.file, folder));
        if (!info.isFile() || !looksLikeImageFile(*inside))
            return errorAt(
                record.line,
                concord::tr("file \"%1\" is not an image Concord imports").arg(row.file));
        row.canonicalPath = info.canonicalFilePath();
        if (const qint64 first = lineOfFile.value(row.canonicalPath, -1); first >= 0)
            return errorAt(record.line,
                           concord::tr("file \"%1\" is listed again (first on line %2)")
                               .arg(row.file)
                               .arg(first));
        lineOfFile.insert(row.canonicalPath, record.line);
        for (int column = 0; column < int(csv->columns.size()); ++column) {
            const QString &value = record.fields[size_t(column)];
            if (column != fileColumn && !value.isEmpty())
                row.keys[csv->columns[size_t(column)]] = value;
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace concord
