// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace concord {

// A stratum of the QC sample: one reader (by an index the caller gives each reader) or one
// label (by its id). Numbers rather than names, since the draw counts every accepted item of a
// 100,000-item project in each of its strata (tests/benchmarks/bench_routing).
using QcStratum = qint64;
QcStratum readerStratum(int readerIndex);
QcStratum labelStratum(int labelId);

// One accepted item as the QC draw sees it.
struct QcCandidate
{
    qint64 acceptedMs = 0;      // when it was first accepted
    bool drawnAtRandom = false; // its seeded draw (qcSampleDraw) fell below the rate
    // The strata it counts in: each reader of the accepted round and each label they gave.
    std::vector<QcStratum> strata;
};

// Which candidates are in the QC sample (docs/quality.md, "QC sample"): every item drawn at
// random, and, taking items in the order they were first accepted (ties in the order given),
// every item that finds one of its strata behind its share: fewer drawn than
// floor(rate × accepted + 0.5) of that stratum's accepted items so far. So every reader and
// every label is checked at least at the rate (rounded), and an item once drawn stays drawn
// when later items are accepted. Returns one flag per candidate, in the order given.
std::vector<bool> drawQcSample(const std::vector<QcCandidate> &candidates, double rate);

} // namespace concord
