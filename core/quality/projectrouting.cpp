// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/projectrouting.h"

#include "core/project/referencelabels.h"
#include "core/quality/qcsample.h"

#include <QHash>

#include <algorithm>
#include <thread>

namespace concord {

namespace {

// What routing needs from the project as a whole, gathered once rather than once per item:
// every annotator's work, the works whose role allows reference labels, and every quality
// decision by item.
struct RoutingContext
{
    RoutingContext(const Project &project, const AnnotationStore &store)
        : referenceWorks(referenceAuthors(project, store))
    {
        for (const auto &[annotatorId, work] : store.allWork()) {
            readerIndex.insert(annotatorId, int(works.size()));
            works.push_back({&annotatorId, &work});
            for (const QualityDecision &decision : work.decisions())
                decisions[decision.itemId].push_back(&decision);
        }
    }

    const std::vector<const QualityDecision *> &decisionsAbout(const QString &itemId) const
    {
        static const std::vector<const QualityDecision *> none;
        const auto found = decisions.constFind(itemId);
        return found == decisions.constEnd() ? none : *found;
    }

    struct Work
    {
        const QString *annotatorId;
        const AnnotatorWork *work;
    };
    std::vector<Work> works;
    std::vector<const AnnotatorWork *> referenceWorks;
    QHash<QString, std::vector<const QualityDecision *>> decisions;
    QHash<QString, int> readerIndex; // into works: a reader's QC stratum
};

// The item's reads, decisions and reference; whether it is drawn for QC is for the caller.
RoutingInput inputFor(const Item &item, const RoutingContext &context)
{
    RoutingInput input;
    input.item = &item;
    QStringList deciders;
    for (const QualityDecision *decision : context.decisionsAbout(item.id)) {
        input.decisions.push_back(*decision);
        if (!deciders.contains(decision->deciderId))
            deciders.append(decision->deciderId);
    }
    for (const RoutingContext::Work &annotator : context.works) {
        const ItemWork *itemWork = annotator.work->item(item.id);
        if (!itemWork)
            continue;
        if (!deciders.isEmpty() && deciders.contains(*annotator.annotatorId)) {
            input.answers.emplace(*annotator.annotatorId, itemWork);
            continue;
        }
        if (itemWork->status() == ItemStatus::Done)
            input.reads.push_back({*annotator.annotatorId, itemWork, itemWork->statusMs});
    }
    input.reference = latestReferenceLabel(context.referenceWorks, item.id);
    return input;
}

// What the QC draw needs of an accepted item: when, and the readers and labels of the round
// that was accepted.
QcCandidate qcCandidateOf(const RoutingInput &input, const ItemRoute &route,
                          const RoutingContext &context)
{
    QcCandidate candidate;
    candidate.acceptedMs = *route.firstAcceptedMs;
    candidate.drawnAtRandom = input.drawnForQc;
    std::vector<int> labels;
    for (const ItemRead &read : input.reads) {
        if (!route.firstAcceptedReaders.contains(read.readerId))
            continue;
        candidate.strata.push_back(readerStratum(context.readerIndex.value(read.readerId)));
        appendLabelIdsUsed(*read.work, labels);
    }
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    for (int label : labels)
        candidate.strata.push_back(labelStratum(label));
    return candidate;
}

// Runs `work(begin, end)` over [0, count) in contiguous slices, one per core, when the count is
// large enough to pay for the threads. Each slice writes only its own results.
void forEachSlice(size_t count, const std::function<void(size_t, size_t)> &work)
{
    constexpr size_t MinimumSlice = 2048;
    const size_t cores = std::max(1U, std::thread::hardware_concurrency());
    const size_t slices = std::clamp<size_t>(count / MinimumSlice, 1, std::min<size_t>(cores, 8));
    if (slices == 1) {
        work(0, count);
        return;
    }
    std::vector<std::thread> threads;
    const size_t step = (count + slices - 1) / slices;
    for (size_t begin = step; begin < count; begin += step)
        threads.emplace_back(work, begin, std::min(count, begin + step));
    work(0, std::min(count, step));
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace

// Items are routed independently of each other (a pure function of their own reads and
// decisions), so the slices run on all cores; the result keeps project order. Only the QC
// draw looks across items: it tops up the random draw in the order items were accepted
// (drawQcSample), and the few items it adds are routed again as drawn.
ProjectRouting routeProject(const Project &project, const ItemList &items,
                            const AnnotationStore &store, const QualityPolicy &policy)
{
    const RoutingContext context(project, store);
    const std::vector<Item> &all = items.items();
    ProjectRouting routing;
    routing.policyVersion = policy.version;
    routing.items.resize(all.size());
    std::vector<std::optional<QcCandidate>> accepted(all.size());
    const auto route = [&](size_t i, bool drawnForQc) {
        RoutingInput input = inputFor(all[i], context);
        // Gold items are checked against their reference, not by QC.
        input.drawnForQc =
            !input.reference &&
            (drawnForQc || qcSampleDraw(project.projectId, all[i].id, policy.qcRate));
        ItemRoute itemRoute = routeItem(input, policy, project.classificationMode);
        if (!input.reference && itemRoute.firstAcceptedMs && policy.qcRate > 0)
            accepted[i] = qcCandidateOf(input, itemRoute, context);
        routing.items[i] = {&all[i], std::move(itemRoute), input.drawnForQc};
    };
    forEachSlice(all.size(), [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            route(i, false);
    });

    std::vector<size_t> candidateItems;
    std::vector<QcCandidate> candidates;
    for (size_t i = 0; i < all.size(); ++i) {
        if (accepted[i]) {
            candidateItems.push_back(i);
            candidates.push_back(std::move(*accepted[i]));
        }
    }
    const std::vector<bool> drawn = drawQcSample(candidates, policy.qcRate);
    for (size_t c = 0; c < candidates.size(); ++c) {
        if (drawn[c] && !candidates[c].drawnAtRandom)
            route(candidateItems[c], true);
    }
    for (const ProjectRouting::Entry &entry : routing.items)
        ++routing.counts[size_t(entry.route.state)];
    return routing;
}

void visitRoutes(const Project &project, const ProjectRouting &routing,
                 const AnnotationStore &store,
                 const std::function<void(const RoutingInput &, const ItemRoute &)> &visit)
{
    const RoutingContext context(project, store);
    for (const ProjectRouting::Entry &entry : routing.items) {
        RoutingInput input = inputFor(*entry.item, context);
        input.drawnForQc = entry.drawnForQc;
        visit(input, entry.route);
    }
}

void visitRoutes(const Project &project, const ItemList &items, const AnnotationStore &store,
                 const QualityPolicy &policy,
                 const std::function<void(const RoutingInput &, const ItemRoute &)> &visit)
{
    visitRoutes(project, routeProject(project, items, store, policy), store, visit);
}

} // namespace concord
