// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotator.h"
#include "core/quality/projectrouting.h"

#include <QSet>
#include <QString>

#include <optional>

namespace concord {

// What "Next" serves one person in the quality workflow (docs/quality.md, "Queues"), in
// project order after the item they are on, wrapping around:
// - readers (every role reads): items that need reading or re-reading which they have not
//   read, never an item they decided on; among them, at the policy's gold rate, gold items
//   they have not read, mixed in unannounced;
// - reviewers: items waiting for review that they did not read;
// - adjudicators: items waiting for adjudication that they did not read and have not yet
//   answered, then the review queue;
// - leads: adjudication, then review, then QC;
// - reviewers and adjudicators also take QC after their own queue.
// A person's own tier work comes before reading for every role but Annotator.
struct QueueRequest
{
    const Annotator *person = nullptr;
    QString currentItemId;     // start after this item; empty: from the first
    QSet<QString> goldItemIds; // items with a gold reference, never routed to review
    double goldRate = 0;       // the policy's gold rate
    int readsSoFar = 0;        // items this person has submitted, for the gold cadence
};

// Which queue an item was served from.
enum class QueueKind { Reading, Gold, Review, Adjudication, Qc };

struct QueuedItem
{
    QString itemId;
    QueueKind kind = QueueKind::Reading;
};

std::optional<QueuedItem> nextQueuedItem(const ProjectRouting &routing,
                                         const AnnotationStore &store, const QueueRequest &request);

// Whether the next read of someone who has submitted `readsSoFar` items is a gold item: the
// (readsSoFar + 1)-th read is gold when floor((n + 1) × rate) > floor(n × rate), so gold items
// come evenly spaced at the rate, the same for every reader.
bool goldIsDue(int readsSoFar, double goldRate);

} // namespace concord
