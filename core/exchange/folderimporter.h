// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/model/item.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace concord {

class Workspace;

struct ImportReport
{
    int added = 0;
    int alreadyPresent = 0;            // same content imported before
    int spacingRecorded = 0;           // of those, items from before spacing was recorded
    int notImages = 0;                 // DICOM files with no pixels (SR, SEG, presentation states)
    int copied = 0;                    // of the added, copied into images/ (ImportOptions)
    std::vector<FileError> unreadable; // skipped files, each with its reason
    // Stopped by ImportOptions::cancelled after `examined` of `found` files; what was examined
    // is imported, and running the import again goes on where it stopped.
    bool cancelled = false;
    int examined = 0;
    int found = 0;
    // The item of each file imported or already present, by the file's canonical path: how a
    // metadata CSV naming the files finds their items (core/curation/itemmetadatacsv.h).
    QHash<QString, QString> itemIdOfFile;
};

// Describes one image file as an item: content hash (which gives the id), size, group. For
// DICOM, pass its header (read by the caller) and the pixels are not decoded.
Expected<Item> describeImageFile(const ProjectFolder &project, const QString &path,
                                 const QString &group, const ImageMetadata *dicomHeader = nullptr);

struct ImportOptions
{
    // Copy each new image into the project's images/ folder and refer to the copy, so the
    // project folder holds everything it needs and can be copied, backed up or taken into the
    // field as one folder (docs/storage.md "Images in the project"). Off: items refer to the
    // images where they lie, relative to the project ("../scans/x.dcm").
    bool copyIntoProject = false;
    // Asked before each file (on the importing thread); true stops the import there.
    std::function<bool()> cancelled;
};

// Imports images into the project from `sources`: image files, folders (searched
// recursively) and DICOMDIR files (which stand for the folder they index). A source that does
// not exist refuses the whole import, naming it. Files that cannot be read are reported and
// skipped, DICOM files that hold no image are counted and skipped; the rest are imported.
// Importing a folder again records the pixel spacing of its items that were imported before
// items recorded it, so an older project gets HD95 in mm. `progress` (optional) gets
// done/total. A copy that cannot be written (a full disk, a link planted in images/) stops the
// import with that error; images copied before it stay and are reused by the next import.
Expected<ImportReport> importImages(Workspace &workspace, const QStringList &sources,
                                    const ImportOptions &options = {},
                                    const std::function<void(int, int)> &progress = {});

// importImages() of one folder (or DICOMDIR), referring to the images where they lie.
Expected<ImportReport> importFolder(Workspace &workspace, const QString &folder,
                                    const std::function<void(int, int)> &progress = {});

} // namespace concord
