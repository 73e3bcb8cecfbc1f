// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QStringList>

namespace concord {

struct Project;
class ItemList;
class AnnotationStore;

struct CocoExportOptions
{
    QStringList annotatorIds; // empty: every annotator
};

// Builds a COCO detection and segmentation document: images (one per item, with its DICOM SOP
// Instance UID when it has one), categories (every taxonomy label, its parent as
// supercategory), annotations: boxes as bbox [x, y, width, height] in pixels; polygons as one
// ring [[x0, y0, x1, y1, ...]] (area by the shoelace formula); mask instances as compressed
// RLE {"size": [h, w], "counts": string} exactly as pycocotools writes it (column-major runs
// over the whole image, core/geometry/maskrle.h), with their pixel count as area and tight
// bbox. Masks erased to nothing, and masks of items of unknown size, are left out. COCO has no image-level labels, so they go into
// a top-level "image_labels" array. Each annotation carries "concord" provenance: annotator,
// session, guideline version.
Json buildCocoDocument(const Project &project, const ItemList &items, const AnnotationStore &store,
                       const CocoExportOptions &options = {});

MaybeError writeCocoFile(const QString &path, const Json &document);

} // namespace concord
