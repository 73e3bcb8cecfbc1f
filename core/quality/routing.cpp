// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/routing.h"

#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace concord {

namespace {

AgreementTier tierOf(double agreement, const QualityPolicy &policy)
{
    if (agreement >= policy.highThreshold)
        return AgreementTier::High;
    if (agreement >= policy.lowThreshold)
        return AgreementTier::Medium;
    return AgreementTier::Low;
}

TierAction actionOf(AgreementTier tier, const QualityPolicy &policy)
{
    switch (tier) {
    case AgreementTier::High: return policy.highAction;
    case AgreementTier::Medium: return policy.mediumAction;
    default: return policy.lowAction;
    }
}

// The decisions of one kind made after `sinceMs`, oldest first (the input is sorted).
std::vector<const QualityDecision *> decisionsAfter(const std::vector<QualityDecision> &sorted,
                                                    qint64 sinceMs,
                                                    std::initializer_list<DecisionKind> kinds)
{
    std::vector<const QualityDecision *> out;
    for (const QualityDecision &d : sorted) {
        if (d.timeMs > sinceMs && std::find(kinds.begin(), kinds.end(), d.kind) != kinds.end())
            out.push_back(&d);
    }
    return out;
}

QString percent(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

QString itemStateKey(ItemState state)
{
    switch (state) {
    case ItemState::NeedsReading: return QStringLiteral("needs-reading");
    case ItemState::Accepted: return QStringLiteral("accepted");
    case ItemState::Review: return QStringLiteral("review");
    case ItemState::Adjudication: return QStringLiteral("adjudication");
    case ItemState::ReRead: return QStringLiteral("re-read");
    case ItemState::Qc: return QStringLiteral("qc");
    }
    return {};
}

QString itemStateDisplayName(ItemState state)
{
    switch (state) {
    case ItemState::NeedsReading: return concord::tr("Needs reading");
    case ItemState::Accepted: return concord::tr("Accepted");
    case ItemState::Review: return concord::tr("Review");
    case ItemState::Adjudication: return concord::tr("Adjudication");
    case ItemState::ReRead: return concord::tr("Re-read");
    case ItemState::Qc: return concord::tr("QC");
    }
    return {};
}

QString agreementTierKey(AgreementTier tier)
{
    switch (tier) {
    case AgreementTier::None: return QStringLiteral("none");
    case AgreementTier::High: return QStringLiteral("high");
    case AgreementTier::Medium: return QStringLiteral("medium");
    case AgreementTier::Low: return QStringLiteral("low");
    }
    return {};
}

bool qcSampleDraw(const QString &seed, const QString &itemId, double rate)
{
    if (rate <= 0)
        return false;
    if (rate >= 1)
        return true;
    const QByteArray key = (seed + QLatin1Char('/') + itemId).toUtf8();
    // The first 8 bytes of the digest (its first 16 hex digits) as a big-endian integer,
    // scaled to [0, 1) with 53 bits of precision.
    const Sha256Digest digest = sha256Digest(key.constData(), size_t(key.size()));
    quint64 bits = 0;
    for (size_t i = 0; i < 8; ++i)
        bits = (bits << 8) | digest[i];
    const double draw = double(bits >> 11) / double(quint64(1) << 53);
    return draw < rate;
}

ItemRoute routeItem(const RoutingInput &input, const QualityPolicy &policy, ClassificationMode mode)
{
    std::vector<ItemRead> reads = input.reads;
    std::stable_sort(reads.begin(), reads.end(), [](const ItemRead &a, const ItemRead &b) {
        return a.doneMs != b.doneMs ? a.doneMs < b.doneMs : a.readerId < b.readerId;
    });
    std::vector<QualityDecision> decisions = input.decisions;
    std::stable_sort(
        decisions.begin(), decisions.end(),
        [](const QualityDecision &a, const QualityDecision &b) { return a.timeMs < b.timeMs; });

    ItemRoute route;
    if (input.reference) {
        route.state = ItemState::Accepted;
        route.decidedBy = {input.reference->provenance.annotatorId};
        route.reason = concord::tr("gold item: its reference was set by %1")
                           .arg(input.reference->provenance.annotatorId);
        for (const ItemRead &read : reads)
            route.roundReaders.append(read.readerId);
        route.agreement.readers = int(reads.size());
        return route;
    }
    size_t first = 0;
    int roundSize = policy.readersPerItem;
    QString sentBackBecause; // why the current round was started, from the second round on
    for (;;) {
        route.roundReaders.clear();
        if (reads.size() - first < size_t(roundSize)) {
            route.agreement = ItemAgreement();
            route.agreement.readers = int(reads.size() - first);
            for (size_t i = first; i < reads.size(); ++i)
                route.roundReaders.append(reads[i].readerId);
            route.tier = AgreementTier::None;
            route.state = route.round == 1 ? ItemState::NeedsReading : ItemState::ReRead;
            const QString progress = concord::tr("%1 of %2 readers have read it")
                                         .arg(reads.size() - first)
                                         .arg(roundSize);
            // An item sent back keeps saying why, or the readers of the new round cannot tell.
            route.reason = sentBackBecause.isEmpty()
                               ? progress
                               : concord::tr("%1; %2").arg(sentBackBecause, progress);
            return route;
        }
        std::vector<const ItemWork *> works;
        qint64 roundEndMs = 0;
        for (size_t i = first; i < first + size_t(roundSize); ++i) {
            works.push_back(reads[i].work);
            route.roundReaders.append(reads[i].readerId);
            roundEndMs = std::max(roundEndMs, reads[i].doneMs);
        }
        route.agreement = itemAgreement(*input.item, works, mode, policy);
        route.tier = tierOf(*route.agreement.value, policy);
        TierAction action = actionOf(route.tier, policy);
        // An item already sent back once is not sent back again by its agreement alone: the
        // second low round goes to adjudication, so no item circles forever.
        if (action == TierAction::ReRead && route.round > 1)
            action = TierAction::Adjudicate;
        const QString agreementText = percent(*route.agreement.value);

        auto sendBack = [&](const QString &why) {
            first += size_t(roundSize);
            roundSize = policy.reReadReaders;
            ++route.round;
            route.decidedBy.clear();
            route.reason = why;
            sentBackBecause = why;
        };

        qint64 acceptedMs = roundEndMs;
        if (action == TierAction::ReRead) {
            sendBack(concord::tr("agreement %1 is in the low tier: read again").arg(agreementText));
            continue;
        }
        if (action == TierAction::Review) {
            const auto verdicts = decisionsAfter(
                decisions, roundEndMs, {DecisionKind::ReviewAccept, DecisionKind::ReviewReject});
            if (verdicts.empty()) {
                route.state = ItemState::Review;
                route.reason = concord::tr("agreement %1: waits for a reviewer").arg(agreementText);
                return route;
            }
            const QualityDecision &verdict = *verdicts.front();
            if (verdict.kind == DecisionKind::ReviewReject) {
                sendBack(concord::tr("rejected in review by %1").arg(verdict.deciderId));
                continue;
            }
            route.decidedBy = {verdict.deciderId};
            route.reason = concord::tr("accepted in review by %1").arg(verdict.deciderId);
            acceptedMs = verdict.timeMs;
        } else if (action == TierAction::Adjudicate) {
            QStringList panel;
            std::vector<const ItemWork *> answers;
            for (const QualityDecision *d :
                 decisionsAfter(decisions, roundEndMs, {DecisionKind::Adjudication})) {
                if (panel.contains(d->deciderId))
                    continue;
                const auto answer = input.answers.find(d->deciderId);
                if (answer == input.answers.end() || !answer->second)
                    continue;
                panel.append(d->deciderId);
                answers.push_back(answer->second);
                acceptedMs = d->timeMs;
            }
            const int needed = policy.adjudicationPanel;
            // A panel agrees when its answers reach the high threshold among themselves.
            const bool panelAgrees =
                int(answers.size()) >= needed &&
                (needed == 1 ||
                 itemAgreement(*input.item, answers, mode, policy).value.value_or(0) >=
                     policy.highThreshold);
            if (!panelAgrees) {
                route.state = ItemState::Adjudication;
                route.reason =
                    int(answers.size()) < needed
                        ? concord::tr("agreement %1: %2 of %3 adjudicators have decided")
                              .arg(agreementText)
                              .arg(answers.size())
                              .arg(needed)
                        : concord::tr("the %1 adjudicators do not agree yet").arg(answers.size());
                route.decidedBy = panel;
                return route;
            }
            route.decidedBy = panel;
            route.reason = concord::tr("adjudicated by %1").arg(panel.join(QLatin1String(", ")));
        } else {
            route.reason = concord::tr("agreement %1: accepted automatically").arg(agreementText);
        }

        if (!route.firstAcceptedMs) {
            route.firstAcceptedMs = acceptedMs;
            route.firstAcceptedReaders = route.roundReaders;
        }
        if (input.drawnForQc) {
            const auto verdicts = decisionsAfter(decisions, acceptedMs,
                                                 {DecisionKind::QcCorrect, DecisionKind::QcError});
            if (verdicts.empty()) {
                route.state = ItemState::Qc;
                route.reason = concord::tr("%1; drawn for QC").arg(route.reason);
                return route;
            }
            if (verdicts.front()->kind == DecisionKind::QcError) {
                sendBack(concord::tr("QC by %1 found an error (%2)")
                             .arg(verdicts.front()->deciderId, verdicts.front()->errorCategory));
                continue;
            }
            route.reason = concord::tr("%1; QC by %2 found it correct")
                               .arg(route.reason, verdicts.front()->deciderId);
        }
        route.state = ItemState::Accepted;
        return route;
    }
}

} // namespace concord
