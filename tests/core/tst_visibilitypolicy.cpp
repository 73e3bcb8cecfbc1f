// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Blind reading by construction: through everything Workspace offers views (widgets/ cannot
// reach the raw store; cmake/CheckLayering.cmake enforces that), an annotator cannot read another
// reader's work before submitting the item, and a lead can; the calibration review, which shows
// every participant's reading, is refused in core to anyone but a reviewer, adjudicator or lead.
class TestVisibilityPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const QString m_item = QStringLiteral("i1");
    QString m_planId;

    // Whether each view-facing call shows Ben's work on the item to the current session: the
    // policy's own call, Workspace's delegation, the authors list, the filtered store and the
    // sessions panel's statistics.
    QList<bool> benAsShown() const
    {
        const QString ben = QStringLiteral("ben");
        const VisibilityPolicy &policy = m_workspace->visibility();
        bool sessions = false;
        for (const ReaderSessions &reader : policy.visibleSessions())
            sessions = sessions || reader.annotatorId == ben;
        return {policy.visibleWork(ben, m_item) != nullptr,
                m_workspace->visibleWork(ben, m_item) != nullptr,
                policy.visibleAuthors(m_item).contains(ben),
                policy.visibleStore().itemWork(ben, m_item) != nullptr, sessions};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createProject(
            m_dir.path(), projectWithLabels(QStringLiteral("Blind"), QStringLiteral("Nodule")),
            {{QStringLiteral("ann"), QStringLiteral("Ann")},
             {QStringLiteral("ben"), QStringLiteral("Ben")},
             {QStringLiteral("lee"), QStringLiteral("Lee"), Role::Lead}},
            {Item{m_item, QStringLiteral("a.png")}});
        QVERIFY(m_workspace);

        QVERIFY(!m_workspace->startSession(QStringLiteral("lee")));
        CalibrationPlan plan;
        plan.itemIds = {m_item};
        plan.participantIds = {QStringLiteral("ann"), QStringLiteral("ben")};
        plan.guidelineVersion = m_workspace->project().currentGuidelineVersion;
        const Expected<CalibrationPlan> added = m_workspace->addCalibrationPlan(plan);
        QVERIFY(added);
        m_planId = added->id;

        // Ben reads the calibration session, then labels the item in ordinary work too.
        QVERIFY(
            !m_workspace->startSession(QStringLiteral("ben"), SessionMode::Calibration, m_planId));
        QVERIFY(!m_workspace->commit(edits::addBox(m_item, placeholderBox(3)).forward));
        QVERIFY(!m_workspace->startSession(QStringLiteral("ben")));
        QVERIFY(!m_workspace->commit(edits::addBox(m_item, placeholderBox(1)).forward));
    }

    void nobodySeesWithoutSession()
    {
        QVERIFY(!m_workspace->endSession());
        QCOMPARE(benAsShown(), QList<bool>(5, false));
        QVERIFY(m_workspace->visibility().visibleSessions().empty());
        QVERIFY(!m_workspace->plans().calibrationReview(m_planId));
    }

    void annotatorBlindUntilSubmitted()
    {
        QVERIFY(!m_workspace->startSession(QStringLiteral("ann")));
        QVERIFY(!m_workspace->commit(edits::addBox(m_item, placeholderBox(2)).forward));
        QCOMPARE(benAsShown(), QList<bool>(5, false));
        // The review shows every reading: refused in core, saying why.
        const Expected<CalibrationReviewReport> review =
            m_workspace->plans().calibrationReview(m_planId);
        QVERIFY(!review);
        QVERIFY2(review.error().message.contains(QStringLiteral("may not")),
                 qPrintable(review.error().message));
        // The narrow queries a lead's dialogs use reveal nothing to her either.
        QVERIFY(m_workspace->plans().goldTestCandidates({QStringLiteral("ann")}).isEmpty());
        CalibrationSampleRequest request;
        request.method = CalibrationSampling::StratifiedByLabel;
        QVERIFY(m_workspace->plans().pickItems(m_workspace->items(), request).isEmpty());

        QVERIFY(!m_workspace->commit(
            edits::setItemStatus(m_item, ItemStatus::InProgress, ItemStatus::Done).forward));
        QVERIFY(m_workspace->visibility().visibleWork(QStringLiteral("ben"), m_item));
        QVERIFY(!m_workspace->plans().calibrationReview(m_planId)); // still not hers to review
    }

    void leadSeesEveryone()
    {
        QVERIFY(!m_workspace->startSession(QStringLiteral("lee")));
        QCOMPARE(benAsShown(), QList<bool>(5, true));
        const Expected<CalibrationReviewReport> review =
            m_workspace->plans().calibrationReview(m_planId);
        QVERIFY2(review, review ? "" : qPrintable(review.error().toString()));
        QCOMPARE(int(review->items.size()), 1);
        // The review holds the session's readings only: Ben's; Ann's box is ordinary work.
        QCOMPARE(int(review->items.front().readings.size()), 1);
        QCOMPARE(review->items.front().readings.front().work.boxes.front().id, quint64(3));
        QCOMPARE(m_workspace->plans().pickItems(m_workspace->items(), {}).size(), 1);
    }

    void unknownPlanIsRefused()
    {
        QVERIFY(!m_workspace->startSession(QStringLiteral("lee")));
        QVERIFY(!m_workspace->plans().calibrationReview(QStringLiteral("no-such-plan")));
    }
};

QTEST_GUILESS_MAIN(TestVisibilityPolicy)
#include "tst_visibilitypolicy.moc"
