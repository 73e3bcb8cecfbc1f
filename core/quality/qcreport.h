// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/quality/projectrouting.h"

#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace concord {

// A proportion with its Wilson score interval (Wilson 1927): unlike the normal approximation it
// stays inside [0, 1] and behaves with few QC checks or none found wrong.
struct ProportionEstimate
{
    qint64 successes = 0;
    qint64 trials = 0;
    std::optional<double> value; // successes / trials; empty with no trials
    double lower = 0;            // the interval at `z` (1.96: 95 %); [0, 1] with no trials
    double upper = 1;
};
ProportionEstimate wilsonInterval(qint64 successes, qint64 trials, double z = 1.959963984540054);

// How many items QC must check to estimate an error rate near `expectedRate` to within
// ± `margin` at 95 % (normal approximation, n = z² p (1 - p) / m², rounded up), with the finite
// population correction when `population` items can be drawn from (0: unlimited).
qint64 qcSampleSizeNeeded(double expectedRate, double margin, qint64 population = 0);

// What QC found (docs/quality.md, "QC"): every item with a QC verdict counts once (its latest
// verdict), against every reader of the round QC checked and against the labels of the checked
// answer.
struct QcReport
{
    struct ReaderRow
    {
        QString readerId;
        ProportionEstimate errorRate; // items with an error / items checked, among their reads
        std::map<QString, qint64> errorsByCategory;
    };
    qint64 checked = 0;
    ProportionEstimate errorRate;
    std::map<QString, ProportionEstimate> byCategory; // errors of that category / checked
    std::vector<ReaderRow> readers;                   // sorted by reader id
    std::map<int, ProportionEstimate> byLabel;        // by label of the checked answer
    qint64 accepted = 0;                              // accepted items QC could draw from
    qint64 drawn = 0;                                 // of those, drawn for QC

    // What review found against each reader (docs/quality.md, "Review"): over every review
    // decision on an item they had submitted before it, the items with at least one finding
    // against them, and their findings by category.
    struct ReviewRow
    {
        QString readerId;
        ProportionEstimate itemsWithFindings;
        std::map<QString, qint64> findingsByCategory;
    };
    std::vector<ReviewRow> reviewByReader; // sorted by reader id
};

QcReport buildQcReport(const Project &project, const ItemList &items, const AnnotationStore &store,
                       const QualityPolicy &policy);
// The same from the project's routes under `policy`, already computed from `store`.
QcReport buildQcReport(const Project &project, const ProjectRouting &routing,
                       const AnnotationStore &store, const QualityPolicy &policy);

} // namespace concord
