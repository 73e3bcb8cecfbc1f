// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/goldscores.h"
#include "core/quality/policypublishing.h"
#include "core/quality/projectrouting.h"
#include "core/quality/qualityworkflow.h"
#include "core/quality/workqueue.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Queues (docs/quality.md): what "Next" serves each role, gold items mixed into reading at the
// policy's rate, and nobody served an item they read for review or adjudication.
//
// Multi-label, labels A B C; ann and ben read:
//   i1 {A} / {A}          -> 1.0, accepted
//   i2 {A,B,C} / {A,B}    -> 2/3, review
//   i3 {A,B} / {A}        -> 1/2, adjudication
//   i4 ann only           -> needs reading
//   i5 nobody             -> needs reading
//   i6 gold (lea's reference B), nobody read it
class TestWorkQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    ProjectRouting m_routing;

    void read(const QString &reader, const std::vector<std::pair<int, std::vector<int>>> &items)
    {
        QVERIFY(!m_workspace->startSession(reader));
        for (const auto &[i, labels] : items)
            QVERIFY(!labelAndSubmit(*m_workspace, QStringLiteral("i%1").arg(i), labels));
        QVERIFY(!m_workspace->endSession());
    }

    std::optional<QueuedItem> next(const QString &person, const QString &current = {},
                                   int readsSoFar = 0, double goldRate = 0)
    {
        QueueRequest request;
        request.person = m_workspace->project().findAnnotator(person);
        request.currentItemId = current;
        request.goldItemIds = {QStringLiteral("i6")};
        request.goldRate = goldRate;
        request.readsSoFar = readsSoFar;
        return nextQueuedItem(m_routing, WorkspaceInternals::store(*m_workspace), request);
    }

    // A project of its own in `dir` (labels A and B) where lea, the lead, has recorded
    // `reference` as the answer of item g (a gold item once the policy asks for gold), in a
    // session left open; `readers` and `otherItems` come besides. On failure, fails the running
    // test and returns nullptr.
    static std::unique_ptr<Workspace> projectWithReferenceOnG(const QString &dir,
                                                              std::vector<Annotator> readers,
                                                              std::vector<Item> otherItems,
                                                              int reference)
    {
        readers.push_back({QStringLiteral("lea"), QStringLiteral("lea"), Role::Lead});
        otherItems.insert(otherItems.begin(), Item{QStringLiteral("g"), QStringLiteral("g.png")});
        auto workspace =
            createProject(dir, projectWithLabels(QStringLiteral("Gold"), QStringLiteral("A\nB")),
                          readers, otherItems);
        if (workspace && (workspace->startSession(QStringLiteral("lea")) ||
                          workspace->recordReferenceLabel(QStringLiteral("g"), {reference}))) {
            QTest::qFail("lea could not record the answer of item g", __FILE__, __LINE__);
            return nullptr;
        }
        return workspace;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Project project = Project::create(QStringLiteral("Q"),
                                          Taxonomy::fromIndentedText(QStringLiteral("A\nB\nC")));
        QualityPolicy noQc;
        noQc.version = 1;
        noQc.qcRate = 0;
        project.qualityPolicies = {noQc};
        const std::vector<Annotator> people = peopleNamedById({{"ann", Role::Annotator},
                                                               {"ben", Role::Annotator},
                                                               {"carl", Role::Annotator},
                                                               {"rev", Role::Reviewer},
                                                               {"adj", Role::Adjudicator},
                                                               {"lea", Role::Lead}});
        m_workspace = createProject(m_dir.path(), project, people, numberedItems(6));
        QVERIFY(m_workspace);
        read(QStringLiteral("ann"), {{1, {1}}, {2, {1, 2, 3}}, {3, {1, 2}}, {4, {1}}});
        read(QStringLiteral("ben"), {{1, {1}}, {2, {1, 2}}, {3, {1}}});
        QVERIFY(!m_workspace->startSession(QStringLiteral("lea")));
        QVERIFY(!m_workspace->recordReferenceLabel(QStringLiteral("i6"), {2}));
        QVERIFY(!m_workspace->endSession());
        m_routing = routeProject(m_workspace->project(), m_workspace->items(),
                                 WorkspaceInternals::store(*m_workspace),
                                 m_workspace->project().currentQualityPolicy());
    }

    void routesAsDesigned()
    {
        const ItemState expected[] = {ItemState::Accepted,     ItemState::Review,
                                      ItemState::Adjudication, ItemState::NeedsReading,
                                      ItemState::NeedsReading, ItemState::Accepted};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_routing.items[size_t(i)].route.state, expected[i]);
        QVERIFY(m_routing.items[5].route.reason.contains(QStringLiteral("gold")));
    }

    void eachRoleGetsItsTier()
    {
        QCOMPARE(next(QStringLiteral("rev"))->itemId, QStringLiteral("i2"));
        QCOMPARE(next(QStringLiteral("rev"))->kind, QueueKind::Review);
        QCOMPARE(next(QStringLiteral("adj"))->itemId, QStringLiteral("i3"));
        QCOMPARE(next(QStringLiteral("adj"))->kind, QueueKind::Adjudication);
        QCOMPARE(next(QStringLiteral("lea"))->itemId, QStringLiteral("i3"));
        // From i3 on, the adjudicator has no other adjudication: the review queue follows.
        QCOMPARE(next(QStringLiteral("adj"), QStringLiteral("i3"))->itemId, QStringLiteral("i2"));
    }

    void readersGetUnreadItemsOnly()
    {
        QCOMPARE(next(QStringLiteral("carl"))->itemId, QStringLiteral("i4"));
        QCOMPARE(next(QStringLiteral("carl"), QStringLiteral("i4"))->itemId, QStringLiteral("i5"));
        QCOMPARE(next(QStringLiteral("ben"))->itemId, QStringLiteral("i4"));
        // ann read i4: only i5 is left for her, and it stays hers from anywhere.
        QCOMPARE(next(QStringLiteral("ann"))->itemId, QStringLiteral("i5"));
        QCOMPARE(next(QStringLiteral("ann"), QStringLiteral("i5")), std::nullopt);
        // Review items never go to the readers of their round.
        QVERIFY(next(QStringLiteral("ann"))->kind == QueueKind::Reading);
    }

    void goldComesAtTheRate()
    {
        // Rate 0.5: the 2nd, 4th, ... read is gold. After 3 reads the 4th is due.
        const auto gold = next(QStringLiteral("ann"), {}, 3, 0.5);
        QCOMPARE(gold->itemId, QStringLiteral("i6"));
        QCOMPARE(gold->kind, QueueKind::Gold);
        QCOMPARE(next(QStringLiteral("ann"), {}, 2, 0.5)->itemId, QStringLiteral("i5"));
        // The gold item is never served as ordinary reading.
        QCOMPARE(next(QStringLiteral("carl"), QStringLiteral("i5"))->itemId, QStringLiteral("i4"));
        int due = 0;
        for (int n = 0; n < 100; ++n)
            due += goldIsDue(n, 0.1) ? 1 : 0;
        QCOMPARE(due, 10);
        QVERIFY(!goldIsDue(5, 0.0));
    }

    // With hidden gold on, the reference banner must not give the gold answer to a reader who
    // has not finished the item; without gold it stays calibration feedback for everyone.
    void goldAnswerIsHiddenUntilTheReaderFinishes()
    {
        QTemporaryDir dir;
        const auto created = projectWithReferenceOnG(
            dir.path(), peopleNamedById({{"ann", Role::Annotator}, {"rev", Role::Reviewer}}), {},
            2);
        QVERIFY(created);
        Workspace &workspace = *created;

        // No gold in the policy: the reference is shown to a reader as feedback.
        QVERIFY(!workspace.startSession(QStringLiteral("ann")));
        QVERIFY(workspace.referenceLabel(QStringLiteral("g")));

        QualityPolicy withGold;
        withGold.goldRate = 0.1;
        QVERIFY(publishQualityPolicy(workspace.folder(), withGold, QStringLiteral("lea")));
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        Workspace &now = **reopened;
        QVERIFY(!now.startSession(QStringLiteral("ann")));
        QVERIFY(!now.referenceLabel(QStringLiteral("g")));
        QVERIFY(!now.commit(edits::setClassLabels(QStringLiteral("g"), {}, {1}).forward));
        QVERIFY(!now.referenceLabel(QStringLiteral("g"))); // labeled, not yet submitted
        QVERIFY(!now.commit(
            edits::setItemStatus(QStringLiteral("g"), ItemStatus::InProgress, ItemStatus::Done)
                .forward));
        QCOMPARE(now.referenceLabel(QStringLiteral("g"))->labelIds, std::vector<int>{2});
        // A reviewer is not scored on gold and sees it at once.
        QVERIFY(!now.startSession(QStringLiteral("rev")));
        QVERIFY(now.referenceLabel(QStringLiteral("g")));
    }

    // A policy that pauses flagged readers stops serving a reader whose gold score fell below
    // the threshold, and only them.
    void aFlaggedReaderIsPausedWhenThePolicySaysSo()
    {
        QTemporaryDir dir;
        const auto created =
            projectWithReferenceOnG(dir.path(), peopleNamedById({"ann", "ben"}),
                                    {Item{QStringLiteral("x"), QStringLiteral("x.png")}}, 1);
        QVERIFY(created);
        Workspace &workspace = *created;
        QualityPolicy pausing;
        pausing.pauseFlaggedReaders = true;
        QVERIFY(publishQualityPolicy(workspace.folder(), pausing, QStringLiteral("lea")));
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        Workspace &now = **reopened;
        for (const auto &[reader, label] : {std::pair{"ann", 2}, std::pair{"ben", 1}}) {
            QVERIFY(!now.startSession(QLatin1String(reader)));
            QVERIFY(!labelAndSubmit(now, QStringLiteral("g"), {label}));
        }
        QVERIFY(!now.startSession(QStringLiteral("ann"))); // wrong on the gold item
        QVERIFY(QualityWorkflow(now).isPaused());
        QCOMPARE(QualityWorkflow(now).next({}), std::nullopt);
        QVERIFY(!now.startSession(QStringLiteral("ben"))); // right
        QVERIFY(!QualityWorkflow(now).isPaused());
        QCOMPARE(QualityWorkflow(now).next({})->itemId, QStringLiteral("x"));
    }

    // Runs last: it reads the gold item.
    void goldScoresFlagReadersBelowTheThreshold()
    {
        read(QStringLiteral("ann"), {{6, {1}}});  // wrong: the reference is B
        read(QStringLiteral("carl"), {{6, {2}}}); // right
        const GoldScores scores = scoreReadersOnGold(m_workspace->project(), m_workspace->items(),
                                                     WorkspaceInternals::store(*m_workspace),
                                                     m_workspace->project().currentQualityPolicy());
        QCOMPARE(scores.score.items, 1);
        QCOMPARE(scores.score.comparison.readers.size(), size_t(2)); // not lea, who set it
        for (const GoldReaderResult &r : scores.score.comparison.readers) {
            QCOMPARE(r.units, 1);
            QCOMPARE(r.correct, r.coderName == QStringLiteral("carl") ? 1 : 0);
        }
        QCOMPARE(scores.flagged, QStringList{QStringLiteral("ann")});
    }
};

QTEST_GUILESS_MAIN(TestWorkQueue)
#include "tst_workqueue.moc"
