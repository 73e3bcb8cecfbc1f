// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How readers used a pre-label set (docs/prelabels.md, "How a set was used"): per label, how
// often its suggestions were accepted or rejected, how far the final shapes moved from them,
// and how much time items with accepted suggestions took against items the set had nothing
// for. Pure: reads only its arguments.
#include "core/model/prelabelset.h"
#include "core/project/itemwork.h"

#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace concord {

class ItemList;

// One label's suggestions of a set, and the readers' decisions on them. Every reader decides
// for themselves, so a suggestion two readers accepted counts twice.
struct SuggestionLabelStatistics
{
    int labelId = 0;
    int suggestions = 0; // in the set
    int accepted = 0;    // decisions, summed over readers
    int rejected = 0;
    int relabeled = 0; // accepted, and the reader's annotation now has another label
    // IoU between each accepted shape suggestion and the reader's annotation as it is now
    // (boxes by box IoU, polygons and masks by their pixels); 1 when accepted unedited.
    // Accepts whose annotation was since deleted drop the accept itself (replay), so they are
    // not here. Image labels have no shape and no IoU.
    int shapesCompared = 0;
    double iouSum = 0;

    // accepted / (accepted + rejected); none before any decision.
    std::optional<double> acceptanceRate() const;
    std::optional<double> meanIoU() const;
};

// Time per item, from the readers' active time (core/project/sessionstatistics.h): items where
// a reader accepted at least one of the set's suggestions against that same reader's items the
// set has no suggestion for. Compared within each reader, so a fast reader who uses suggestions
// more does not pass for a time saving; the readers' differences are averaged, weighted by how
// many items with accepts each timed.
struct SuggestionTimeSaving
{
    int readers = 0;                           // readers who timed items of both kinds
    int itemsWithAccepts = 0;                  // (reader, item) pairs, of those readers
    int itemsWithoutSuggestions = 0;           // (reader, item) pairs, of those readers
    std::optional<double> secondsSavedPerItem; // none without a reader of both kinds
};

struct PrelabelSetStatistics
{
    QString setId;
    std::vector<SuggestionLabelStatistics> labels; // by label id
    SuggestionLabelStatistics total;               // all labels (labelId 0)
    SuggestionTimeSaving time;
};

// One reader's work and active time, as the statistics need them.
struct ReaderUse
{
    QString annotatorId;
    const QHash<QString, ItemWork> *items = nullptr; // the reader's work by item id
    std::map<QString, qint64> activeMsPerItem;       // ActivityTotals::activeMsPerItem
};

// `items` gives the image sizes that polygons are rasterised in.
PrelabelSetStatistics prelabelSetStatistics(const PrelabelSet &set,
                                            const std::vector<ReaderUse> &readers,
                                            const ItemList &items);

} // namespace concord
