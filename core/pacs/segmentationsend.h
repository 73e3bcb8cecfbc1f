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
class PseudonymKey;

// What became of sending an item's segmentations.
struct SegmentationSendReport
{
    // One per DICOM SEG written: its file named "<reader>/<item id>-seg.dcm", as an export
    // would name it, and what the node said.
    std::vector<StoreReceipt> receipts;
    // Readers of the item left out, and why (no masks, not a DICOM image...), in words.
    QStringList skipped;
    bool cancelled = false;
    bool deidentified = false; // sent through the PS3.15 profile (deidentifyWith)
};

// Writes the DICOM Segmentation of `item` for each of `annotatorIds` whose work in `store`
// has masks or polygons (core/exchange/dicomsegexporter.h), into a temporary folder only the
// user may read, sends them to `node` (C-STORE, or STOW-RS for a DICOMweb node; sendToPacs)
// and removes the folder (docs/pacs.md, "Sending a segmentation"). With `deidentifyWith` (the
// project's key), each SEG is de-identified as concord-cli export --format dicom-seg
// --deidentify does before it is sent: readers named by pseudonyms, then the PS3.15 profile,
// so its patient, study and the source image it refers to carry the pseudonyms and UIDs that
// concord-cli deidentify --project gives the source (docs/deidentification.md, "Exports").
// Receipts keep the SEG's export name. Fails as a whole when nothing could be written, or no
// association or connection made. Blocks the calling thread.
Expected<SegmentationSendReport>
sendSegmentationsToPacs(const ProjectFolder &folder, const Project &project, const Item &item,
                        const AnnotationStore &store, const QStringList &annotatorIds,
                        const PacsNode &node, const PacsOptions &options = {},
                        const std::atomic<bool> *cancel = nullptr,
                        const PseudonymKey *deidentifyWith = nullptr);

} // namespace concord
