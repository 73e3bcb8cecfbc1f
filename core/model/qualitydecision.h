// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace concord {

// What a person decided about an item in the quality workflow. Each is a journal event of the
// person who made it, with the policy version in force (docs/quality.md); routing reads them.
enum class DecisionKind {
    ReviewAccept, // a reviewer accepts the readers' answer (or their own fix of it)
    ReviewReject, // a reviewer sends the item back to be read again
    Adjudication, // an adjudicator's answer (their own work on the item) settles it
    QcCorrect,    // a QC reviewer finds the accepted answer correct
    QcError,      // a QC reviewer finds an error (with a category); the item is read again
};

QString decisionKindKey(DecisionKind kind); // "review.accept", "review.reject", ...
std::optional<DecisionKind> decisionKindFromKey(const QString &key);

// A reviewer's finding against one reader of the reviewed round (docs/quality.md, "Review"):
// what was wrong in that reader's answer, so readers are scored by what review found as they
// are by QC.
struct ReviewFinding
{
    QString readerId;
    QString category; // a key from the project's error categories
    // What it is about: "labels" (the image labels), "box:<id>", "polygon:<id>", "mask:<id>"
    // (one of the reader's shapes), or empty (their answer as a whole).
    QString target;

    bool operator==(const ReviewFinding &) const = default;
};

struct QualityDecision
{
    DecisionKind kind = DecisionKind::ReviewAccept;
    QString itemId;
    QString deciderId;
    qint64 timeMs = 0;
    int policyVersion = 0;
    QString errorCategory; // QC errors and review rejections: a key from the project's list
    QString note;
    std::vector<ReviewFinding> findings; // review decisions only
};

} // namespace concord
