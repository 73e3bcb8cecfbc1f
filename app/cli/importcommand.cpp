// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/curation/itemkeys.h"
#include "core/curation/itemmetadatacsv.h"
#include "core/exchange/folderimporter.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QSet>

namespace concord::cli {

// Gives the imported items the keys of the metadata CSV's rows (docs/curation.md, "Grouping
// keys"). Two rows naming files of the same content describe one item: differing keys for it
// are refused, naming both lines.
static int recordMetadataKeys(const Workspace &workspace, const ItemMetadataTable &table,
                              const ImportReport &report)
{
    ItemKeyMap keys;
    std::map<QString, qint64> lineOfItem;
    for (const ItemMetadataRow &row : table.rows) {
        const QString id = report.itemIdOfFile.value(row.canonicalPath);
        if (id.isEmpty()) {
            standardError() << concord::tr("%1:%2: %3 was not imported; its keys are not "
                                           "recorded\n")
                                   .arg(table.csvPath)
                                   .arg(row.line)
                                   .arg(row.file);
            continue;
        }
        if (const auto first = lineOfItem.find(id); first != lineOfItem.end()) {
            if (keys[id] != row.keys)
                return failWith(concord::tr("%1:%2: %3 has the same content as the file on line "
                                            "%4 but other keys; no keys were recorded")
                                    .arg(table.csvPath)
                                    .arg(row.line)
                                    .arg(row.file)
                                    .arg(first->second));
            continue;
        }
        lineOfItem[id] = row.line;
        keys[id] = row.keys;
    }
    QSet<QString> described;
    for (const ItemMetadataRow &row : table.rows)
        described.insert(row.canonicalPath);
    int undescribed = 0;
    for (auto it = report.itemIdOfFile.cbegin(); it != report.itemIdOfFile.cend(); ++it)
        undescribed += described.contains(it.key()) ? 0 : 1;
    if (undescribed > 0)
        standardError() << concord::tr("warning: %n imported image(s) have no row in %1 and get "
                                       "no keys\n",
                                       nullptr, undescribed)
                               .arg(table.csvPath);
    Expected<ItemKeyMap> recorded = recordItemKeys(workspace.folder(), keys);
    if (!recorded)
        return failWith(recorded.error().toString());
    standardOutput() << concord::tr("keys (%1) recorded for %n item(s)\n", nullptr,
                                    int(keys.size()))
                            .arg(table.keyNames.join(QStringLiteral(", ")));
    return ExitOk;
}

int runImportCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("import"),
        concord::tr("Import images into the project: files, folders (with their subfolders) and "
                    "DICOMDIR files. Files already imported (same content) are skipped."),
        {projectArgument(),
         {QStringLiteral("sources"), concord::tr("Image files, folders or DICOMDIR files."),
          QStringLiteral("<source>...")}},
        {{QStringLiteral("copy"),
          concord::tr("Copy the images into the project's images/ folder, so the project folder "
                      "holds everything it needs; without it, items refer to the images where "
                      "they lie.")},
         {QStringLiteral("metadata"),
          concord::tr("A CSV giving the images keys (patient, study, site, scanner, date, ...): "
                      "a \"file\" column with each image's path below the imported folder, and "
                      "a column per key. Needs exactly one folder to import."),
          QStringLiteral("file")},
         allowDamagedOption()});
    if (auto exit = line.parse(arguments, 2, 1 << 20))
        return *exit;
    const QStringList positional = line.positional();
    OpenedProject opened = line.openProject(positional[0]);
    if (!opened.workspace)
        return opened.exitCode;
    // The CSV is checked whole before anything is imported, so a bad one changes nothing.
    std::optional<ItemMetadataTable> keysTable;
    if (line.isSet(QStringLiteral("metadata"))) {
        if (positional.size() != 2)
            return failWith(concord::tr("--metadata describes one folder; give exactly one"));
        Expected<ItemMetadataTable> table =
            readItemMetadataCsv(line.value(QStringLiteral("metadata")), positional[1]);
        if (!table)
            return failWith(table.error().toString());
        keysTable = std::move(*table);
    }
    ImportOptions options;
    options.copyIntoProject = line.isSet(QStringLiteral("copy"));
    Expected<ImportReport> report = importImages(*opened.workspace, positional.mid(1), options);
    if (!report)
        return failWith(report.error().toString());
    for (const FileError &problem : report->unreadable)
        standardError() << concord::tr("skipped %1\n").arg(problem.toString());
    standardOutput() << concord::tr(
                            "%1 images imported, %2 already present, %3 unreadable, %4 DICOM files "
                            "without an image skipped\n")
                            .arg(report->added)
                            .arg(report->alreadyPresent)
                            .arg(report->unreadable.size())
                            .arg(report->notImages);
    if (options.copyIntoProject)
        standardOutput()
            << concord::tr("%1 copied into the project's images/ folder\n").arg(report->copied);
    if (keysTable)
        return recordMetadataKeys(*opened.workspace, *keysTable, *report);
    return ExitOk;
}

} // namespace concord::cli
