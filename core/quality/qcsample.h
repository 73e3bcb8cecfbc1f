// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

// One accepted item as the QC draw sees it.
struct QcCandidate
{
    QString itemId;
    qint64 acceptedMs = 0;      // when it was first accepted
    bool drawnAtRandom = false; // its seeded draw (qcSampleDraw) fell below the rate
    // The strata it counts in: "reader:<id>" for each reader of the accepted round and
    // "label:<id>" for each label those readers gave.
    QStringList strata;
};

// Which candidates are in the QC sample (docs/quality.md, "QC sample"): every item drawn at
// random, and, taking items in the order they were first accepted (ties in the order given),
// every item that finds one of its strata behind its share: fewer drawn than
// floor(rate × accepted + 0.5) of that stratum's accepted items so far. So every reader and
// every label is checked at least at the rate (rounded), and an item once drawn stays drawn
// when later items are accepted. Returns one flag per candidate, in the order given.
std::vector<bool> drawQcSample(const std::vector<QcCandidate> &candidates, double rate);

// The strata keys of a reader and of a label, as QcCandidate::strata holds them.
QString readerStratum(const QString &readerId);
QString labelStratum(int labelId);

} // namespace concord
