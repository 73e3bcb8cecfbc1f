// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/routing.h"

#include <QCryptographicHash>
#include <QTest>

using namespace concord;

// Routing (docs/quality.md): tier boundaries, too few readers, empty readers, and what review,
// adjudication and QC decisions do. Image labels in single-label mode keep the agreement easy to
// set: with k of n readers on one label and the rest on another, it is the share of agreeing
// pairs.
class TestRouting : public QObject
{
    Q_OBJECT

private:
    Item m_item{QStringLiteral("i1"), QStringLiteral("1.png")};
    std::vector<ItemWork> m_works; // kept alive for the reads that point at them

    RoutingInput input(const std::vector<std::vector<int>> &labelsPerReader)
    {
        m_works.clear();
        m_works.reserve(labelsPerReader.size() + 8);
        RoutingInput in;
        in.item = &m_item;
        for (size_t i = 0; i < labelsPerReader.size(); ++i) {
            ItemWork work;
            work.classLabels.labelIds = labelsPerReader[i];
            m_works.push_back(work);
            in.reads.push_back(
                {QStringLiteral("r%1").arg(i + 1), &m_works.back(), qint64(1000 + i)});
        }
        return in;
    }

    static QualityDecision decision(DecisionKind kind, const QString &by, qint64 timeMs,
                                    const QString &category = {})
    {
        QualityDecision d;
        d.kind = kind;
        d.itemId = QStringLiteral("i1");
        d.deciderId = by;
        d.timeMs = timeMs;
        d.errorCategory = category;
        return d;
    }

    static ItemRoute route(const RoutingInput &in, const QualityPolicy &policy = {})
    {
        return routeItem(in, policy, ClassificationMode::SingleLabel);
    }

private Q_SLOTS:
    void tooFewReadersNeedReading()
    {
        QCOMPARE(route(input({})).state, ItemState::NeedsReading);
        const ItemRoute one = route(input({{1}}));
        QCOMPARE(one.state, ItemState::NeedsReading);
        QVERIFY(!one.agreement.value);
        QCOMPARE(one.tier, AgreementTier::None);
    }

    void exactlyTheHighThresholdIsHigh()
    {
        // Five readers, four agree: pairs agreeing 6 of 10 = 0.6; so build 0.8 from policy:
        // with thresholds moved to hit an exact share, the boundary belongs to the upper tier.
        QualityPolicy policy;
        policy.readersPerItem = 5;
        policy.highThreshold = 0.6;
        policy.lowThreshold = 0.4;
        const ItemRoute r = route(input({{1}, {1}, {1}, {1}, {2}}), policy);
        QCOMPARE(*r.agreement.value, 0.6);
        QCOMPARE(r.tier, AgreementTier::High);
        QCOMPARE(r.state, ItemState::Accepted);
        QVERIFY(r.decidedBy.isEmpty());
    }

    void defaultBoundariesAtExactlyPointEightAndPointSix()
    {
        // Multi-label readers: agreement is a mean over labels, which can hit 0.8 and 0.6
        // exactly. Five labels, two readers, agreeing on 4 of 5 = 0.8; on 3 of 5 = 0.6.
        RoutingInput in = input({{1, 2, 3, 4, 5}, {1, 2, 3, 4}});
        ItemRoute r = routeItem(in, QualityPolicy(), ClassificationMode::MultiLabel);
        QCOMPARE(*r.agreement.value, 0.8);
        QCOMPARE(r.tier, AgreementTier::High);
        QCOMPARE(r.state, ItemState::Accepted);

        in = input({{1, 2, 3, 4, 5}, {1, 2, 3}});
        r = routeItem(in, QualityPolicy(), ClassificationMode::MultiLabel);
        QCOMPARE(*r.agreement.value, 0.6);
        QCOMPARE(r.tier, AgreementTier::Medium);
        QCOMPARE(r.state, ItemState::Review);

        in = input({{1, 2, 3, 4, 5}, {1, 2}});
        r = routeItem(in, QualityPolicy(), ClassificationMode::MultiLabel);
        QCOMPARE(*r.agreement.value, 0.4);
        QCOMPARE(r.tier, AgreementTier::Low);
        QCOMPARE(r.state, ItemState::Adjudication);
    }

    void emptyReadersAreAcceptedAsAgreeing()
    {
        const ItemRoute r = route(input({{}, {}}));
        QCOMPARE(*r.agreement.value, 1.0);
        QCOMPARE(r.state, ItemState::Accepted);
    }

    void onlyTheFirstReadersFormTheRound()
    {
        // r1 and r2 agree; r3, later, disagrees but is not part of round 1.
        const ItemRoute r = route(input({{1}, {1}, {2}}));
        QCOMPARE(r.roundReaders, (QStringList{QStringLiteral("r1"), QStringLiteral("r2")}));
        QCOMPARE(r.state, ItemState::Accepted);
    }

    void reviewAcceptsOrSendsBack()
    {
        QualityPolicy policy;
        policy.highThreshold = 1.0;
        policy.lowThreshold = 0.0; // every disagreement goes to review
        RoutingInput in = input({{1}, {2}});
        QCOMPARE(route(in, policy).state, ItemState::Review);

        // A decision made before the round ended belongs to an earlier round: ignored.
        in.decisions = {decision(DecisionKind::ReviewAccept, QStringLiteral("rev"), 500)};
        QCOMPARE(route(in, policy).state, ItemState::Review);

        in.decisions = {decision(DecisionKind::ReviewAccept, QStringLiteral("rev"), 5000)};
        ItemRoute r = route(in, policy);
        QCOMPARE(r.state, ItemState::Accepted);
        QCOMPARE(r.decidedBy, QStringList{QStringLiteral("rev")});

        in.decisions = {decision(DecisionKind::ReviewReject, QStringLiteral("rev"), 5000)};
        r = route(in, policy);
        QCOMPARE(r.state, ItemState::ReRead);
        QCOMPARE(r.round, 2);
        // Two new readers agree after the rejection: accepted in round 2.
        m_works.push_back(ItemWork());
        m_works.back().classLabels.labelIds = {1};
        in.reads.push_back({QStringLiteral("r3"), &m_works.back(), 6000});
        QCOMPARE(route(in, policy).state, ItemState::ReRead);
        in.reads.push_back({QStringLiteral("r4"), &m_works.back(), 6001});
        r = route(in, policy);
        QCOMPARE(r.state, ItemState::Accepted);
        QCOMPARE(r.roundReaders, (QStringList{QStringLiteral("r3"), QStringLiteral("r4")}));
    }

    void adjudicationPanelMustAgree()
    {
        QualityPolicy policy;
        policy.adjudicationPanel = 2;
        RoutingInput in = input({{1}, {2}});
        ItemWork answerA, answerB;
        answerA.classLabels.labelIds = {1};
        answerB.classLabels.labelIds = {2};
        in.answers = {{QStringLiteral("adjA"), &answerA}, {QStringLiteral("adjB"), &answerB}};
        in.decisions = {decision(DecisionKind::Adjudication, QStringLiteral("adjA"), 5000)};
        ItemRoute r = route(in, policy);
        QCOMPARE(r.state, ItemState::Adjudication);
        QVERIFY(r.reason.contains(QStringLiteral("1 of 2")));

        in.decisions.push_back(decision(DecisionKind::Adjudication, QStringLiteral("adjB"), 5001));
        QCOMPARE(route(in, policy).state, ItemState::Adjudication); // they disagree

        answerB.classLabels.labelIds = {1};
        r = route(in, policy);
        QCOMPARE(r.state, ItemState::Accepted);
        QCOMPARE(r.decidedBy, (QStringList{QStringLiteral("adjA"), QStringLiteral("adjB")}));
    }

    void reReadOnceThenAdjudicate()
    {
        QualityPolicy policy;
        policy.lowAction = TierAction::ReRead;
        RoutingInput in = input({{1}, {2}, {1}, {2}});
        // Round 1 (r1, r2) is low: re-read; round 2 (r3, r4) is low again: adjudication.
        const ItemRoute r = route(in, policy);
        QCOMPARE(r.round, 2);
        QCOMPARE(r.state, ItemState::Adjudication);
    }

    void qcSampleWaitsForAVerdict()
    {
        RoutingInput in = input({{1}, {1}});
        in.drawnForQc = true;
        QCOMPARE(route(in).state, ItemState::Qc);
        in.decisions = {decision(DecisionKind::QcCorrect, QStringLiteral("qc"), 5000)};
        QCOMPARE(route(in).state, ItemState::Accepted);
        in.decisions = {decision(DecisionKind::QcError, QStringLiteral("qc"), 5000,
                                 QStringLiteral("missed-finding"))};
        const ItemRoute r = route(in);
        QCOMPARE(r.state, ItemState::ReRead);
        QVERIFY(r.reason.contains(QStringLiteral("missed-finding")));
    }

    void qcDrawIsSeededAndNearTheRate()
    {
        int drawn = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString id = QStringLiteral("item-%1").arg(i);
            const bool first = qcSampleDraw(QStringLiteral("seed"), id, 0.05);
            QCOMPARE(qcSampleDraw(QStringLiteral("seed"), id, 0.05), first);
            drawn += first ? 1 : 0;
        }
        // Binomial(20000, 0.05): mean 1000, sd 30.8; 5 sd either side.
        QVERIFY2(drawn > 846 && drawn < 1154, qPrintable(QString::number(drawn)));
        QVERIFY(!qcSampleDraw(QStringLiteral("seed"), QStringLiteral("x"), 0.0));
        QVERIFY(qcSampleDraw(QStringLiteral("seed"), QStringLiteral("x"), 1.0));
        // Another seed draws another sample.
        int same = 0;
        for (int i = 0; i < 2000; ++i) {
            const QString id = QStringLiteral("item-%1").arg(i);
            same += qcSampleDraw(QStringLiteral("a"), id, 0.5) ==
                    qcSampleDraw(QStringLiteral("b"), id, 0.5);
        }
        QVERIFY(same < 1200);
    }

    // The draw is the documented function of the seed and the item id (docs/quality.md), so a
    // sample stays the same across versions: SHA-256 of "seed/item", its first 8 bytes as a
    // big-endian integer, top 53 bits scaled to [0, 1), drawn when below the rate. Computed here
    // with Qt's own SHA-256, the item is drawn just above its value and not just below it.
    void qcDrawIsTheDocumentedFunction()
    {
        for (int i = 0; i < 200; ++i) {
            const QString id = QStringLiteral("item-%1").arg(i);
            const QByteArray digest = QCryptographicHash::hash(
                (QStringLiteral("seed/") + id).toUtf8(), QCryptographicHash::Sha256);
            quint64 bits = 0;
            for (int b = 0; b < 8; ++b)
                bits = (bits << 8) | quint8(digest[b]);
            const double value = double(bits >> 11) / double(quint64(1) << 53);
            if (value <= 0.001 || value >= 0.999)
                continue;
            QVERIFY(qcSampleDraw(QStringLiteral("seed"), id, value + 1e-9));
            QVERIFY(!qcSampleDraw(QStringLiteral("seed"), id, value - 1e-9));
        }
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
