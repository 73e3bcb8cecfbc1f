// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinelinks.h"
#include "core/project/calibrationreview.h"
#include "core/project/calibrationsampler.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Calibration sessions in the model: who may set them up and settle items, the reference label
// in the journal, item sampling, the review order and the session's agreement.
class TestCalibration : public QObject
{
    Q_OBJECT

private:
    // Single-label project: Nodule (1), Normal (2); alice and carol read, bob leads, dan
    // adjudicates.
    static std::unique_ptr<Workspace> makeProject(const QString &dir, int itemCount = 4)
    {
        Project project = Project::create(
            QStringLiteral("Test"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal")));
        project.classificationMode = ClassificationMode::SingleLabel;
        auto workspace = Workspace::create(dir, project);
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        (*workspace)
            ->addAnnotator({QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator});
        (*workspace)
            ->addAnnotator({QStringLiteral("carol"), QStringLiteral("Carol"), Role::Annotator});
        (*workspace)->addAnnotator({QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead});
        (*workspace)
            ->addAnnotator({QStringLiteral("dan"), QStringLiteral("Dan"), Role::Adjudicator});
        std::vector<Item> items;
        for (int i = 1; i <= itemCount; ++i)
            items.push_back(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
        (*workspace)->addItems(items);
        return std::move(*workspace);
    }

    static void label(Workspace &workspace, const QString &annotator,
                      const std::vector<std::pair<QString, int>> &labels)
    {
        QVERIFY(!workspace.startSession(annotator, SessionMode::Calibration));
        for (const auto &[itemId, labelId] : labels)
            QVERIFY(!workspace.commit(edits::setClassLabels(itemId, {}, {labelId}).forward));
    }

    static CalibrationPlan planFor(const QStringList &items)
    {
        CalibrationPlan plan;
        plan.name = QStringLiteral("Round 1");
        plan.participantIds = {QStringLiteral("alice"), QStringLiteral("carol")};
        plan.itemIds = items;
        return plan;
    }

private Q_SLOTS:
    void onlyTheLeadSetsUpSessionsAndPublishes()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const CalibrationPlan plan = planFor({QStringLiteral("i1"), QStringLiteral("i2")});

        QVERIFY(!workspace->addCalibrationPlan(plan)); // no session: refused
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        const Expected<CalibrationPlan> byAnnotator = workspace->addCalibrationPlan(plan);
        QVERIFY(!byAnnotator);
        QVERIFY2(byAnnotator.error().message.contains(QStringLiteral("may not")),
                 qPrintable(byAnnotator.error().message));
        QVERIFY(!workspace->publishGuidelineVersion(QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(!workspace->startSession(QStringLiteral("dan")));
        QVERIFY(!workspace->publishGuidelineVersion(QStringLiteral("x"), QStringLiteral("y")));
        QCOMPARE(workspace->project().currentGuidelineVersion, 1);
        QVERIFY(workspace->project().calibrations.empty());

        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        const Expected<CalibrationPlan> stored = workspace->addCalibrationPlan(plan);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toString()));
        QCOMPARE(stored->leadId, QStringLiteral("bob"));
        QVERIFY(stored->id.startsWith(QStringLiteral("cal-")));
        QVERIFY(workspace->publishGuidelineVersion(QStringLiteral("x"), QStringLiteral("y")));

        CalibrationPlan unknownItem = plan;
        unknownItem.itemIds.append(QStringLiteral("nope"));
        QVERIFY(!workspace->addCalibrationPlan(unknownItem));
        // Run again after a crash, the same set-up must not make a second "Round 1".
        const Expected<CalibrationPlan> again = workspace->addCalibrationPlan(plan);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("already exists")),
                 qPrintable(again.error().message));
        workspace.reset();

        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE(int((*reopened)->project().calibrations.size()), 1);
        QCOMPARE((*reopened)->project().calibrations.front(), *stored); // project.json round trip
    }

    void guidanceForOneLabelComesFromItsSections()
    {
        const QString text = QStringLiteral("# Guideline\nIntro.\n\n## Nodule\nRound, up to 3 "
                                            "cm.\n### Edge case: nodule\n- [a](concord-item:a)\n"
                                            "## Effusion\nBlunted angle.\n### Example: Nodule\n- "
                                            "[b](concord-item:b)\n#### Note\nsmall\n"
                                            "### Example: Nodule cluster\nnot this one\n");
        QCOMPARE(guidanceForLabel(text, QStringLiteral("Nodule")),
                 QStringLiteral(
                     "## Nodule\nRound, up to 3 cm.\n### Edge case: nodule\n- [a](concord-item:a)\n"
                     "### Example: Nodule\n- [b](concord-item:b)\n#### Note\nsmall"));
        QCOMPARE(guidanceForLabel(text, QStringLiteral("Effusion")),
                 QStringLiteral("## Effusion\nBlunted angle.\n### Example: Nodule\n- "
                                "[b](concord-item:b)\n#### Note\nsmall\n"
                                "### Example: Nodule cluster\nnot this one"));
        QVERIFY(guidanceForLabel(text, QStringLiteral("Tube")).isEmpty());
        // What "make guideline example" writes is found again.
        const QString withExample = withGuidelineExample(
            QStringLiteral("# G"), GuidelineExampleKind::EdgeCase, QStringLiteral("i1"),
            QStringLiteral("Nodule"), QStringLiteral("faint"));
        QVERIFY(guidanceForLabel(withExample, QStringLiteral("Nodule"))
                    .contains(itemLinkUrl(QStringLiteral("i1"))));
        // Headings that name the label by its path count too, and link text can be a file name.
        const QString byPath =
            withGuidelineExample(QString(), GuidelineExampleKind::Positive, QStringLiteral("i2"),
                                 QStringLiteral("Finding / Opacity / Nodule"), QString(),
                                 QStringLiteral("chest-02.png"));
        QCOMPARE(
            guidanceForLabel(byPath, QStringLiteral("Nodule")),
            QStringLiteral(
                "### Example: Finding / Opacity / Nodule\n\n- [chest-02.png](concord-item:i2)"));
    }

    void taxonomyChangesArePublishedByTheLeadOnly()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        Taxonomy edited = workspace->project().taxonomy;
        edited.add({0, QStringLiteral("Mass"), {}, {}, {}, 0, {}});
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        QVERIFY(
            !workspace->publishGuidelineVersion(QStringLiteral("x"), QStringLiteral("y"), edited));
        QVERIFY(!workspace->project().taxonomy.findByName(QStringLiteral("Mass")));

        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        const Expected<int> published = workspace->publishGuidelineVersion(
            QStringLiteral("Add mass"), QStringLiteral("y"), edited);
        QVERIFY(published);
        QCOMPARE(workspace->project().taxonomy, edited);
        // Both versions keep the taxonomy they were published with.
        const Project &project = workspace->project();
        QVERIFY(!project.taxonomyOf(*project.findGuideline(1)).findByName(QStringLiteral("Mass")));
        QVERIFY(project.taxonomyOf(*project.findGuideline(*published))
                    .findByName(QStringLiteral("Mass")));
        // A text-only version carries the current taxonomy forward.
        const Expected<int> textOnly =
            workspace->publishGuidelineVersion(QStringLiteral("z"), QStringLiteral("z"));
        QVERIFY(textOnly);
        QCOMPARE(*project.findGuideline(*textOnly)->taxonomy, edited);
    }

    void leafOnlyTaxonomyRefusesCategoriesInEdits()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        Taxonomy edited = workspace->project().taxonomy;
        const int nodule = edited.findByName(QStringLiteral("Nodule"))->id;
        const int solid = edited.add({0, QStringLiteral("Solid"), {}, {}, {}, nodule, {}});
        edited.setLeafLabelsOnly(true);
        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        QVERIFY(workspace->publishGuidelineVersion(QStringLiteral("Leaves"), QString(), edited));

        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        const MaybeError refused =
            workspace->commit(edits::setClassLabels(QStringLiteral("i1"), {}, {nodule}).forward);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QStringLiteral("category")),
                 qPrintable(refused->message));
        QVERIFY(!workspace->myWork(QStringLiteral("i1")));
        BoxAnnotation box;
        box.id = 1;
        box.labelId = nodule;
        box.rect = {1, 1, 5, 5};
        QVERIFY(workspace->commit(edits::addBox(QStringLiteral("i1"), box).forward));
        QVERIFY(
            !workspace->commit(edits::setClassLabels(QStringLiteral("i1"), {}, {solid}).forward));
        QCOMPARE(workspace->myWork(QStringLiteral("i1"))->classLabels.labelIds,
                 std::vector<int>{solid});
    }

    void referenceLabelsAreJournaledAndRoleChecked()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        const MaybeError refused = workspace->recordReferenceLabel(QStringLiteral("i1"), {1});
        QVERIFY(refused);
        QVERIFY(refused->message.contains(QStringLiteral("Annotator")));
        QVERIFY(!workspace->referenceLabel(QStringLiteral("i1")));

        QVERIFY(!workspace->startSession(QStringLiteral("dan"))); // adjudicators may settle items
        QVERIFY(!workspace->recordReferenceLabel(QStringLiteral("i1"), {2}));
        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        QVERIFY(workspace->recordReferenceLabel(QStringLiteral("i1"), {99})); // not in the taxonomy
        QTest::qWait(2); // distinct timestamps: the later reference wins
        QVERIFY(!workspace->recordReferenceLabel(QStringLiteral("i1"), {1},
                                                 QStringLiteral("spiculated")));
        QCOMPARE(workspace->referenceLabel(QStringLiteral("i1"))->labelIds, std::vector<int>{1});
        workspace.reset();

        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        QVERIFY((*reopened)->openProblems().empty());
        const std::optional<ReferenceLabel> reference =
            (*reopened)->referenceLabel(QStringLiteral("i1"));
        QVERIFY(reference);
        QCOMPARE(reference->labelIds, std::vector<int>{1});
        QCOMPARE(reference->note, QStringLiteral("spiculated"));
        QCOMPARE(reference->provenance.annotatorId, QStringLiteral("bob"));
        // The reference is not part of the lead's own reading of the item.
        QVERIFY(!WorkspaceInternals::store(**reopened)
                     .itemWork(QStringLiteral("bob"), QStringLiteral("i1")));
    }

    void referenceFromAnAnnotatorsJournalIsIgnored()
    {
        AnnotationStore store;
        JournalEvent forged;
        forged.annotatorId = QStringLiteral("alice");
        forged.itemId = QStringLiteral("i1");
        forged.op = ops::ReferenceSet;
        forged.data = Json{{"labels", Json::array({2})}};
        QVERIFY(store.apply(forged).isEmpty());
        QCOMPARE(store.work(QStringLiteral("alice"))->references().size(), 1);

        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        QVERIFY(!workspace->referenceLabel(QStringLiteral("i1"))); // nothing recorded by a lead
    }

    void samplingIsSeededAndStratified()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path(), 20);
        // One Nodule item among twenty Normal or unlabeled ones.
        label(*workspace, QStringLiteral("alice"),
              {{QStringLiteral("i7"), 1},
               {QStringLiteral("i1"), 2},
               {QStringLiteral("i2"), 2},
               {QStringLiteral("i3"), 2}});
        QCOMPARE(currentMajorityLabel(WorkspaceInternals::store(*workspace), QStringLiteral("i7")),
                 1);
        QCOMPARE(currentMajorityLabel(WorkspaceInternals::store(*workspace), QStringLiteral("i9")),
                 0);

        CalibrationSampleRequest request;
        request.count = 3;
        request.method = CalibrationSampling::StratifiedByLabel;
        const QStringList stratified = pickCalibrationItems(
            workspace->items(), WorkspaceInternals::store(*workspace), request);
        QCOMPARE(stratified.size(), 3);
        QVERIFY(stratified.contains(QStringLiteral("i7"))); // the rare finding is in
        int normal = 0;
        for (const QString &id : stratified)
            normal += currentMajorityLabel(WorkspaceInternals::store(*workspace), id) == 2 ? 1 : 0;
        QCOMPARE(normal, 1); // one per stratum: unlabeled, Nodule, Normal

        request.method = CalibrationSampling::Random;
        request.count = 5;
        const QStringList random = pickCalibrationItems(
            workspace->items(), WorkspaceInternals::store(*workspace), request);
        QCOMPARE(random.size(), 5);
        QCOMPARE(QSet<QString>(random.begin(), random.end()).size(), 5);
        QCOMPARE(pickCalibrationItems(workspace->items(), WorkspaceInternals::store(*workspace),
                                      request),
                 random);
        request.seed = 2;
        QVERIFY(pickCalibrationItems(workspace->items(), WorkspaceInternals::store(*workspace),
                                     request) != random);

        request.method = CalibrationSampling::ByHand;
        request.handPicked = {QStringLiteral("i5"), QStringLiteral("i2"), QStringLiteral("zzz")};
        QCOMPARE(pickCalibrationItems(workspace->items(), WorkspaceInternals::store(*workspace),
                                      request),
                 (QStringList{QStringLiteral("i2"), QStringLiteral("i5")}));
    }

    void disagreementScoresItems()
    {
        QCOMPARE(itemDisagreement({{1, 3}}, 3), 0.0);
        QCOMPARE(itemDisagreement({{1, 1}}, 1), 0.0);
        QCOMPARE(itemDisagreement({{1, 1}, {2, 1}}, 2), 1.0);
        QVERIFY(qFuzzyCompare(itemDisagreement({{1, 2}, {2, 1}}, 3), 2.0 / 3.0));
    }

    void reviewSortsByDisagreementAndSummaryMeasuresAgreement()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        // i1 A/A, i2 A/B, i3 B/B, i4 B/B: percent agreement 3/4, Fleiss' kappa 0.4667.
        label(*workspace, QStringLiteral("alice"),
              {{QStringLiteral("i1"), 1},
               {QStringLiteral("i2"), 1},
               {QStringLiteral("i3"), 2},
               {QStringLiteral("i4"), 2}});
        label(*workspace, QStringLiteral("carol"),
              {{QStringLiteral("i1"), 1},
               {QStringLiteral("i2"), 2},
               {QStringLiteral("i3"), 2},
               {QStringLiteral("i4"), 2}});
        const CalibrationPlan plan = planFor({QStringLiteral("i1"), QStringLiteral("i2"),
                                              QStringLiteral("i3"), QStringLiteral("i4")});
        const std::vector<CalibrationItemReview> review =
            reviewCalibration(plan, WorkspaceInternals::store(*workspace));
        QCOMPARE(int(review.size()), 4);
        QCOMPARE(review.front().itemId, QStringLiteral("i2"));
        QCOMPARE(review.front().disagreement, 1.0);
        QCOMPARE(review.front().readers, 2);
        QCOMPARE(int(review.front().readings.size()), 2);
        QCOMPARE(review.front().votes.at(1), 1);
        QCOMPARE(review.front().votes.at(2), 1);
        QCOMPARE(review[1].itemId, QStringLiteral("i1")); // ties keep plan order
        QCOMPARE(review[1].disagreement, 0.0);

        const CalibrationSummary summary = summarizeCalibration(
            workspace->project(), workspace->items(), WorkspaceInternals::store(*workspace), plan);
        QCOMPARE(summary.items, 4);
        QCOMPARE(summary.ratedItems, 4);
        QCOMPARE(summary.participants, 2);
        QVERIFY(summary.percentAgreement.value);
        QVERIFY(qAbs(*summary.percentAgreement.value - 0.75) < 1e-12);
        QVERIFY(summary.fleissKappa.value);
        QVERIFY(qAbs(*summary.fleissKappa.value - (0.75 - 34.0 / 64) / (1 - 34.0 / 64)) < 1e-12);
    }

    void calibrationReadStartsBlankAndCountsOnlyItself()
    {
        // Alice labelled i1 as Nodule in ordinary work. The calibration session samples i1:
        // her read must start blank, and the review must count what she read in it alone.
        QTemporaryDir dir;
        const QString alice = QStringLiteral("alice");
        const QString carol = QStringLiteral("carol");
        const QString i1 = QStringLiteral("i1");
        QString planId;
        {
            auto workspace = makeProject(dir.path());
            QVERIFY(!workspace->startSession(alice));
            QVERIFY(!workspace->commit(edits::setClassLabels(i1, {}, {1}).forward));
            QVERIFY(!workspace->commit(
                edits::setItemStatus(i1, ItemStatus::InProgress, ItemStatus::Done).forward));

            QVERIFY(!workspace->startSession(QStringLiteral("bob")));
            const Expected<CalibrationPlan> plan =
                workspace->plans().addCalibrationPlan(planFor({i1, QStringLiteral("i2")}));
            QVERIFY(plan);
            planId = plan->id;
            // A reader who is not a participant cannot open a read of the session.
            QVERIFY(
                workspace->startSession(QStringLiteral("dan"), SessionMode::Calibration, planId));

            QVERIFY(!workspace->startSession(alice, SessionMode::Calibration, planId));
            QCOMPARE(workspace->readingPlan()->id, planId);
            QCOMPARE(workspace->myWork(i1), nullptr);
            QCOMPARE(workspace->myStatus(i1), ItemStatus::New);
            QCOMPARE(workspace->visibleWork(alice, i1), nullptr);
            QVERIFY(!workspace->commit(edits::setClassLabels(i1, {}, {2}).forward));
            QVERIFY(!workspace->commit(
                edits::setItemStatus(i1, ItemStatus::InProgress, ItemStatus::Done).forward));
            QCOMPARE(workspace->myWork(i1)->classLabels.labelIds, std::vector<int>{2});

            // Carol sees Alice's reading in the session once she has submitted the item, and
            // never Alice's ordinary work.
            QVERIFY(!workspace->startSession(carol, SessionMode::Calibration, planId));
            QVERIFY(!workspace->commit(edits::setClassLabels(i1, {}, {2}).forward));
            QCOMPARE(workspace->visibleWork(alice, i1), nullptr);
            QVERIFY(workspace->visibleStore().allWork().count(alice) == 0);
            QVERIFY(!workspace->commit(
                edits::setItemStatus(i1, ItemStatus::InProgress, ItemStatus::Done).forward));
            QCOMPARE(workspace->visibleWork(alice, i1)->classLabels.labelIds, std::vector<int>{2});
            QCOMPARE(workspace->visibleStore().itemWork(alice, i1)->classLabels.labelIds,
                     std::vector<int>{2});
            QVERIFY(!workspace->endSession());
        }
        // From the journals alone: the two readings are apart.
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        Workspace &workspace = **reopened;
        QVERIFY(!workspace.startSession(QStringLiteral("bob")));
        const Expected<CalibrationReviewReport> report =
            workspace.plans().calibrationReview(planId);
        QVERIFY(report);
        const auto first =
            std::find_if(report->items.begin(), report->items.end(),
                         [&](const CalibrationItemReview &review) { return review.itemId == i1; });
        QVERIFY(first != report->items.end());
        QCOMPARE(first->readers, 2);
        QCOMPARE(first->votes, (std::map<int, int>{{2, 2}})); // Alice's Nodule is not counted
        QCOMPARE(first->disagreement, 0.0);
        QCOMPARE(report->summary.ratedItems, 1);
        QVERIFY(report->summary.percentAgreement.value);
        QCOMPARE(*report->summary.percentAgreement.value, 1.0);
        // Her ordinary work is untouched by the calibration read.
        QCOMPARE(workspace.visibleWork(alice, i1)->classLabels.labelIds, std::vector<int>{1});
        QVERIFY(!workspace.startSession(alice));
        QCOMPARE(workspace.myWork(i1)->classLabels.labelIds, std::vector<int>{1});
        QCOMPARE(workspace.readingPlan(), nullptr);
    }

    void sessionsRecordTheRoleTheyRanWith()
    {
        // Roles are chosen on trust; the journal keeps which role each session had.
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        const QString journal =
            workspace->folder().sessionJournalFile(QStringLiteral("bob"), workspace->session().id);
        QVERIFY(!workspace->endSession());
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray first = file.readLine();
        QVERIFY2(first.contains("\"op\":\"session.start\"") && first.contains("\"role\":\"lead\""),
                 first.constData());
    }

    void labelsUsedOnlyByPolygonsAndCalibrationReadsCountAsUsed()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        const Expected<CalibrationPlan> plan =
            workspace->plans().addCalibrationPlan(planFor({QStringLiteral("i1")}));
        QVERIFY(plan);
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        PolygonAnnotation polygon;
        polygon.id = 7;
        polygon.labelId = 1;
        polygon.vertices = {{1, 1}, {9, 1}, {5, 8}};
        QVERIFY(!workspace->commit(edits::addPolygon(QStringLiteral("i1"), polygon).forward));
        QCOMPARE(workspace->visibility().usedLabelIds(), (std::set<int>{1}));
        QVERIFY(
            !workspace->startSession(QStringLiteral("carol"), SessionMode::Calibration, plan->id));
        QVERIFY(!workspace->commit(edits::setClassLabels(QStringLiteral("i1"), {}, {2}).forward));
        QCOMPARE(workspace->visibility().usedLabelIds(), (std::set<int>{1, 2}));
    }

    void guidelineExamplesLinkToItems()
    {
        const QString id = QStringLiteral("chest 01/a");
        QCOMPARE(itemIdFromLink(itemLinkUrl(id)), std::optional<QString>(id));
        QVERIFY(!itemIdFromLink(QStringLiteral("https://example.org")));
        QVERIFY(!itemIdFromLink(QStringLiteral("concord-item:")));
        const QString text =
            withGuidelineExample(QStringLiteral("# Nodules\n"), GuidelineExampleKind::EdgeCase, id,
                                 QStringLiteral("Nodule"), QStringLiteral(" Nipple shadow "));
        QVERIFY2(text.startsWith(QStringLiteral("# Nodules\n\n### Edge case: Nodule\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("(concord-item:chest%2001%2Fa): Nipple shadow")));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
