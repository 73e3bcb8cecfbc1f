// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/project/annotationstore.h"
#include "core/quality/consensus.h"
#include "core/quality/routing.h"

#include <optional>

namespace concord {

// Where an item's accepted answer came from.
enum class TruthSource {
    Consensus,    // accepted automatically: the consensus of the round's readers
    Review,       // accepted by a reviewer: their fix, or the readers' consensus if they made none
    Adjudication, // settled by adjudication: the first panel member's answer
    Reference,    // a gold item: its reference labels
};
QString truthSourceKey(TruthSource source); // "consensus", "review", "adjudication"

// The final answer of an accepted item (docs/quality.md, "Final truth").
struct ItemTruth
{
    ItemWork work;
    TruthSource source = TruthSource::Consensus;
    QStringList decidedBy; // empty for automatic acceptance
    QStringList readers;   // the round whose reading it settles
};

// The truth of an item whose route is accepted, or drawn for QC (accepted, check pending);
// nothing for the other states. Consensus annotations carry the annotator id "consensus".
std::optional<ItemTruth> itemTruth(const RoutingInput &input, const ItemRoute &route,
                                   const QualityPolicy &policy, ClassificationMode mode);

// Every accepted item's truth as a store with one annotator, "truth", for the exporters.
AnnotationStore truthStore(const Project &project, const ItemList &items,
                           const AnnotationStore &store, const QualityPolicy &policy);

inline const QString &truthAnnotatorId()
{
    static const QString id = QStringLiteral("truth");
    return id;
}

} // namespace concord
