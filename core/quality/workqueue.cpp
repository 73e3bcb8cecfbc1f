// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/workqueue.h"

#include <cmath>
#include <functional>

namespace concord {

namespace {

bool hasRead(const AnnotationStore &store, const QString &person, const QString &itemId)
{
    const ItemWork *work = store.itemWork(person, itemId);
    return work && isFinished(work->status());
}

bool hasDecided(const AnnotationStore &store, const QString &person, const QString &itemId,
                std::initializer_list<DecisionKind> kinds)
{
    const AnnotatorWork *work = store.work(person);
    if (!work)
        return false;
    for (const QualityDecision &d : work->decisions()) {
        if (d.itemId == itemId && std::find(kinds.begin(), kinds.end(), d.kind) != kinds.end())
            return true;
    }
    return false;
}

// The first entry after `current` (wrapping) that `accept` takes.
const ProjectRouting::Entry *
firstAfter(const ProjectRouting &routing, const QString &current,
           const std::function<bool(const ProjectRouting::Entry &)> &accept)
{
    const size_t n = routing.items.size();
    size_t start = 0;
    for (size_t i = 0; i < n; ++i) {
        if (routing.items[i].item->id == current) {
            start = i + 1;
            break;
        }
    }
    for (size_t k = 0; k < n; ++k) {
        const ProjectRouting::Entry &entry = routing.items[(start + k) % n];
        if (entry.item->id != current && accept(entry))
            return &entry;
    }
    return nullptr;
}

} // namespace

bool goldIsDue(int readsSoFar, double goldRate)
{
    if (goldRate <= 0)
        return false;
    return std::floor((readsSoFar + 1) * goldRate) > std::floor(readsSoFar * goldRate);
}

std::optional<QueuedItem> nextQueuedItem(const ProjectRouting &routing,
                                         const AnnotationStore &store, const QueueRequest &request)
{
    if (!request.person)
        return std::nullopt;
    const QString &me = request.person->id;
    const Role role = request.person->role;
    auto served = [&](QueueKind kind,
                      const std::function<bool(const ProjectRouting::Entry &)> &accept)
        -> std::optional<QueuedItem> {
        if (const ProjectRouting::Entry *entry = firstAfter(routing, request.currentItemId, accept))
            return QueuedItem{entry->item->id, kind};
        return std::nullopt;
    };
    auto notMyRound = [&](const ProjectRouting::Entry &e) {
        return !e.route.roundReaders.contains(me) && !hasRead(store, me, e.item->id);
    };
    auto tier = [&](ItemState state, QueueKind kind, std::initializer_list<DecisionKind> mine) {
        return served(kind, [&](const ProjectRouting::Entry &e) {
            return e.route.state == state && notMyRound(e) &&
                   !hasDecided(store, me, e.item->id, mine);
        });
    };
    auto adjudication = [&] {
        return tier(ItemState::Adjudication, QueueKind::Adjudication, {DecisionKind::Adjudication});
    };
    auto review = [&] {
        return tier(ItemState::Review, QueueKind::Review,
                    {DecisionKind::ReviewAccept, DecisionKind::ReviewReject});
    };
    auto qc = [&] {
        return tier(ItemState::Qc, QueueKind::Qc, {DecisionKind::QcCorrect, DecisionKind::QcError});
    };
    std::vector<std::function<std::optional<QueuedItem>()>> order;
    switch (role) {
    case Role::Lead:
    case Role::Adjudicator: order = {adjudication, review, qc}; break;
    case Role::Reviewer: order = {review, qc}; break;
    case Role::Annotator: break;
    }
    for (const auto &queue : order) {
        if (std::optional<QueuedItem> item = queue())
            return item;
    }
    if (goldIsDue(request.readsSoFar, request.goldRate)) {
        if (auto gold = served(QueueKind::Gold, [&](const ProjectRouting::Entry &e) {
                return request.goldItemIds.contains(e.item->id) && !hasRead(store, me, e.item->id);
            }))
            return gold;
    }
    return served(QueueKind::Reading, [&](const ProjectRouting::Entry &e) {
        const bool needsReaders =
            e.route.state == ItemState::NeedsReading || e.route.state == ItemState::ReRead;
        return needsReaders && !request.goldItemIds.contains(e.item->id) &&
               !hasRead(store, me, e.item->id) &&
               !hasDecided(store, me, e.item->id,
                           {DecisionKind::ReviewAccept, DecisionKind::ReviewReject,
                            DecisionKind::Adjudication, DecisionKind::QcCorrect,
                            DecisionKind::QcError});
    });
}

} // namespace concord
