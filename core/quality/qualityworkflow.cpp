// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/qualityworkflow.h"

#include "core/quality/itemtruth.h"

#include "core/project/referencelabels.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

namespace {} // namespace

QualityWorkflow::QualityWorkflow(Workspace &workspace)
    : m_workspace(workspace)
{}

const AnnotationStore &QualityWorkflow::store() const
{
    return WorkspaceInternals::store(m_workspace);
}

const QualityPolicy &QualityWorkflow::policy() const
{
    return m_workspace.project().currentQualityPolicy();
}

bool QualityWorkflow::maySeeRouting() const
{
    const Annotator *me = m_workspace.currentAnnotator();
    return me && me->role != Role::Annotator;
}

MaybeError QualityWorkflow::refusedUnlessDecider(const QString &what) const
{
    if (maySeeRouting())
        return std::nullopt;
    return FileError{
        m_workspace.folder().projectFile(),
        concord::tr("%1 is for reviewers, adjudicators and leads: it would show a reader "
                    "how others labeled items still read blind")
            .arg(what)};
}

Expected<ProjectRouting> QualityWorkflow::routing() const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("Routing")))
        return *refused;
    return routeProject(m_workspace.project(), m_workspace.items(), store(), policy());
}

Expected<AnnotationStore> QualityWorkflow::truth() const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("The accepted answers")))
        return *refused;
    return truthStore(m_workspace.project(), m_workspace.items(), store(), policy());
}

Expected<TaxonomyHealth> QualityWorkflow::taxonomyHealth(const ReservedShortcuts &reserved) const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("Taxonomy health")))
        return *refused;
    return analyzeTaxonomyHealth(m_workspace.project(), m_workspace.items(), store(), reserved);
}

Expected<ItemRoute> QualityWorkflow::route(const QString &itemId) const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("An item's route")))
        return *refused;
    const Item *item = m_workspace.items().find(itemId);
    if (!item)
        return FileError{m_workspace.folder().itemsFile(),
                         concord::tr("unknown item \"%1\"").arg(itemId)};
    // The QC draw looks across items (core/quality/qcsample.h), so the item is routed with the
    // project.
    const ProjectRouting routing =
        routeProject(m_workspace.project(), m_workspace.items(), store(), policy());
    return routing.items[size_t(m_workspace.items().indexOf(itemId))].route;
}

Expected<Consensus> QualityWorkflow::consensus(const QString &itemId) const
{
    Expected<ItemRoute> itemRoute = route(itemId);
    if (!itemRoute)
        return itemRoute.error();
    const Annotator *me = m_workspace.currentAnnotator();
    if (itemRoute->roundReaders.contains(me->id))
        return FileError{m_workspace.folder().projectFile(),
                         concord::tr("%1 read item \"%2\" and cannot adjudicate it")
                             .arg(me->displayName, itemId)};
    std::vector<const ItemWork *> works;
    for (const QString &reader : itemRoute->roundReaders) {
        if (const ItemWork *work = store().itemWork(reader, itemId))
            works.push_back(work);
    }
    return computeConsensus(*m_workspace.items().find(itemId), works,
                            m_workspace.project().classificationMode, policy().boxIoUThreshold);
}

Expected<ItemWork> QualityWorkflow::readerAnswer(const QString &itemId,
                                                 const QString &readerId) const
{
    Expected<ItemRoute> itemRoute = route(itemId);
    if (!itemRoute)
        return itemRoute.error();
    return readerAnswer(itemId, *itemRoute, readerId);
}

Expected<ItemWork> QualityWorkflow::readerAnswer(const QString &itemId, const ItemRoute &itemRoute,
                                                 const QString &readerId) const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("A reader's answer")))
        return *refused;
    if (!itemRoute.roundReaders.contains(readerId))
        return FileError{
            m_workspace.folder().projectFile(),
            concord::tr("%1 is not a reader of item \"%2\"'s current round").arg(readerId, itemId)};
    const ItemWork *work = store().itemWork(readerId, itemId);
    return work ? *work : ItemWork();
}

Expected<QcReport> QualityWorkflow::qcReport() const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("The QC report")))
        return *refused;
    return buildQcReport(m_workspace.project(), m_workspace.items(), store(), policy());
}

Expected<QcReport> QualityWorkflow::qcReport(const ProjectRouting &routing) const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("The QC report")))
        return *refused;
    return buildQcReport(m_workspace.project(), routing, store(), policy());
}

Expected<GoldScores> QualityWorkflow::goldScores() const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("Reader scores on gold")))
        return *refused;
    return scoreReadersOnGold(m_workspace.project(), m_workspace.items(), store(), policy());
}

Expected<Json> QualityWorkflow::report(const ProjectRouting &routing, const QcReport &qc,
                                       const GoldScores &gold) const
{
    if (MaybeError refused = refusedUnlessDecider(concord::tr("The quality report")))
        return *refused;
    return buildQualityReport(m_workspace.project(), m_workspace.items(), store(), policy(),
                              routing, qc, gold);
}

bool QualityWorkflow::isPaused() const
{
    const Annotator *me = m_workspace.currentAnnotator();
    if (!me || !policy().pauseFlaggedReaders)
        return false;
    return scoreReadersOnGold(m_workspace.project(), m_workspace.items(), store(), policy())
        .flagged.contains(me->id);
}

std::optional<QueuedItem> QualityWorkflow::next(const QString &currentItemId) const
{
    const Annotator *me = m_workspace.currentAnnotator();
    if (!me || isPaused())
        return std::nullopt;
    QueueRequest request;
    request.person = me;
    request.currentItemId = currentItemId;
    request.goldRate = policy().goldRate;
    for (const Item &item : m_workspace.items().items()) {
        if (latestReferenceLabel(m_workspace.project(), store(), item.id))
            request.goldItemIds.insert(item.id);
    }
    if (const AnnotatorWork *mine = store().work(me->id)) {
        for (const ItemWork &work : mine->items())
            request.readsSoFar += work.status() == ItemStatus::Done ? 1 : 0;
    }
    const ProjectRouting routing =
        routeProject(m_workspace.project(), m_workspace.items(), store(), policy());
    return nextQueuedItem(routing, store(), request);
}

MaybeError QualityWorkflow::decide(DecisionKind kind, const QString &itemId,
                                   const QString &category, const QString &note,
                                   const std::vector<ReviewFinding> &findings)
{
    return recordQualityDecision(m_workspace, kind, itemId, category, note, findings);
}

} // namespace concord
