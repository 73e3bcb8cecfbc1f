// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/projectrouting.h"

#include "core/project/referencelabels.h"

#include <QHash>

namespace concord {

namespace {

// Every quality decision of the project by item, so that routing a project reads each
// annotator's decisions once rather than once per item.
using DecisionIndex = QHash<QString, std::vector<const QualityDecision *>>;

DecisionIndex indexDecisions(const AnnotationStore &store)
{
    DecisionIndex index;
    for (const auto &[annotatorId, work] : store.allWork()) {
        for (const QualityDecision &decision : work.decisions())
            index[decision.itemId].push_back(&decision);
    }
    return index;
}

RoutingInput inputFor(const Project &project, const Item &item, const AnnotationStore &store,
                      const std::vector<const QualityDecision *> &decisions,
                      const QualityPolicy &policy)
{
    RoutingInput input;
    input.item = &item;
    QStringList deciders;
    for (const QualityDecision *decision : decisions) {
        input.decisions.push_back(*decision);
        if (!deciders.contains(decision->deciderId))
            deciders.append(decision->deciderId);
    }
    for (const auto &[annotatorId, work] : store.allWork()) {
        const ItemWork *itemWork = work.item(item.id);
        if (!itemWork)
            continue;
        if (deciders.contains(annotatorId)) {
            input.answers.emplace(annotatorId, itemWork);
            continue;
        }
        if (itemWork->status() == ItemStatus::Done)
            input.reads.push_back({annotatorId, itemWork, itemWork->statusMs});
    }
    input.reference = latestReferenceLabel(project, store, item.id);
    // Gold items are checked against their reference, not by QC.
    input.drawnForQc = !input.reference && qcSampleDraw(project.projectId, item.id, policy.qcRate);
    return input;
}

} // namespace

RoutingInput routingInputFor(const Project &project, const Item &item,
                             const AnnotationStore &store, const QualityPolicy &policy)
{
    std::vector<const QualityDecision *> decisions;
    for (const auto &[annotatorId, work] : store.allWork()) {
        for (const QualityDecision &decision : work.decisions()) {
            if (decision.itemId == item.id)
                decisions.push_back(&decision);
        }
    }
    return inputFor(project, item, store, decisions, policy);
}

void visitRoutes(const Project &project, const ItemList &items, const AnnotationStore &store,
                 const QualityPolicy &policy,
                 const std::function<void(const RoutingInput &, const ItemRoute &)> &visit)
{
    const DecisionIndex decisions = indexDecisions(store);
    static const std::vector<const QualityDecision *> none;
    for (const Item &item : items.items()) {
        const auto found = decisions.constFind(item.id);
        const RoutingInput input = inputFor(project, item, store,
                                            found == decisions.constEnd() ? none : *found, policy);
        visit(input, routeItem(input, policy, project.classificationMode));
    }
}

ProjectRouting routeProject(const Project &project, const ItemList &items,
                            const AnnotationStore &store, const QualityPolicy &policy)
{
    ProjectRouting routing;
    routing.policyVersion = policy.version;
    routing.items.reserve(items.items().size());
    visitRoutes(project, items, store, policy,
                [&routing](const RoutingInput &input, const ItemRoute &route) {
                    ++routing.counts[size_t(route.state)];
                    routing.items.push_back({input.item, route});
                });
    return routing;
}

} // namespace concord
