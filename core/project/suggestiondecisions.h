// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How journal events build an annotator's decisions about pre-label suggestions
// (ItemWork::prelabelDecisions, docs/prelabels.md), and the check a commit makes that a decision
// names a suggestion that exists. Replay never reads the sets: what was journaled stands.
#include "core/project/itemwork.h"
#include "core/storage/journalevent.h"

namespace concord {

// Applies a prelabel.reject or prelabel.unreject event; an error for a malformed one.
QString applyPrelabelEvent(const char *op, const EventPayload &data, ItemWork &work);

// Keeps the decisions in step with an add, remove or labels.set that was just applied: an add
// with "prelabel" records an accept; removing the annotation (undo, or a later delete) or
// taking the image label off drops it again.
void followSuggestionDecisions(const char *op, const EventPayload &data, ItemWork &work);

// The set and suggestion an event decides about, when it decides about one.
struct SuggestionReference
{
    QString setId;
    QString suggestionId;
};
std::optional<SuggestionReference> suggestionReferenceOf(const JournalEvent &event);

// Why the event names a pre-label set or suggestion that the project at `projectRoot` does not
// hold (or one of another item), or an empty string. Sets are read once and kept while their
// file is unchanged (they are never edited), so bulk commits do not parse a set per edit.
QString prelabelReferenceProblem(const QString &projectRoot, const JournalEvent &event);

} // namespace concord
