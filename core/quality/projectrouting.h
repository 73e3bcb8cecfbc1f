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
    };
    std::vector<Entry> items;
    std::array<int, ItemStateCount> counts{}; // indexed by ItemState
    int policyVersion = 0;
};

// The reads and decisions routing needs for one item, from the replayed journals:
// - a read is an annotator's work on the item marked done, by someone who made no quality
//   decision on it (a reviewer's fix or an adjudicator's answer is their decision's, not a
//   read);
// - decisions are every quality.decision event about the item;
// - answers are the work of those who adjudicated it.
// Whether it is drawn for QC uses the project id as the seed (qcSampleDraw).
RoutingInput routingInputFor(const Project &project, const Item &item,
                             const AnnotationStore &store, const QualityPolicy &policy);

// Routes every item in project order, handing each item's input and route to `visit`: for
// callers that need the reads behind a route (the final truth, queues).
void visitRoutes(const Project &project, const ItemList &items, const AnnotationStore &store,
                 const QualityPolicy &policy,
                 const std::function<void(const RoutingInput &, const ItemRoute &)> &visit);

// Routes every item (docs/quality.md). The store must outlive the result only while the
// routes are read; routes hold no pointers into it.
ProjectRouting routeProject(const Project &project, const ItemList &items,
                            const AnnotationStore &store, const QualityPolicy &policy);

} // namespace concord
