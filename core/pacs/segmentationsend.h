// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/pacs/pacssend.h"
#include "core/util/error.h"

#include <QStringList>

#include <atomic>
#include <vector>

namespace concord {

struct Item;
struct Project;
class AnnotationStore;
class ProjectFolder;

// What became of sending an item's segmentations.
struct SegmentationSendReport
{
    // One per DICOM SEG written: its file named "<reader>/<item id>-seg.dcm", as an export
    // would name it, and what the node said.
    std::vector<StoreReceipt> receipts;
    // Readers of the item left out, and why (no masks, not a DICOM image...), in words.
    QStringList skipped;
    bool cancelled = false;
};

// Writes the DICOM Segmentation of `item` for each of `annotatorIds` whose work in `store`
// has masks or polygons (core/exchange/dicomsegexporter.h), into a temporary folder only the
// user may read, sends them to `node` (C-STORE, or STOW-RS for a DICOMweb node; sendToPacs)
// and removes the folder (docs/pacs.md, "Sending a segmentation"). Fails as a whole when
// nothing could be written, or no association or connection made. Blocks the calling thread.
Expected<SegmentationSendReport>
sendSegmentationsToPacs(const ProjectFolder &folder, const Project &project, const Item &item,
                        const AnnotationStore &store, const QStringList &annotatorIds,
                        const PacsNode &node, const PacsOptions &options = {},
                        const std::atomic<bool> *cancel = nullptr);

} // namespace concord
