// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/exportcontrol.h"
#include "core/util/error.h"

#include <QStringList>

#include <map>
#include <optional>

namespace concord {

struct Project;
class ItemList;
class AnnotationStore;
class ProjectFolder;

// The training-set layouts `concord-cli export --format` writes besides COCO
// (docs/dataset-formats.md).
enum class DatasetFormat { PascalVoc, Yolo, Csv, JsonLines };

// "voc", "yolo", "csv" or "jsonl"; none for any other name.
std::optional<DatasetFormat> datasetFormatNamed(const QString &name);

// The split every item is in when no split is given: Hugging Face's and YOLO's default.
inline constexpr const char *DefaultDatasetSplit = "train";

struct DatasetExportOptions
{
    DatasetFormat format = DatasetFormat::Csv;
    QStringList annotatorIds; // empty: every reader in the store
    // Item id -> split name. Empty: every item is in DefaultDatasetSplit; otherwise an item
    // without an entry is left out (the caller counts and reports those).
    std::map<QString, QString> splitOfItem;
    QStringList splitNames; // the order splits are listed in; others follow, sorted
    // One complete dataset per split, in <folder>/<split>/, instead of one holding them all.
    bool perSplitFolders = false;
    ExportControl control; // progress per item; a stop leaves `folder` as it was
};

struct DatasetExportResult
{
    bool cancelled = false;
    int images = 0;
    int shapes = 0; // boxes, polygons and masks written (a mask once, however many outlines)
};

// Writes `store`'s boxes, polygons and masks on `items` to the folder `folder` in one of the
// dataset formats, with a copy of each image (copyFileDurably, checked against the item's
// SHA-256), so the dataset stands on its own. Image names are the items' file names, prefixed
// with the item id where two would share a name (without extension), and never hold a path
// separator or "..". Every file is written to a staging folder first and moved into place at the
// end. Errors name the file: `folder` is a file, an image cannot be read or has changed since it
// was imported.
Expected<DatasetExportResult> exportDataset(const ProjectFolder &projectFolder,
                                            const Project &project, const ItemList &items,
                                            const AnnotationStore &store, const QString &folder,
                                            const DatasetExportOptions &options);

} // namespace concord
