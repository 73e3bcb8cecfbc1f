// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an annotator decided about one pre-label suggestion (docs/prelabels.md). Plain data,
// kept per item and annotator in ItemWork (core/project/itemwork.h) as replay of the journal
// builds it: an accept is the shape or image label the suggestion became, a reject its reason.
#include <QMap>
#include <QString>

namespace concord {

struct SuggestionDecision
{
    enum class Kind { Accepted, Rejected } kind = Kind::Accepted;
    quint64 annotationId = 0; // Accepted: the annotation it became (0 for an image label)
    QString reason;           // Rejected
    int labelId = 0;          // Accepted: the label it was accepted with

    bool operator==(const SuggestionDecision &) const = default;
};

// The key of a decision: set id and suggestion id, which are unique together.
inline QString suggestionKey(const QString &setId, const QString &suggestionId)
{
    return setId + QLatin1Char('/') + suggestionId;
}

using SuggestionDecisions = QMap<QString, SuggestionDecision>;

} // namespace concord
