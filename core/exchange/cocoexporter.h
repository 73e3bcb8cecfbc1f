// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/exportcontrol.h"
#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QStringList>

namespace concord {

class PseudonymKey;
struct Project;
class ItemList;
class AnnotationStore;

struct CocoExportOptions
{
    QStringList annotatorIds; // empty: every annotator
    ExportControl control;    // progress per item; a stop makes buildCocoDocument return null
    // When set, file names, SOP Instance UIDs, item ids, annotator and session ids are written
    // as the pseudonyms and UIDs this key gives, those `concord-cli deidentify --project` gives
    // the images (docs/deidentification.md, "Exports").
    const PseudonymKey *deidentifyWith = nullptr;
};

// What an export had to leave out, for the caller to tell the user.
struct CocoExportWarnings
{
    // COCO's RLE covers the whole image, so a mask on an item whose size is unknown (width or
    // height 0 in items.jsonl) cannot be written.
    int masksWithoutImageSize = 0;
    QStringList itemsWithoutImageSize; // their ids, each once, in item order
};

// Builds a COCO detection and segmentation document: images (one per item, with its DICOM SOP
// Instance UID when it has one), categories (every taxonomy label, its parent as
// supercategory), annotations: boxes as bbox [x, y, width, height] in pixels; polygons as one
// ring [[x0, y0, x1, y1, ...]] (area by the shoelace formula); mask instances as compressed
// RLE {"size": [h, w], "counts": string} exactly as pycocotools writes it (column-major runs
// over the whole image, core/geometry/maskrle.h), with their pixel count as area and tight
// bbox. Masks erased to nothing are left out; so are masks of items of unknown size, counted in
// `warnings` when given. COCO has no image-level labels, so they go into a top-level
// "image_labels" array. Each annotation carries "concord" provenance: annotator,
// session, guideline version. Attribute values go into an "attributes" object per annotation
// and image label, as CVAT writes them ({"severity": "moderate"}), when any is set.
// Reports progress after each item through `options.control`; stopped there, returns a null
// Json.
Json buildCocoDocument(const Project &project, const ItemList &items, const AnnotationStore &store,
                       const CocoExportOptions &options = {},
                       CocoExportWarnings *warnings = nullptr);

MaybeError writeCocoFile(const QString &path, const Json &document);

// What exportCoco wrote, or that it was stopped.
struct CocoExportResult
{
    bool cancelled = false; // stopped by options.control: nothing was written
    int images = 0;
    int annotations = 0; // boxes, polygons and masks
    int imageLabels = 0;
    CocoExportWarnings warnings;
};

// buildCocoDocument, then writeCocoFile (a temporary file renamed over `path`), for an export
// that may be stopped: when options.control stops it, `path` is left as it was.
Expected<CocoExportResult> exportCoco(const Project &project, const ItemList &items,
                                      const AnnotationStore &store, const QString &path,
                                      const CocoExportOptions &options = {});

} // namespace concord
