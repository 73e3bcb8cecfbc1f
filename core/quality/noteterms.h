// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"

#include <QStringList>

#include <vector>

namespace concord {

// A word that notes (review, adjudication and QC notes, reference-label notes) keep using and
// no label names: a candidate missing concept (docs/quality.md,
// "Taxonomy health").
struct RecurringTerm
{
    QString term;
    int items = 0; // distinct items whose notes use it
    QStringList itemIds;
};

// Words of at least four letters, stop words aside, that no label name holds (nor its plain
// English plural) and that notes on three items or more use; most items first, item ids in the
// project's order.
std::vector<RecurringTerm> recurringTerms(const Project &project, const ItemList &items,
                                          const AnnotationStore &store);

} // namespace concord
