// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/exchange/datasetexporters.h"
#include "core/util/error.h"

namespace concord {
class AnnotationStore;
class ItemList;
class ProjectFolder;
class PseudonymKey;
class Workspace;
} // namespace concord

namespace concord::cli {

// Why `out`, the destination of any export (a file or a folder), may not be written, naming it:
// it is a symbolic link (the export would land where the link points, not where the user
// looked), or it lies inside `project` once links are resolved, anywhere but below its
// exports/ folder (an export there could overwrite project.json, a journal or an image, and
// would be taken for project files). Nothing when it may. docs/dataset-formats.md, "Where an export
// may go".
MaybeError refuseExportDestination(const ProjectFolder &project, const QString &out);

// The dataset formats of `export` (voc, yolo, csv, jsonl; docs/dataset-formats.md), kept apart
// from that command so it only hands over when --format names one.
//
// Writes `store`'s work on `items` (of `readers`, or everyone) to the folder `out`, by split:
// all of `items` in `splitName` when it is given (--split), else each item in the split the
// newest recorded split puts it in (items in none left out, with a warning), else all in one
// split, "train". With `perSplit`, one dataset per split in <out>/<split>/, which needs a
// recorded split. The images copied or linked as `images` says; with `deidentifyWith`,
// de-identified copies and pseudonyms (docs/deidentification.md, "Exports"). Exit code: ExitOk
// or ExitBadInput, after saying why.
int runDatasetExport(const Workspace &workspace, const ItemList &items,
                     const AnnotationStore &store, const QString &format, const QString &out,
                     const QStringList &readers, const QString &splitName, bool perSplit,
                     DatasetImages images, const PseudonymKey *deidentifyWith);

} // namespace concord::cli
