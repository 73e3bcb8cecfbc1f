// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/ratingtable.h"
#include "core/util/error.h"

#include <QString>

#include <vector>

namespace concord {

// A known (gold) label of one unit, as read from a gold CSV.
struct GoldLabel
{
    QString unit;
    QString label;
    qint64 line = 0; // 1-based line of the file it came from
};

// Reads gold labels: a header `unit,label` (in either case), then one unit per line, in the CSV
// dialect of core/util/csvfields.h. Refused, as a FileError naming the file and the line: another
// header, an empty unit or label, a unit listed twice (naming the line of its first label).
Expected<std::vector<GoldLabel>> readGoldLabelCsv(const QString &path);

// Marks in a gold vector: no gold label for the unit, and a gold label that is none of the vote
// table's classes (no source ever voted for it, so every vote on that unit is incorrect).
inline constexpr qint32 NoGoldLabel = RatingTable::Missing;
inline constexpr qint32 GoldLabelOutsideClasses = -2;

// Gold labels lined up with the units of a vote table.
struct AlignedGold
{
    std::vector<qint32> perUnit;  // unitCount entries: a class id, NoGoldLabel or
                                  // GoldLabelOutsideClasses
    qint32 unitsWithGold = 0;     // units of the table that have a gold label
    qint32 unitsWithoutVotes = 0; // gold labels of units the table does not hold (left out)
};

// Looks every gold label's unit and label up in `votes` (names compared exactly).
AlignedGold alignGoldLabels(const RatingTable &votes, const std::vector<GoldLabel> &gold);

} // namespace concord
