// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/ratingtable.h"

#include <QString>

#include <vector>

namespace concord {

// How one coder's ratings compare with a reference (gold) rating of the same units.
struct GoldReaderResult
{
    qint32 coder = 0;
    QString coderName;
    qint32 units = 0;               // units rated by both the coder and the reference
    qint32 correct = 0;             // of those, units where the coder chose the reference category
    std::optional<double> accuracy; // correct / units; empty when units == 0
    AgreementResult kappa;          // Cohen's kappa against the reference
    // categoryCount² counts, row-major: rows are the reference category, columns the coder's.
    std::vector<qint64> confusion;
};

// Every coder of a table compared with a reference.
struct GoldComparison
{
    QString referenceName;
    qint32 referenceUnits = 0; // units the reference rated
    QStringList categories;
    std::vector<GoldReaderResult> readers; // every coder except the reference coder, in order
};

// Compares each coder with coder `referenceCoder` of the same table (e.g. the lead's reading).
// The reference coder itself is not listed.
GoldComparison compareWithGold(const RatingTable &table, qint32 referenceCoder);

// Compares each coder with a reference label per unit (a category id of `table`, or
// RatingTable::Missing where the reference says nothing); `reference` has unitCount() entries.
GoldComparison compareWithGold(const RatingTable &table, const std::vector<qint32> &reference,
                               const QString &referenceName);

} // namespace concord
