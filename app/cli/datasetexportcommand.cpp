// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/datasetexportcommand.h"

#include "app/cli/clicommand.h"
#include "core/curation/splitrecords.h"
#include "core/exchange/datasetexporters.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord::cli {

int runDatasetExport(const Workspace &workspace, const ItemList &items,
                     const AnnotationStore &store, const QString &format, const QString &out,
                     const QStringList &readers, const QString &splitName, bool perSplit)
{
    DatasetExportOptions options;
    options.format = *datasetFormatNamed(format);
    options.annotatorIds = readers;
    options.perSplitFolders = perSplit;
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
    standardOutput() << concord::tr(
                            "Wrote %1 images and %2 shapes (boxes, polygons, masks) to %3\n")
                            .arg(written->images)
                            .arg(written->shapes)
                            .arg(out);
    return ExitOk;
}

} // namespace concord::cli
