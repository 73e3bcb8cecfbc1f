// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/qcreport.h"

#include "core/quality/consensus.h"
#include "core/quality/decisionrecording.h"
#include "core/quality/projectrouting.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace concord {

ProportionEstimate wilsonInterval(qint64 successes, qint64 trials, double z)
{
    ProportionEstimate e;
    e.successes = successes;
    e.trials = trials;
    if (trials <= 0)
        return e;
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    e.value = p;
    e.lower = std::max(0.0, centre - half);
    e.upper = std::min(1.0, centre + half);
    return e;
}

qint64 qcSampleSizeNeeded(double expectedRate, double margin, qint64 population)
{
    if (!(margin > 0) || margin >= 1)
        return 0;
    const double p = std::clamp(expectedRate, 0.0, 1.0);
    const double z = 1.959963984540054;
    double n = z * z * p * (1 - p) / (margin * margin);
    if (population > 0)
        n = n / (1 + (n - 1) / double(population));
    return qint64(std::ceil(n - 1e-9));
}

QcReport buildQcReport(const Project &project, const ItemList &items, const AnnotationStore &store,
                       const QualityPolicy &policy)
{
    return buildQcReport(project, routeProject(project, items, store, policy), store, policy);
}

QcReport buildQcReport(const Project &project, const ProjectRouting &routing,
                       const AnnotationStore &store, const QualityPolicy &policy)
{
    QcReport report;
    qint64 errors = 0;
    std::map<QString, qint64> categoryErrors;
    std::map<QString, std::pair<qint64, qint64>> readerCounts; // errors, checked
    std::map<QString, std::map<QString, qint64>> readerCategories;
    std::map<int, std::pair<qint64, qint64>> labelCounts;
    struct ReviewCounts
    {
        qint64 reviewed = 0, withFindings = 0;
        std::map<QString, qint64> byCategory;
    };
    std::map<QString, ReviewCounts> reviewCounts;
    visitRoutes(project, routing, store, [&](const RoutingInput &input, const ItemRoute &route) {
        // Gold items are accepted by their reference and never drawn: not QC's population.
        if (!input.reference &&
            (route.state == ItemState::Accepted || route.state == ItemState::Qc)) {
            ++report.accepted;
            report.drawn += input.drawnForQc ? 1 : 0;
        }
        // Every review decision counts for each reader who had submitted the item before it.
        for (const QualityDecision &d : input.decisions) {
            if (d.kind != DecisionKind::ReviewAccept && d.kind != DecisionKind::ReviewReject)
                continue;
            for (const ItemRead &read : input.reads) {
                if (read.doneMs >= d.timeMs || read.readerId == d.deciderId)
                    continue;
                auto &[reviewed, withFindings, byCategory] = reviewCounts[read.readerId];
                ++reviewed;
                bool found = false;
                for (const ReviewFinding &finding : d.findings) {
                    if (finding.readerId != read.readerId)
                        continue;
                    found = true;
                    ++byCategory[finding.category];
                }
                withFindings += found ? 1 : 0;
            }
        }
        // The latest QC verdict on the item, and the round it checked: the readers who read
        // the item before the verdict.
        const QualityDecision *verdict = nullptr;
        for (const QualityDecision &d : input.decisions) {
            if ((d.kind == DecisionKind::QcCorrect || d.kind == DecisionKind::QcError) &&
                (!verdict || d.timeMs > verdict->timeMs))
                verdict = &d;
        }
        if (!verdict)
            return;
        ++report.checked;
        const bool error = verdict->kind == DecisionKind::QcError;
        if (error) {
            ++errors;
            ++categoryErrors[verdict->errorCategory];
        }
        std::set<QString> readers;
        std::vector<const ItemWork *> works;
        for (const ItemRead &read : input.reads) {
            if (read.doneMs < verdict->timeMs) {
                readers.insert(read.readerId);
                works.push_back(read.work);
            }
        }
        for (const QString &reader : readers) {
            auto &[readerErrors, checked] = readerCounts[reader];
            ++checked;
            if (error) {
                ++readerErrors;
                ++readerCategories[reader][verdict->errorCategory];
            }
        }
        // The labels of what was checked: the readers' consensus.
        const ItemWork checkedAnswer =
            computeConsensus(*input.item, works, project.classificationMode, policy.boxIoUThreshold)
                .work;
        for (int label : labelIdsUsed(checkedAnswer)) {
            auto &[labelErrors, checked] = labelCounts[label];
            ++checked;
            labelErrors += error ? 1 : 0;
        }
    });
    for (const auto &[reader, counts] : reviewCounts)
        report.reviewByReader.push_back(
            {reader, wilsonInterval(counts.withFindings, counts.reviewed), counts.byCategory});
    report.errorRate = wilsonInterval(errors, report.checked);
    for (const QString &category : defaultErrorCategories())
        report.byCategory[category] = wilsonInterval(categoryErrors[category], report.checked);
    for (const auto &[category, count] : categoryErrors)
        report.byCategory[category] = wilsonInterval(count, report.checked);
    for (const auto &[reader, counts] : readerCounts)
        report.readers.push_back(
            {reader, wilsonInterval(counts.first, counts.second), readerCategories[reader]});
    for (const auto &[label, counts] : labelCounts)
        report.byLabel[label] = wilsonInterval(counts.first, counts.second);
    return report;
}

} // namespace concord
