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
class PseudonymKey;
class AnnotationStore;
class ProjectFolder;

// The training-set layouts `concord-cli export --format` writes besides COCO
// (docs/dataset-formats.md).
enum class DatasetFormat { PascalVoc, Yolo, Csv, JsonLines };

// "voc", "yolo", "csv" or "jsonl"; none for any other name.
std::optional<DatasetFormat> datasetFormatNamed(const QString &name);

// How the images get into the dataset (docs/dataset-formats.md, "Images: copied or linked").
enum class DatasetImages {
    Copy, // a copy of its own
    Link, // a hard link to the project's file: no space taken, same file system only
};

// "copy" or "link"; none for any other name.
std::optional<DatasetImages> datasetImagesNamed(const QString &name);

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
    DatasetImages images = DatasetImages::Copy;
    // When set, nothing that names a patient or a person leaves (docs/deidentification.md,
    // "Exports"): images named as every de-identified export names them
    // (deidentifiedImageName), DICOM images put through the PS3.15 basic profile with this key,
    // PNG and JPEG metadata (text, EXIF, XMP, comments, time) left out, BMP as it is, any other
    // image refused, item, reader and session ids as pseudonyms, and no folder named in YOLO's
    // data.yaml or VOC's <folder>. Only with DatasetImages::Copy: a link is the original.
    const PseudonymKey *deidentifyWith = nullptr;
    ExportControl control; // progress per item; a stop leaves `folder` as it was
};

struct DatasetExportResult
{
    bool cancelled = false;
    int images = 0;
    int shapes = 0; // boxes, polygons and masks written (a mask once, however many outlines)
    // De-identified exports: what the profile cannot remove (burned-in annotation), per image.
    QStringList warnings;
};

// Writes `store`'s boxes, polygons and masks on `items` to the folder `folder` in one of the
// dataset formats, with each image copied (copyFileDurably) or hard-linked, either checked
// against the item's SHA-256, so the dataset stands on its own. A link is made to the file itself,
// never to a symbolic link, and an image inside the project whose path leads out of it through a
// symbolic link is refused. Image names are the items' file names (or, de-identified, the names
// deidentifiedImageName gives), prefixed with the item id (or its pseudonym) where two would
// share a name (without extension), and never hold a path separator or "..". Every file is
// written to a staging folder first and moved into place at the end. Errors name the file:
// `folder` is a file, an image cannot be read, linked or de-identified, or has changed since it
// was imported.
Expected<DatasetExportResult> exportDataset(const ProjectFolder &projectFolder,
                                            const Project &project, const ItemList &items,
                                            const AnnotationStore &store, const QString &folder,
                                            const DatasetExportOptions &options);

} // namespace concord
