// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/projectrouting.h"

#include "core/project/referencelabels.h"

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
};

RoutingInput inputFor(const Project &project, const Item &item, const RoutingContext &context,
                      const QualityPolicy &policy)
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
    // Gold items are checked against their reference, not by QC.
    input.drawnForQc = !input.reference && qcSampleDraw(project.projectId, item.id, policy.qcRate);
    return input;
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

RoutingInput routingInputFor(const Project &project, const Item &item,
                             const AnnotationStore &store, const QualityPolicy &policy)
{
    return inputFor(project, item, RoutingContext(project, store), policy);
}

void visitRoutes(const Project &project, const ItemList &items, const AnnotationStore &store,
                 const QualityPolicy &policy,
                 const std::function<void(const RoutingInput &, const ItemRoute &)> &visit)
{
    const RoutingContext context(project, store);
    for (const Item &item : items.items()) {
        const RoutingInput input = inputFor(project, item, context, policy);
        visit(input, routeItem(input, policy, project.classificationMode));
    }
}

// Items are routed independently of each other (a pure function of their own reads and
// decisions), so the slices run on all cores; the result keeps project order.
ProjectRouting routeProject(const Project &project, const ItemList &items,
                            const AnnotationStore &store, const QualityPolicy &policy)
{
    const RoutingContext context(project, store);
    const std::vector<Item> &all = items.items();
    ProjectRouting routing;
    routing.policyVersion = policy.version;
    routing.items.resize(all.size());
    forEachSlice(all.size(), [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const RoutingInput input = inputFor(project, all[i], context, policy);
            routing.items[i] = {&all[i], routeItem(input, policy, project.classificationMode)};
        }
    });
    for (const ProjectRouting::Entry &entry : routing.items)
        ++routing.counts[size_t(entry.route.state)];
    return routing;
}

} // namespace concord
