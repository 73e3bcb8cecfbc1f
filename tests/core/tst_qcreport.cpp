// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/decisionrecording.h"
#include "core/quality/projectrouting.h"
#include "core/quality/qcreport.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace concord;
using namespace concord::testing;

// QC: Wilson intervals against published values, the sample size formula, and a report built
// from real journals (QC verdicts recorded through core's role checks).
class TestQcReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilsonMatchesPublishedValues()
    {
        // Newcombe (1998), Statistics in Medicine 17:857, table I: 0/10 -> 0 to 0.2775;
        // 5/10 (not in the table, symmetric) -> 0.2366 to 0.7634; 81/263 -> 0.2553 to 0.3662.
        ProportionEstimate e = wilsonInterval(0, 10);
        QCOMPARE(*e.value, 0.0);
        QCOMPARE(e.lower, 0.0);
        QVERIFY(qAbs(e.upper - 0.2775) < 5e-5);
        e = wilsonInterval(5, 10);
        QVERIFY(qAbs(e.lower - 0.2366) < 5e-5);
        QVERIFY(qAbs(e.upper - 0.7634) < 5e-5);
        e = wilsonInterval(81, 263);
        QVERIFY(qAbs(e.lower - 0.2553) < 5e-5);
        QVERIFY(qAbs(e.upper - 0.3662) < 5e-5);
        e = wilsonInterval(0, 0);
        QVERIFY(!e.value);
        QCOMPARE(e.lower, 0.0);
        QCOMPARE(e.upper, 1.0);
    }

    void sampleSizeFollowsTheFormula()
    {
        // 1.96² × 0.1 × 0.9 / 0.05² = 138.3 -> 139; with 500 items: 138.3 / (1 + 137.3/500).
        QCOMPARE(qcSampleSizeNeeded(0.1, 0.05), qint64(139));
        QCOMPARE(qcSampleSizeNeeded(0.1, 0.05, 500), qint64(109));
        QCOMPARE(qcSampleSizeNeeded(0.5, 0.05), qint64(385));
        QCOMPARE(qcSampleSizeNeeded(0.1, 0.0), qint64(0));
    }

    void reportCountsVerdictsPerReaderCategoryAndLabel()
    {
        QTemporaryDir dir;
        Project project = projectWithLabels(QStringLiteral("QC"), QStringLiteral("A\nB"));
        project.classificationMode = ClassificationMode::SingleLabel;
        QualityPolicy everything;
        everything.version = 1;
        everything.qcRate = 1.0; // every accepted item is drawn
        project.qualityPolicies = {everything};
        std::vector<Annotator> people = peopleNamedById({"ann", "ben"});
        people.push_back({QStringLiteral("qc"), QStringLiteral("QC"), Role::Reviewer});
        const auto created = createProject(dir.path(), project, people, numberedItems(4));
        QVERIFY(created);
        Workspace &w = *created;
        for (const char *reader : {"ann", "ben"}) {
            QVERIFY(!w.startSession(QLatin1String(reader)));
            for (int i = 1; i <= 4; ++i)
                QVERIFY(!labelAndSubmit(w, QStringLiteral("i%1").arg(i), {i <= 2 ? 1 : 2}));
            QVERIFY(!w.endSession());
        }
        ProjectRouting routing = routeProject(w.project(), w.items(), WorkspaceInternals::store(w),
                                              w.project().currentQualityPolicy());
        QCOMPARE(routing.counts[size_t(ItemState::Qc)], 4);

        QVERIFY(!w.startSession(QStringLiteral("qc")));
        // A reader may not judge; an error needs a known category.
        QVERIFY(recordQualityDecision(w, DecisionKind::QcError, QStringLiteral("i1"),
                                      QStringLiteral("typo")));
        QVERIFY(!recordQualityDecision(w, DecisionKind::QcCorrect, QStringLiteral("i1")));
        QVERIFY(!recordQualityDecision(w, DecisionKind::QcError, QStringLiteral("i2"),
                                       QStringLiteral("wrong-label")));
        QVERIFY(!recordQualityDecision(w, DecisionKind::QcCorrect, QStringLiteral("i3")));
        QVERIFY(!w.endSession());

        routing = routeProject(w.project(), w.items(), WorkspaceInternals::store(w),
                               w.project().currentQualityPolicy());
        QCOMPARE(routing.counts[size_t(ItemState::Accepted)], 2); // i1, i3
        QCOMPARE(routing.counts[size_t(ItemState::ReRead)], 1);   // i2
        QCOMPARE(routing.counts[size_t(ItemState::Qc)], 1);       // i4

        const QcReport report = buildQcReport(w.project(), w.items(), WorkspaceInternals::store(w),
                                              w.project().currentQualityPolicy());
        QCOMPARE(report.checked, qint64(3));
        QCOMPARE(report.errorRate.successes, qint64(1));
        QCOMPARE(report.byCategory.at(QStringLiteral("wrong-label")).successes, qint64(1));
        QCOMPARE(report.byCategory.at(QStringLiteral("missed-finding")).successes, qint64(0));
        QCOMPARE(report.readers.size(), size_t(2));
        QCOMPARE(report.readers[0].readerId, QStringLiteral("ann"));
        QCOMPARE(report.readers[0].errorRate.successes, qint64(1));
        QCOMPARE(report.readers[0].errorRate.trials, qint64(3));
        // Label A: i1 and i2 checked, one error; label B: i3 checked, none.
        QCOMPARE(report.byLabel.at(1).successes, qint64(1));
        QCOMPARE(report.byLabel.at(1).trials, qint64(2));
        QCOMPARE(report.byLabel.at(2).trials, qint64(1));
    }

    void everyReaderHasItsShareOfTheSampleInTheProject()
    {
        // 30 items at a QC rate of 10 %: ann and ben read the first 20, cem and dan the last
        // 10 (and agree, so all are accepted). Each reader must have round(0.1 × n) of their
        // accepted items in the sample, whatever the seeded draw gave (docs/quality.md,
        // "QC sample"); the items added that way wait for QC like the others.
        QTemporaryDir dir;
        Project project = projectWithLabels(QStringLiteral("QC strata"), QStringLiteral("A\nB"));
        project.projectId = QStringLiteral("qc-strata-seed"); // fixes the seeded draw
        project.classificationMode = ClassificationMode::SingleLabel;
        QualityPolicy tenPercent;
        tenPercent.version = 1;
        tenPercent.qcRate = 0.1;
        project.qualityPolicies = {tenPercent};
        const auto created = createProject(
            dir.path(), project, peopleNamedById({"ann", "ben", "cem", "dan"}), numberedItems(30));
        QVERIFY(created);
        Workspace &w = *created;
        const auto read = [&](const char *reader, int from, int to) {
            QVERIFY(!w.startSession(QLatin1String(reader)));
            for (int i = from; i <= to; ++i)
                QVERIFY(!labelAndSubmit(w, QStringLiteral("i%1").arg(i), {1 + i % 2}));
            QVERIFY(!w.endSession());
        };
        read("ann", 1, 20);
        read("ben", 1, 20);
        read("cem", 21, 30);
        read("dan", 21, 30);

        const QualityPolicy &policy = w.project().currentQualityPolicy();
        const ProjectRouting routing =
            routeProject(w.project(), w.items(), WorkspaceInternals::store(w), policy);
        std::map<QString, int> drawnByReader;
        int drawn = 0;
        int toppedUp = 0;
        for (const ProjectRouting::Entry &entry : routing.items) {
            QVERIFY(entry.route.state == ItemState::Accepted || entry.route.state == ItemState::Qc);
            QCOMPARE(entry.route.state == ItemState::Qc, entry.drawnForQc);
            if (!entry.drawnForQc)
                continue;
            ++drawn;
            toppedUp += qcSampleDraw(project.projectId, entry.item->id, 0.1) ? 0 : 1;
            for (const QString &reader : entry.route.roundReaders)
                ++drawnByReader[reader];
        }
        QVERIFY(drawnByReader[QStringLiteral("ann")] >= 2);
        QVERIFY(drawnByReader[QStringLiteral("ben")] >= 2);
        QVERIFY(drawnByReader[QStringLiteral("cem")] >= 1);
        QVERIFY(drawnByReader[QStringLiteral("dan")] >= 1);
        QVERIFY2(toppedUp > 0, "this seed's draw alone already gives every reader its share");
        const QcReport report =
            buildQcReport(w.project(), routing, WorkspaceInternals::store(w), policy);
        QCOMPARE(report.accepted, qint64(30));
        QCOMPARE(report.drawn, qint64(drawn));
    }

    // Review findings (docs/quality.md, "Review"): a reviewer holds errors against single
    // readers with their verdict; they are checked in core, journaled, replayed, and counted
    // per reader in the report.
    void reviewFindingsAreCheckedJournaledAndCounted()
    {
        QTemporaryDir dir;
        Project project = projectWithLabels(QStringLiteral("Review"), QStringLiteral("A\nB"));
        project.classificationMode = ClassificationMode::SingleLabel;
        std::vector<Annotator> people = peopleNamedById({"ann", "ben", "cat"});
        people.push_back({QStringLiteral("rev"), QStringLiteral("Rev"), Role::Reviewer});
        const auto created =
            createProject(dir.path(), project, people,
                          {Item{QStringLiteral("i1"), QStringLiteral("1.png"), {}, 100, 100},
                           Item{QStringLiteral("i2"), QStringLiteral("2.png"), {}, 100, 100}});
        QVERIFY(created);
        Workspace &w = *created;
        const quint64 boxId = 41;
        for (const char *reader : {"ann", "ben"}) {
            QVERIFY(!w.startSession(QLatin1String(reader)));
            if (QLatin1String(reader) == QLatin1String("ann"))
                QVERIFY(!w.commit(edits::addBox(QStringLiteral("i1"),
                                                BoxAnnotation{boxId, 1, {10, 10, 20, 20}, {}, {}})
                                      .forward));
            for (const char *item : {"i1", "i2"})
                QVERIFY(!labelAndSubmit(w, QLatin1String(item), {1}));
            QVERIFY(!w.endSession());
        }

        QVERIFY(!w.startSession(QStringLiteral("rev")));
        const auto refused = [&](DecisionKind kind, const ReviewFinding &finding) {
            return bool(recordQualityDecision(w, kind, QStringLiteral("i1"), QString(), QString(),
                                              {finding}));
        };
        const QString boundary = QStringLiteral("inaccurate-boundary");
        const QString ann = QStringLiteral("ann");
        QVERIFY(refused(DecisionKind::ReviewAccept, {QStringLiteral("rev"), boundary, {}}));
        QVERIFY(refused(DecisionKind::ReviewAccept, {QStringLiteral("cat"), boundary, {}}));
        QVERIFY(refused(DecisionKind::ReviewAccept, {ann, QStringLiteral("typo"), {}}));
        QVERIFY(refused(DecisionKind::ReviewAccept, {ann, boundary, QStringLiteral("box:999")}));
        QVERIFY(refused(DecisionKind::ReviewAccept, {ann, boundary, QStringLiteral("box:abc")}));
        QVERIFY(refused(DecisionKind::ReviewAccept, {ann, boundary, QStringLiteral("box:41:1")}));
        QVERIFY(refused(DecisionKind::ReviewAccept, {ann, boundary, QStringLiteral("../x")}));
        QVERIFY(refused(DecisionKind::QcCorrect, {ann, boundary, {}}));
        const ReviewFinding onAnnsBox{ann, boundary, QStringLiteral("box:41")};
        QVERIFY(!recordQualityDecision(w, DecisionKind::ReviewAccept, QStringLiteral("i1"), {}, {},
                                       {onAnnsBox}));
        const ReviewFinding onBensLabels{QStringLiteral("ben"), QStringLiteral("wrong-label"),
                                         QStringLiteral("labels")};
        QVERIFY(!recordQualityDecision(w, DecisionKind::ReviewReject, QStringLiteral("i2"),
                                       QStringLiteral("wrong-label"), {}, {onBensLabels}));
        QVERIFY(!w.endSession());

        // Replayed from the journal as they were recorded; nothing refused was written.
        const auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        const AnnotatorWork *rev =
            WorkspaceInternals::store(**reopened).work(QStringLiteral("rev"));
        QVERIFY(rev);
        QCOMPARE(rev->decisions().size(), size_t(2));
        QVERIFY(rev->decisions()[0].findings == std::vector<ReviewFinding>{onAnnsBox});
        QVERIFY(rev->decisions()[1].findings == std::vector<ReviewFinding>{onBensLabels});

        const QcReport report =
            buildQcReport((*reopened)->project(), (*reopened)->items(),
                          WorkspaceInternals::store(**reopened), QualityPolicy());
        QCOMPARE(report.reviewByReader.size(), size_t(2));
        const QcReport::ReviewRow &annRow = report.reviewByReader[0];
        QCOMPARE(annRow.readerId, ann);
        QCOMPARE(annRow.itemsWithFindings.trials, qint64(2)); // both items reviewed
        QCOMPARE(annRow.itemsWithFindings.successes, qint64(1));
        QVERIFY(annRow.findingsByCategory == (std::map<QString, qint64>{{boundary, 1}}));
        const QcReport::ReviewRow &benRow = report.reviewByReader[1];
        QCOMPARE(benRow.itemsWithFindings.successes, qint64(1));
        QCOMPARE(benRow.findingsByCategory.at(QStringLiteral("wrong-label")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestQcReport)
#include "tst_qcreport.moc"
