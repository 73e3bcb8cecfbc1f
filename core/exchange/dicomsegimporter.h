// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/cocoimporter.h"
#include "core/model/prelabelset.h"
#include "core/util/error.h"

namespace concord {

struct Project;
class ItemList;

// Reads DICOM Segmentations back as one reader's masks, as import-annotations adds them: the
// same edits a COCO import makes (CocoImport), committed by commitCocoImport, so the same
// rules hold (all or nothing, an import run again adds nothing twice).
// `path` is a SEG file, or a folder: then every *.dcm file below it (symbolic links are not
// followed), each of which must be a SEG. Each frame becomes one mask instance on the item
// whose SOP Instance UID its Derivation Image functional group (Source Image Sequence) names,
// with the label whose name its segment's Segment Label is (or, failing that, the one label
// carrying its category and type codes); empty frames are left out. Any
// problem (not a binary SEG, a frame that refers to no item or to several images, an unknown
// label, Rows and Columns other than the item's size) is one FileError naming the file, and
// nothing is imported (docs/dicom-exchange.md, "Reading a SEG back").
Expected<CocoImport> readDicomSegmentations(const QString &path, const Project &project,
                                            const ItemList &items);

// The same SEGs read as a model's predictions, a pre-label set (prelabelSetFromImport): for
// File > Import predictions… and `prelabels import --format dicom-seg` (docs/prelabels.md).
Expected<PrelabelSet> readSegmentationPredictions(const QString &path, const Project &project,
                                                  const ItemList &items);

} // namespace concord
