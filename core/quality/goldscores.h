// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/project/goldtest.h"

namespace concord {

// Every reader's running score against the gold items of the project (items with a reference
// label, docs/quality.md "Gold items"), over every gold item they submitted:
// - image labels as the announced gold tests score them (core/project/goldtest.h: accuracy,
//   Cohen's kappa with its interval, confusion matrix);
// - boxes and masks against the reference shapes, which are the reference author's own boxes,
//   polygons and masks on the item: per item the F1 of boxes matched within labels at the
//   policy's IoU threshold, and the Dice (or IoU, by the policy) of the pixels per label, as
//   per-item agreement measures a pair of readers.
// A kind of shape is scored only on gold items whose reference has shapes of that kind: a
// reference given as a label answer alone says nothing about where the findings are.
// A reader is flagged when their score is below the policy's reader_score_threshold: the
// lowest of the label score (kappa where defined, else accuracy), the box F1 and the mask
// overlap, as an item's agreement takes its lowest kind.
struct GoldShapeScore
{
    int boxItems = 0;                  // gold items submitted whose reference has boxes
    std::optional<double> boxF1;       // mean over those items
    std::optional<double> boxIoU;      // mean IoU of the matched boxes, pooled
    int maskItems = 0;                 // gold items submitted whose reference has regions
    std::optional<double> maskOverlap; // mean over those items (Dice or IoU, by the policy)
};

struct GoldScores
{
    GoldTestScore score;                // planId empty; items: the gold items
    std::vector<GoldShapeScore> shapes; // one per score.comparison.readers, same order
    QStringList flagged;                // reader ids below the threshold, in reader order
};

GoldScores scoreReadersOnGold(const Project &project, const ItemList &items,
                              const AnnotationStore &store, const QualityPolicy &policy);

// The number a reader is flagged by: the lowest of kappa (else accuracy), box F1 and mask
// overlap that is defined; nothing when none is.
std::optional<double> goldScoreValue(const GoldReaderResult &labels, const GoldShapeScore &shapes);

} // namespace concord
