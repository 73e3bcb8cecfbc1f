// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace concord {
class AnnotationStore;
class ItemList;
class Workspace;
} // namespace concord

namespace concord::cli {

// The dataset formats of `export` (voc, yolo, csv, jsonl; docs/dataset-formats.md), kept apart
// from that command so it only hands over when --format names one.
//
// Writes `store`'s work on `items` (of `readers`, or everyone) to the folder `out`, by split:
// all of `items` in `splitName` when it is given (--split), else each item in the split the
// newest recorded split puts it in (items in none left out, with a warning), else all in one
// split, "train". With `perSplit`, one dataset per split in <out>/<split>/, which needs a
// recorded split. Exit code: ExitOk or ExitBadInput, after saying why.
int runDatasetExport(const Workspace &workspace, const ItemList &items,
                     const AnnotationStore &store, const QString &format, const QString &out,
                     const QStringList &readers, const QString &splitName, bool perSplit);

} // namespace concord::cli
