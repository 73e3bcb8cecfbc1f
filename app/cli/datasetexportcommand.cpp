// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/datasetexportcommand.h"

#include "app/cli/clicommand.h"
#include "core/curation/splitrecords.h"
#include "core/exchange/datasetexporters.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace concord::cli {

MaybeError refuseExportDestination(const ProjectFolder &project, const QString &out)
{
    const QFileInfo destination(out);
    if (destination.isSymLink())
        return FileError{out, concord::tr("the export destination is a symbolic link; give the "
                                          "folder it points to, or another one")};
    // The part of `out` that exists, with its links resolved, and the rest as given, decide
    // where the files land.
    QString existing = destination.absoluteFilePath();
    while (!QFileInfo::exists(existing) && QFileInfo(existing).dir().path() != existing)
        existing = QFileInfo(existing).dir().path();
    const QString rest = destination.absoluteFilePath().mid(existing.size());
    const QString resolved = QFileInfo(existing).canonicalFilePath() + rest;
    const QString root = QFileInfo(project.root()).canonicalFilePath();
    const QString exportsFolder = root + QStringLiteral("/exports/");
    if (!root.isEmpty() && (resolved == root || resolved.startsWith(root + QLatin1Char('/'))) &&
        !resolved.startsWith(exportsFolder))
        return FileError{out, concord::tr("the export destination is inside the project folder "
                                          "%1, where it could overwrite the project's own "
                                          "files; choose a folder outside it, or below %1/exports")
                                  .arg(project.root())};
    return std::nullopt;
}

int runDatasetExport(const Workspace &workspace, const ItemList &items,
                     const AnnotationStore &store, const QString &format, const QString &out,
                     const QStringList &readers, const QString &splitName, bool perSplit,
                     DatasetImages images, const PseudonymKey *deidentifyWith)
{
    DatasetExportOptions options;
    options.format = *datasetFormatNamed(format);
    options.annotatorIds = readers;
    options.perSplitFolders = perSplit;
    options.images = images;
    options.deidentifyWith = deidentifyWith;
    if (!splitName.isEmpty()) {
        for (const Item &item : items.items())
            options.splitOfItem[item.id] = splitName;
        options.splitNames = {splitName};
    } else {
        Expected<std::optional<RecordedSplit>> current = readCurrentSplit(workspace.folder());
        if (!current)
            return failWith(current.error().toString());
        if (*current) {
            const RecordedSplit &split = **current;
            options.splitOfItem = split.splitOfItem;
            options.splitNames = split.names;
            int unassigned = 0;
            for (const Item &item : items.items())
                unassigned += split.splitOfItem.count(item.id) == 0 ? 1 : 0;
            if (unassigned > 0)
                standardError() << concord::tr("warning: %n item(s) imported after split version "
                                               "%1 are in no split and left out\n",
                                               nullptr, unassigned)
                                       .arg(split.version);
        } else if (perSplit) {
            return failWith(FileError{splitsFile(workspace.folder()),
                                      concord::tr("the project has no recorded split; make one "
                                                  "with concord-cli split")}
                                .toString());
        }
    }
    Expected<DatasetExportResult> written =
        exportDataset(workspace.folder(), workspace.project(), items, store, out, options);
    if (!written)
        return failWith(written.error().toString());
    for (const QString &warning : written->warnings)
        standardError() << concord::tr("warning: %1\n").arg(warning);
    standardOutput() << concord::tr(
                            "Wrote %1 images and %2 shapes (boxes, polygons, masks) to %3\n")
                            .arg(written->images)
                            .arg(written->shapes)
                            .arg(out);
    return ExitOk;
}

} // namespace concord::cli
