// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/ratingtable.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace concord {

// How one source (labeling function) votes, with the definitions of Snorkel's LFAnalysis
// (docs/weak-supervision.md, "Labeling-function analysis"). Fractions are of all units of the
// vote table.
struct SourceAnalysis
{
    qint32 source = 0; // column of the vote table
    QString name;
    QStringList polarity; // the classes it ever voted for, in class order
    qint32 votes = 0;     // units it voted on
    double coverage = 0;  // votes / units
    double overlaps = 0;  // units it voted on that some other source voted on too, / units
    // Units it voted on that hold two different votes (from any two sources), / units.
    double conflicts = 0;
    // Against gold labels, when given: votes on units with a gold label that match it or not,
    // and correct / (correct + incorrect), empty when it voted on no unit with a gold label.
    qint32 correct = 0;
    qint32 incorrect = 0;
    std::optional<double> empiricalAccuracy;
};

struct LabelingFunctionAnalysis
{
    qint32 units = 0;
    double coverage = 0; // units with at least one vote, / units
    double overlap = 0;  // units with at least two votes, / units
    double conflict = 0; // units with two different votes, / units
    bool hasGold = false;
    std::vector<SourceAnalysis> sources; // in table order
};

// Coverage, overlaps and conflicts of every source of a vote table (units × sources, Missing
// where a source abstained) and, when `gold` is given (unitCount entries, as
// alignGoldLabels() makes them), each source's correct and incorrect votes. Pure; exact counts.
LabelingFunctionAnalysis analyseLabelingFunctions(const RatingTable &votes,
                                                  const std::vector<qint32> &gold = {});

} // namespace concord
