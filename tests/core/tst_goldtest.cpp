// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinelinks.h"
#include "core/project/goldtest.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Gold tests in the model: which items qualify, who may set one up, blindness to the reference
// and to other readers while the test runs (for every role), and the scores against a
// hand-computed example.
class TestGoldTest : public QObject
{
    Q_OBJECT

private:
    enum LabelId { Nodule = 1, Normal = 2, Effusion = 3, None = 0 };

    // Single-label: Nodule, Normal, Effusion. alice and carol read, dan adjudicates, bob leads.
    // Items i1..i9; bob has recorded a reference for i1..i8 (Nodule on i1-i3, Normal on i4-i8).
    static std::unique_ptr<Workspace> makeProject(const QString &dir)
    {
        Project project =
            Project::create(QStringLiteral("Gold"),
                            Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal\nEffusion")));
        project.classificationMode = ClassificationMode::SingleLabel;
        auto created = Workspace::create(dir, project);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        Workspace &workspace = **created;
        workspace.addAnnotator({QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator});
        workspace.addAnnotator({QStringLiteral("carol"), QStringLiteral("Carol"), Role::Annotator});
        workspace.addAnnotator({QStringLiteral("dan"), QStringLiteral("Dan"), Role::Adjudicator});
        workspace.addAnnotator({QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead});
        std::vector<Item> items;
        for (int i = 1; i <= 9; ++i)
            items.push_back(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
        workspace.addItems(items);
        if (workspace.startSession(QStringLiteral("bob")))
            qFatal("cannot start the lead's session");
        for (int i = 1; i <= 8; ++i) {
            if (workspace.recordReferenceLabel(QStringLiteral("i%1").arg(i),
                                               {i <= 3 ? Nodule : Normal}))
                qFatal("cannot record a reference");
        }
        return std::move(*created);
    }

    static QStringList items(int from, int to)
    {
        QStringList ids;
        for (int i = from; i <= to; ++i)
            ids.append(QStringLiteral("i%1").arg(i));
        return ids;
    }

    // Reads `labels` (items i<first>, i<first + 1>, ... in order; None submits "none of these")
    // and submits each.
    static void read(Workspace &workspace, const std::vector<int> &labels, int first = 1)
    {
        for (size_t i = 0; i < labels.size(); ++i) {
            const QString itemId = QStringLiteral("i%1").arg(first + int(i));
            std::vector<int> chosen;
            if (labels[i] != None)
                chosen.push_back(labels[i]);
            QVERIFY(!workspace.commit(edits::setClassLabels(itemId, {}, chosen).forward));
            QVERIFY(!workspace.commit(
                edits::setItemStatus(itemId, workspace.myStatus(itemId), ItemStatus::Done)
                    .forward));
        }
    }

    static CalibrationPlan setUp(Workspace &workspace, const QStringList &readers)
    {
        CalibrationPlan plan;
        plan.name = QStringLiteral("Nodule gold");
        plan.participantIds = readers;
        plan.itemIds = items(1, 6);
        if (workspace.startSession(QStringLiteral("bob")))
            qFatal("cannot start the lead's session");
        const Expected<CalibrationPlan> stored = workspace.addGoldTest(plan);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        return *stored;
    }

private Q_SLOTS:
    void candidatesHaveAReferenceAndNoEarlierReading()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        // alice read i7 before; the guideline shows i8 as an example; i9 has no reference.
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        QVERIFY(
            !workspace->commit(edits::setClassLabels(QStringLiteral("i7"), {}, {Normal}).forward));
        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        QVERIFY(workspace->publishGuidelineVersion(
            QStringLiteral("example"),
            withGuidelineExample(QString(), GuidelineExampleKind::Positive, QStringLiteral("i8"),
                                 QStringLiteral("Normal"), QStringLiteral("clear lungs"))));
        const auto candidates = [&](const QStringList &readers) {
            return goldTestCandidates(workspace->project(), workspace->items(),
                                      WorkspaceInternals::store(*workspace), readers);
        };
        QCOMPARE(candidates({QStringLiteral("alice"), QStringLiteral("carol")}), items(1, 6));
        QCOMPARE(candidates({QStringLiteral("carol")}), items(1, 7));
    }

    void onlyALeadSetsUpAGoldTestOfReferencedItems()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        CalibrationPlan plan;
        plan.participantIds = {QStringLiteral("alice")};
        plan.itemIds = items(1, 3);

        QVERIFY(!workspace->startSession(QStringLiteral("dan")));
        QVERIFY(!workspace->addGoldTest(plan));
        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        plan.itemIds.append(QStringLiteral("i9"));
        const Expected<CalibrationPlan> unreferenced = workspace->addGoldTest(plan);
        QVERIFY(!unreferenced);
        QVERIFY2(unreferenced.error().message.contains(QStringLiteral("i9")),
                 qPrintable(unreferenced.error().message));
        plan.itemIds.removeLast();

        const Expected<CalibrationPlan> stored = workspace->addGoldTest(plan);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toString()));
        QVERIFY(stored->id.startsWith(QStringLiteral("gold-")));
        QCOMPARE(stored->leadId, QStringLiteral("bob"));
        QVERIFY(workspace->project().calibrations.empty()); // never listed as a calibration
        workspace.reset();
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE(int((*reopened)->project().goldTests.size()), 1);
        QCOMPARE((*reopened)->project().goldTests.front(), *stored); // project.json round trip
    }

    void readersAreBlindToTheReferenceAndEachOtherUntilTheyFinish()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const CalibrationPlan plan =
            setUp(*workspace, {QStringLiteral("alice"), QStringLiteral("dan")});

        // alice reads the first item in a gold-test session.
        QVERIFY(!workspace->startSession(QStringLiteral("alice"), SessionMode::GoldTest, plan.id));
        read(*workspace, {Nodule});
        QVERIFY(!workspace->referenceLabel(QStringLiteral("i1"))); // submitted, but the test runs
        QVERIFY(workspace->referenceLabel(QStringLiteral("i7")));  // not in the test
        QVERIFY(!workspace->goldTestScore(plan.id));

        // dan, an adjudicator, would normally see everything: not while he takes the test.
        QVERIFY(!workspace->startSession(QStringLiteral("dan"), SessionMode::GoldTest, plan.id));
        QVERIFY(!workspace->referenceLabel(QStringLiteral("i2")));
        QVERIFY(!workspace->visibleWork(QStringLiteral("alice"), QStringLiteral("i1")));
        QVERIFY(!workspace->visibleStore().itemWork(QStringLiteral("alice"), QStringLiteral("i1")));
        QVERIFY(!workspace->visibleWork(QStringLiteral("bob"), QStringLiteral("i1")));
        read(*workspace, {Nodule, Nodule, Nodule, Normal, Normal});
        QVERIFY(!workspace->visibleWork(QStringLiteral("alice"), QStringLiteral("i1")));
        QVERIFY(workspace->visibleWork(QStringLiteral("dan"), QStringLiteral("i1"))); // his own
        read(*workspace, {Normal}, 6); // the last item
        QVERIFY(workspace->referenceLabel(QStringLiteral("i2")));
        QVERIFY(workspace->visibleWork(QStringLiteral("alice"), QStringLiteral("i1")));

        // alice, still taking it, sees nothing of dan's.
        QVERIFY(!workspace->startSession(QStringLiteral("alice"), SessionMode::GoldTest, plan.id));
        QVERIFY(!workspace->visibleWork(QStringLiteral("dan"), QStringLiteral("i1")));
        QVERIFY(!workspace->referenceLabel(QStringLiteral("i1")));

        // The sessions carry the mode and the test they read.
        const std::vector<Session> &sessions =
            WorkspaceInternals::store(*workspace).work(QStringLiteral("alice"))->sessions();
        QVERIFY(!sessions.empty());
        QCOMPARE(sessions.back().mode, SessionMode::GoldTest);
        QCOMPARE(sessions.back().planId, plan.id);
    }

    void scoresMatchAHandComputedExample()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const CalibrationPlan plan =
            setUp(*workspace, {QStringLiteral("alice"), QStringLiteral("carol")});
        // Reference: Nodule, Nodule, Nodule, Normal, Normal, Normal.
        QVERIFY(!workspace->startSession(QStringLiteral("alice"), SessionMode::GoldTest, plan.id));
        read(*workspace, {Nodule, Nodule, Normal, Normal, Normal, Nodule});
        QVERIFY(!workspace->startSession(QStringLiteral("carol"), SessionMode::GoldTest, plan.id));
        read(*workspace, {Nodule, Nodule, Nodule, Normal, Normal, None});

        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        const Expected<GoldTestScore> score = workspace->goldTestScore(plan.id);
        QVERIFY2(score, score ? "" : qPrintable(score.error().toString()));
        QCOMPARE(score->items, 6);
        QCOMPARE(score->submitted, (std::vector<int>{6, 6}));
        // Categories: every label set used, in taxonomy order; Effusion, unused, is not one.
        QCOMPARE(score->comparison.categories,
                 (QStringList{QStringLiteral("None"), QStringLiteral("Nodule"),
                              QStringLiteral("Normal")}));
        QCOMPARE(int(score->comparison.readers.size()), 2);

        // alice: 4 of 6; po = 4/6, pe = 3/6·3/6 + 3/6·3/6 = 1/2, kappa = (2/3 - 1/2) / (1/2) = 1/3.
        const GoldReaderResult &alice = score->comparison.readers[0];
        QCOMPARE(alice.coderName, QStringLiteral("alice"));
        QCOMPARE(alice.units, 6);
        QCOMPARE(alice.correct, 4);
        QCOMPARE(*alice.accuracy, 4.0 / 6.0);
        QVERIFY(qAbs(*alice.kappa.value - 1.0 / 3.0) < 1e-12);
        // Rows are the reference (None, Nodule, Normal), columns alice.
        QCOMPARE(alice.confusion, (std::vector<qint64>{0, 0, 0, 0, 2, 1, 0, 1, 2}));

        // carol: 5 of 6, one "none of these" on a Normal item. po = 5/6;
        // pe = 0·1/6 + 3/6·3/6 + 3/6·2/6 = 5/12; kappa = (5/6 - 5/12) / (7/12) = 5/7.
        const GoldReaderResult &carol = score->comparison.readers[1];
        QCOMPARE(carol.correct, 5);
        QVERIFY(qAbs(*carol.kappa.value - 5.0 / 7.0) < 1e-12);
        QCOMPARE(carol.confusion, (std::vector<qint64>{0, 0, 0, 0, 3, 0, 1, 0, 2}));

        // A reader who finished sees their own score only.
        QVERIFY(!workspace->startSession(QStringLiteral("carol")));
        const Expected<GoldTestScore> own = workspace->goldTestScore(plan.id);
        QVERIFY(own);
        QCOMPARE(int(own->comparison.readers.size()), 1);
        QCOMPARE(own->comparison.readers[0].coderName, QStringLiteral("carol"));
    }

    void unsubmittedItemsAreNotScored()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const CalibrationPlan plan = setUp(*workspace, {QStringLiteral("alice")});
        QVERIFY(!workspace->startSession(QStringLiteral("alice"), SessionMode::GoldTest, plan.id));
        read(*workspace, {Nodule, Normal});
        QVERIFY(!workspace->commit(
            edits::setClassLabels(QStringLiteral("i3"), {}, {Nodule}).forward)); // not submitted
        QVERIFY(isGoldTestRunning(plan, WorkspaceInternals::store(*workspace),
                                  QStringLiteral("alice")));
        const GoldTestScore score =
            scoreGoldTest(workspace->project(), WorkspaceInternals::store(*workspace), plan);
        QCOMPARE(score.submitted, std::vector<int>{2});
        QCOMPARE(score.comparison.readers[0].units, 2);
        QCOMPARE(score.comparison.readers[0].correct, 1);
    }
};

QTEST_GUILESS_MAIN(TestGoldTest)
#include "tst_goldtest.moc"
