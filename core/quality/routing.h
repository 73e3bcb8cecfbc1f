// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/model/qualitydecision.h"
#include "core/quality/itemagreement.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace concord {

// Where an item stands in the quality workflow (docs/quality.md).
enum class ItemState {
    NeedsReading, // fewer readers than the policy asks for
    Accepted,     // its answer is final: automatically, by a reviewer or by adjudication
    Review,       // waits for a reviewer
    Adjudication, // waits for adjudicators
    ReRead,       // sent back: waits for new readers
    Qc,           // accepted and drawn for QC: waits for a QC verdict
};

QString itemStateKey(ItemState state);         // "needs-reading", "accepted", ..., "qc"
QString itemStateDisplayName(ItemState state); // translated
inline constexpr int ItemStateCount = 6;

enum class AgreementTier { None, High, Medium, Low };
QString agreementTierKey(AgreementTier tier); // "none", "high", "medium", "low"

// One reader's submitted work on an item.
struct ItemRead
{
    QString readerId;
    const ItemWork *work = nullptr;
    qint64 doneMs = 0; // when they submitted it
};

// What routing needs to know of one item.
struct RoutingInput
{
    const Item *item = nullptr;
    std::vector<ItemRead> reads;            // every submitted read, any order
    std::vector<QualityDecision> decisions; // about this item, any order
    // The adjudicators' answers: their own work on the item, by annotator id.
    std::map<QString, const ItemWork *> answers;
    bool drawnForQc = false; // whether the item is in the QC sample (core/quality/qcsample.h)
    // A gold item's reference (core/project/referencelabels.h): its truth is known, so it is
    // accepted as it is and its reads only score the readers.
    std::optional<ReferenceLabel> reference;
};

// The route of one item: its state and why.
struct ItemRoute
{
    ItemState state = ItemState::NeedsReading;
    AgreementTier tier = AgreementTier::None;
    ItemAgreement agreement;  // of the readers of the current round
    QStringList roundReaders; // who they are
    int round = 1;            // 2 and up after the item was sent back
    QStringList decidedBy;    // who accepted it (empty: automatically)
    QString reason;           // one sentence, translated
    // When it was first accepted and by whose round: what the QC draw stratifies on
    // (core/quality/qcsample.h). Empty until it is; kept when QC later sends it back.
    std::optional<qint64> firstAcceptedMs;
    QStringList firstAcceptedReaders;
};

// The route of one item under `policy`: a gold item (one with a reference) is accepted by
// its reference. Otherwise a pure function of the reads and decisions, so every
// state can be derived again and explained. Readers are taken in the order they submitted;
// the first `readersPerItem` form round 1; an item sent back is read by `reReadReaders` new
// readers who form the next round. Decisions count for the round they come after.
ItemRoute routeItem(const RoutingInput &input, const QualityPolicy &policy,
                    ClassificationMode mode);

// The random part of the QC sample: a seeded draw per item (SHA-256 of seed and item id, read
// as a number in [0, 1), below `rate`). It is reproducible from the seed and does not change
// when other items are added or accepted; drawQcSample (core/quality/qcsample.h) tops it up so
// every reader and label gets its share.
bool qcSampleDraw(const QString &seed, const QString &itemId, double rate);

} // namespace concord
