// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    int alreadyPresent = 0;              // same content imported before
    std::vector<FileError> unreadable;   // skipped files, each with its reason
};

// Describes one image file as an item: content hash (which gives the id), size, group.
Expected<Item> describeImageFile(const ProjectFolder &project, const QString &path,
                                 const QString &group);

// Imports every image under `folder` (recursively) into the project. Files that cannot be read
// are reported and skipped; the rest are imported. `progress` (optional) gets done/total.
Expected<ImportReport> importFolder(Workspace &workspace, const QString &folder,
                                    const std::function<void(int, int)> &progress = {});

} // namespace concord
