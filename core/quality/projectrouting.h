// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/quality/routing.h"

#include <array>
#include <functional>
#include <vector>

namespace concord {

// Every item's route under one policy, in project order, with the count per state.
struct ProjectRouting
{
    struct Entry
    {
        const Item *item = nullptr;
        ItemRoute route;
        bool drawnForQc = false; // in the QC sample (core/quality/qcsample.h)
    };
    std::vector<Entry> items;
    std::array<int, ItemStateCount> counts{}; // indexed by ItemState
    int policyVersion = 0;
};

// Routes every item in project order, handing each item's input and route to `visit`: for
// callers that need the reads behind a route (the final truth, the QC report). An item's
// input holds, from the replayed journals:
// - its reads: each annotator's work on the item marked done, by someone who made no quality
//   decision on it (a reviewer's fix or an adjudicator's answer is their decision's, not a
//   read);
// - its decisions: every quality.decision event about the item;
// - its answers: the work of those who adjudicated it;
// - whether it is in the QC sample (seeded by the project id).
void visitRoutes(const Project &project, const ItemList &items, const AnnotationStore &store,
                 const QualityPolicy &policy,
                 const std::function<void(const RoutingInput &, const ItemRoute &)> &visit);
// The same over routes already computed from `store`.
void visitRoutes(const Project &project, const ProjectRouting &routing,
                 const AnnotationStore &store,
                 const std::function<void(const RoutingInput &, const ItemRoute &)> &visit);

// Routes every item (docs/quality.md). The store must outlive the result only while the
// routes are read; routes hold no pointers into it.
ProjectRouting routeProject(const Project &project, const ItemList &items,
                            const AnnotationStore &store, const QualityPolicy &policy);

} // namespace concord
