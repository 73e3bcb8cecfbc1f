// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/project/goldtest.h"

namespace concord {

// Every reader's running score against the gold items of the project (items with a reference
// label, docs/quality.md "Gold items"), as the announced gold tests score them
// (core/project/goldtest.h: accuracy, Cohen's kappa with its interval, confusion matrix), over
// every gold item they submitted. A reader is flagged when their score is below the policy's
// reader_score_threshold: the score is Cohen's kappa where it is defined, else accuracy.
struct GoldScores
{
    GoldTestScore score; // planId empty; items: the gold items
    QStringList flagged; // reader ids below the threshold, in reader order
};

GoldScores scoreReadersOnGold(const Project &project, const ItemList &items,
                              const AnnotationStore &store, const QualityPolicy &policy);

// The number a reader is flagged by: kappa where defined, else accuracy, else nothing.
std::optional<double> goldScoreValue(const GoldReaderResult &result);

} // namespace concord
