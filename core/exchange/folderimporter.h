// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/model/item.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

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
    std::vector<FileError> unreadable; // skipped files, each with its reason
};

// Describes one image file as an item: content hash (which gives the id), size, group. For
// DICOM, pass its header (read by the caller) and the pixels are not decoded.
Expected<Item> describeImageFile(const ProjectFolder &project, const QString &path,
                                 const QString &group, const ImageMetadata *dicomHeader = nullptr);

// Imports every image under `folder` (recursively; a DICOMDIR file stands for its folder) into
// the project. Files that cannot be read are reported and skipped, DICOM files that hold no
// image are counted and skipped; the rest are imported. Importing a folder again records the
// pixel spacing of its items that were imported before items recorded it, so an older project
// gets HD95 in mm. `progress` (optional) gets done/total.
Expected<ImportReport> importFolder(Workspace &workspace, const QString &folder,
                                    const std::function<void(int, int)> &progress = {});

} // namespace concord
