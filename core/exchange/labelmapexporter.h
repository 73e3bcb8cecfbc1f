// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/exportcontrol.h"
#include "core/project/itemwork.h"
#include "core/util/error.h"

#include <QStringList>

#include <opencv2/core.hpp>

namespace concord {

class PseudonymKey;
struct Project;
class ItemList;
class AnnotationStore;
class Taxonomy;

// PNG label maps: one image per item and annotator, the size of the item, where each pixel
// holds the taxonomy label id of the instance covering it and 0 where none does (so label ids
// are the mapping; labelmap.json beside the PNGs names them). Polygons are filled by Concord's
// pixel-centre rule. Where instances overlap, the most recently created one wins (ties: masks
// over polygons, then the later in the list), because a reader usually outlines the finding
// on top last. 8-bit when every label id fits, 16-bit otherwise.
cv::Mat labelMapOf(const ItemWork &work, cv::Size imageSize, const Taxonomy &taxonomy);

// Writes <folder>/<annotator>/<item id>.png for every item with polygons or masks (of
// `annotatorIds`, or everyone when empty) and <folder>/labelmap.json: {"values": {"0":
// "background", "<id>": "<label path>"...}, "items": {"<item id>": "<item path>"...}}. An item
// or annotator id that is not a safe file name (core/storage/safepath.h) is written as
// "id-<16 hex digits of its SHA-256>" instead, listed in "renamed": {"<name>": "<id>"}, so
// nothing is ever written outside `folder`. With `deidentifyWith`, annotators and items are
// named by the pseudonyms a de-identified COCO file gives them, and "items" maps each item's
// pseudonym to the name de-identified exports give its image (deidentifiedImageName), so no id
// or path of the project is written (docs/deidentification.md, "Exports").
// Returns how many PNGs were written. Items of unknown size (width or height 0 in items.jsonl)
// cannot be drawn; those with polygons or masks are skipped and, when
// `itemsWithoutImageSize` is given, listed there by id for the caller to report.
Expected<int> writeLabelMaps(const Project &project, const ItemList &items,
                             const AnnotationStore &store, const QString &folder,
                             const QStringList &annotatorIds = {},
                             QStringList *itemsWithoutImageSize = nullptr,
                             const PseudonymKey *deidentifyWith = nullptr);

// What exportLabelMaps wrote, or that it was stopped.
struct LabelMapExportResult
{
    bool cancelled = false; // stopped by the control: `folder` was left as it was
    int written = 0;        // PNGs
    QStringList itemsWithoutImageSize;
};

// writeLabelMaps for an export that may be stopped: progress per item through `control`. The
// PNGs are first written to a hidden folder inside `folder` (".concord-labelmaps-<random>") and
// moved into place only when all are done, so a stop or an error leaves `folder` as it was (a
// folder it had to create is removed again).
Expected<LabelMapExportResult> exportLabelMaps(const Project &project, const ItemList &items,
                                               const AnnotationStore &store, const QString &folder,
                                               const QStringList &annotatorIds = {},
                                               const ExportControl &control = {},
                                               const PseudonymKey *deidentifyWith = nullptr);

} // namespace concord
