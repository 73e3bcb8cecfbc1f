// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

struct Project;

// What routing does with the items of one agreement tier (docs/quality.md).
enum class TierAction {
    Accept,     // the readers' answer becomes the item's truth
    Review,     // one senior reviewer accepts, fixes or rejects it
    Adjudicate, // a panel of adjudicators settles it
    ReRead,     // new readers read it again, blind
};

QString tierActionKey(TierAction action); // "accept", "review", "adjudicate", "re-read"
std::optional<TierAction> tierActionFromKey(const QString &key);

// How masks of two readers are compared for per-item agreement.
enum class MaskMeasure { Dice, IoU };

QString maskMeasureKey(MaskMeasure measure); // "dice", "iou"
std::optional<MaskMeasure> maskMeasureFromKey(const QString &key);

// The rules by which agreement decides what happens to an item next: how many blind readers
// read it, the two thresholds that cut per-item agreement into high, medium and low tiers, what
// each tier does, how agreement is measured per kind of label, and the rates of hidden gold
// items and QC samples. Versioned like guideline versions: a new version is published by a
// lead and every decision records the version in force (docs/quality.md).
struct QualityPolicy
{
    int version = 0; // 0: the built-in default, never published
    QString authorId;
    qint64 publishedMs = 0;
    QString summary;

    int readersPerItem = 2;
    double highThreshold = 0.8; // agreement >= high: high tier
    double lowThreshold = 0.6;  // low <= agreement < high: medium tier; below low: low tier
    TierAction highAction = TierAction::Accept;
    TierAction mediumAction = TierAction::Review;
    TierAction lowAction = TierAction::Adjudicate;
    int adjudicationPanel = 1; // adjudicators who must agree before an item is final
    int reReadReaders = 2;     // new readers an item gets when it is sent back

    double boxIoUThreshold = 0.5; // boxes of two readers match at this IoU or above
    MaskMeasure maskMeasure = MaskMeasure::Dice;

    double goldRate = 0.0;             // share of a reader's queue that is hidden gold items
    double qcRate = 0.05;              // share of accepted items sampled for QC
    double readerScoreThreshold = 0.7; // readers scoring below this against gold are flagged
    bool pauseFlaggedReaders = false;  // flagged readers get no new items until a lead acts

    bool operator==(const QualityPolicy &) const = default;
};

// Limits a policy must respect, named so messages and the dialog agree.
namespace policylimits {
constexpr int MaxReadersPerItem = 20;
constexpr int MaxAdjudicationPanel = 5;
constexpr double MaxGoldRate = 0.5;
} // namespace policylimits

// Why a policy cannot work, in words a lead understands, or nothing when it can. Checks the
// policy alone: thresholds in [0, 1] and in order, counts within limits, rates in [0, 1].
std::optional<QString> policyProblem(const QualityPolicy &policy);
// The same plus what only the project can tell: enough readers, adjudicators and reviewers for
// the counts and actions the policy asks for.
std::optional<QString> policyProblem(const QualityPolicy &policy, const Project &project);

// The names of the fields setQualityPolicyField takes, in the order `policy show` lists them.
QStringList qualityPolicyFieldNames();
// How a field's value is written in JSON.
enum class PolicyFieldKind { Integer, Number, Boolean, Text };
PolicyFieldKind qualityPolicyFieldKind(const QString &name);
// One field's value as text, in the form setQualityPolicyField reads back.
QString qualityPolicyFieldValue(const QualityPolicy &policy, const QString &name);
// Sets one field from its name (the key it has in project.json) and a text value as typed on a
// command line or in a form, e.g. ("high_threshold", "0.85") or ("low_action", "re-read"). Unknown
// names and values that do not parse are errors that say what was expected.
MaybeError setQualityPolicyField(QualityPolicy &policy, const QString &name, const QString &value);

} // namespace concord
