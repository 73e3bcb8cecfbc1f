// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quality/consensus.h"
#include "core/quality/decisionrecording.h"
#include "core/quality/goldscores.h"
#include "core/quality/projectrouting.h"
#include "core/quality/qcreport.h"
#include "core/quality/qualityreport.h"
#include "core/quality/taxonomyhealth.h"
#include "core/quality/workqueue.h"

namespace concord {

class Workspace;

// The quality workflow of an open project as the person whose session is open may use it
// (docs/quality.md): the window asks here, never the raw store, so the role checks live in
// core. Built on Workspace's public calls and the unfiltered work core may read; holds nothing
// between calls, so it always reflects the journals as they are. GUI or CLI thread.
// - Routing, routes, consensus and QC reports are for reviewers, adjudicators and leads: to a
//   reader they would reveal how other readers labeled items still being read blind.
// - The queue is for everyone: it names the next item only.
// - Decisions go through recordQualityDecision's checks.
class QualityWorkflow
{
public:
    explicit QualityWorkflow(Workspace &workspace);

    // Whether the current person may see routing, routes, consensus and QC figures.
    bool maySeeRouting() const;

    Expected<ProjectRouting> routing() const;
    Expected<ItemRoute> route(const QString &itemId) const;
    // The readers' consensus of the item's current round, to start an adjudication from.
    // Refused, besides the role, on an item the person read.
    Expected<Consensus> consensus(const QString &itemId) const;
    // The work of one reader of the item's current round, to take as an answer.
    Expected<ItemWork> readerAnswer(const QString &itemId, const QString &readerId) const;
    // The same with the item's route already taken from route(): routing looks across the
    // project (the QC draw), so a caller showing every reader's answer routes once.
    Expected<ItemWork> readerAnswer(const QString &itemId, const ItemRoute &itemRoute,
                                    const QString &readerId) const;
    Expected<QcReport> qcReport() const;
    // The same from routes already computed by routing(), so a caller routes once.
    Expected<QcReport> qcReport(const ProjectRouting &routing) const;
    // Every reader's running score against the gold items (goldscores.h).
    Expected<GoldScores> goldScores() const;
    // The quality report (qualityreport.h) from figures already computed by routing(),
    // qcReport() and goldScores().
    Expected<Json> report(const ProjectRouting &routing, const QcReport &qc,
                          const GoldScores &gold) const;

    // How readers used the taxonomy (taxonomyhealth.h): confused pairs, gaps and structure.
    // Like routing, only for reviewers, adjudicators and leads, since it shows who labeled
    // what. `reserved` are the application's shortcuts, for the hotkey warnings.
    Expected<TaxonomyHealth> taxonomyHealth(const ReservedShortcuts &reserved = {}) const;

    // Every accepted item's final answer as a store with one annotator, "truth" (itemtruth.h),
    // for the exporters. Like routing, only for reviewers, adjudicators and leads.
    Expected<AnnotationStore> truth() const;

    // The next item for the current person, after `currentItemId` (workqueue.h). Gold items are
    // the items with a reference label; the cadence counts the items they have submitted.
    // Nothing while the current person is paused (isPaused).
    std::optional<QueuedItem> next(const QString &currentItemId) const;
    // True when the policy pauses flagged readers and the current person's gold score is below
    // its threshold (goldscores.h): they get no more items until a lead publishes a policy
    // that lets them go on, or their score is settled otherwise.
    bool isPaused() const;

    MaybeError decide(DecisionKind kind, const QString &itemId, const QString &category = {},
                      const QString &note = {}, const std::vector<ReviewFinding> &findings = {});

    const QualityPolicy &policy() const;

private:
    MaybeError refusedUnlessDecider(const QString &what) const;
    const AnnotationStore &store() const;

    Workspace &m_workspace;
};

} // namespace concord
