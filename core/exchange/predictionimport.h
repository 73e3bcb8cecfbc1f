// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A model's predictions made elsewhere, read as a pre-label set (docs/prelabels.md, "Importing
// predictions"): COCO detection or segmentation results with their "score", DICOM
// Segmentations, or image labels from a CSV. What is read becomes suggestions, never a reader's
// work; writing the set is core/prelabels' (writePrelabelSet).
#include "core/exchange/cocoimporter.h"
#include "core/model/prelabelset.h"
#include "core/util/error.h"

namespace concord {

struct Project;
class ItemList;

enum class PredictionFormat { Coco, ImageLabelCsv };

// The predictions in the COCO file or image-label CSV at `path` as a set, as
// prelabelSetFromImport or readImageLabelPredictions read them. The window and the command
// line read both formats through here (DICOM SEG: readSegmentationPredictions, in
// core/exchange/dicomsegimporter.h, which needs DCMTK).
Expected<PrelabelSet> readPredictions(const QString &path, PredictionFormat format,
                                      const Project &project, const ItemList &items);

// A set of suggestions from an import read by readCocoAnnotations or readDicomSegmentations:
// each annotation becomes a suggestion with the same item, label, shape and score, with ids
// s1, s2, ... in the file's order. `set.id` and `set.source` are the caller's to fill in.
PrelabelSet prelabelSetFromImport(const CocoImport &import);

// Image-label predictions from a CSV with a header: a column "image" (a file name matched to
// an item as a COCO import matches one) or "item" (an item id), a column "label" (a label's
// name) and optionally "score" (from 0 to 1; 1 when absent or empty). An item may have several
// rows, one per label. Each row becomes an image-label suggestion; an item's uncertainty is 1
// minus its highest score, as for a classifier's run (docs/model-inference.md). Any problem
// (an unknown image, item or label, a bad score, a label given twice for one item) is one
// FileError naming `path` and the line, and nothing is read.
Expected<PrelabelSet> readImageLabelPredictions(const QString &path, const Project &project,
                                                const ItemList &items);

} // namespace concord
