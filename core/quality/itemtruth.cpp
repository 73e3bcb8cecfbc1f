// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/itemtruth.h"

#include "core/quality/projectrouting.h"

#include <algorithm>

namespace concord {

namespace {

void markConsensus(ItemWork &work)
{
    Provenance provenance;
    provenance.annotatorId = QStringLiteral("consensus");
    work.classLabels.provenance = provenance;
    for (BoxAnnotation &box : work.boxes)
        box.provenance = provenance;
    for (MaskAnnotation &mask : work.masks)
        mask.provenance = provenance;
}

} // namespace

QString truthSourceKey(TruthSource source)
{
    switch (source) {
    case TruthSource::Consensus: return QStringLiteral("consensus");
    case TruthSource::Review: return QStringLiteral("review");
    case TruthSource::Adjudication: return QStringLiteral("adjudication");
    case TruthSource::Reference: return QStringLiteral("reference");
    }
    return {};
}

std::optional<ItemTruth> itemTruth(const RoutingInput &input, const ItemRoute &route,
                                   const QualityPolicy &policy, ClassificationMode mode)
{
    if (route.state != ItemState::Accepted && route.state != ItemState::Qc)
        return std::nullopt;
    ItemTruth truth;
    truth.readers = route.roundReaders;
    truth.decidedBy = route.decidedBy;
    auto consensus = [&] {
        std::vector<const ItemWork *> works;
        for (const ItemRead &read : input.reads) {
            if (route.roundReaders.contains(read.readerId))
                works.push_back(read.work);
        }
        ItemWork work = computeConsensus(*input.item, works, mode, policy.boxIoUThreshold).work;
        markConsensus(work);
        return work;
    };
    auto answerOf = [&](const QString &decider) -> const ItemWork * {
        const auto it = input.answers.find(decider);
        return it == input.answers.end() ? nullptr : it->second;
    };
    if (input.reference) {
        truth.source = TruthSource::Reference;
        truth.work.classLabels.labelIds = input.reference->labelIds;
        truth.work.classLabels.provenance = input.reference->provenance;
    } else if (route.decidedBy.isEmpty()) {
        truth.source = TruthSource::Consensus;
        truth.work = consensus();
    } else if (const bool adjudicated =
                   std::any_of(input.decisions.begin(), input.decisions.end(),
                               [&](const QualityDecision &d) {
                                   return d.kind == DecisionKind::Adjudication &&
                                          d.deciderId == route.decidedBy.first();
                               });
               adjudicated) {
        truth.source = TruthSource::Adjudication;
        const ItemWork *answer = answerOf(route.decidedBy.first());
        truth.work = answer ? *answer : ItemWork();
    } else {
        truth.source = TruthSource::Review;
        const ItemWork *fix = answerOf(route.decidedBy.first());
        truth.work = fix && !fix->isEmpty() ? *fix : consensus();
    }
    truth.work.explicitStatus = ItemStatus::Done;
    return truth;
}

AnnotationStore truthStore(const Project &project, const ItemList &items,
                           const AnnotationStore &store, const QualityPolicy &policy)
{
    AnnotatorWork truths;
    visitRoutes(project, items, store, policy,
                [&](const RoutingInput &input, const ItemRoute &route) {
                    if (std::optional<ItemTruth> truth =
                            itemTruth(input, route, policy, project.classificationMode))
                        truths.restoreItem(input.item->id, truth->work);
                });
    AnnotationStore out;
    out.setWork(truthAnnotatorId(), std::move(truths));
    return out;
}

} // namespace concord
