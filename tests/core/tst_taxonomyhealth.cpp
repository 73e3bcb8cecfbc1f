// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/qualityworkflow.h"
#include "core/quality/taxonomyhealth.h"
#include "core/quality/taxonomyhealthjson.h"

#include <QTemporaryDir>

#include <QTest>
#include <opencv2/core.hpp>

#include <random>

using namespace concord;

// Taxonomy health (docs/quality.md, "Taxonomy health"): confusion against chance, gaps, and
// the role check. Reader data is generated with fixed seeds.
class TestTaxonomyHealth : public QObject
{
    Q_OBJECT

    Project m_project;
    ItemList m_items;
    AnnotationStore m_store;

    int label(const char *name) const
    {
        return m_project.taxonomy.findByName(QLatin1String(name))->id;
    }

    void reset(const QString &taxonomy, ClassificationMode mode, int itemCount)
    {
        m_project = Project::create(QStringLiteral("health"), Taxonomy::fromIndentedText(taxonomy));
        m_project.classificationMode = mode;
        m_items = ItemList();
        for (int i = 0; i < itemCount; ++i)
            m_items.add(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
        m_store = AnnotationStore();
    }

    void answer(const QString &reader, int item, std::vector<int> labels,
                ItemStatus status = ItemStatus::Done, std::vector<BoxAnnotation> boxes = {},
                std::vector<MaskAnnotation> masks = {})
    {
        ItemWork work;
        work.masks = std::move(masks);
        std::sort(labels.begin(), labels.end());
        work.classLabels.labelIds = labels;
        work.boxes = std::move(boxes);
        work.explicitStatus = status;
        work.statusMs = 1796000000000 + item; // Monday 2026-11-30
        m_store.workFor(reader).restoreItem(QStringLiteral("i%1").arg(item), work);
    }

    // Three readers label `itemCount` items with one of five labels. Each gives the truth, except
    // that with probability `noise` they give a label drawn uniformly from all five, and with
    // probability `swap` they give B for A and A for B.
    void generate(int itemCount, double noise, double swap, unsigned seed)
    {
        reset(QStringLiteral("A\nB\nC\nD\nE"), ClassificationMode::SingleLabel, itemCount);
        std::mt19937 random(seed);
        std::uniform_real_distribution<double> unit(0, 1);
        std::uniform_int_distribution<int> anyLabel(0, 4);
        const std::vector<int> ids{label("A"), label("B"), label("C"), label("D"), label("E")};
        for (int i = 0; i < itemCount; ++i) {
            const int truth = anyLabel(random);
            for (const char *reader : {"r1", "r2", "r3"}) {
                int given = truth;
                if (unit(random) < noise)
                    given = anyLabel(random);
                else if (truth <= 1 && unit(random) < swap)
                    given = 1 - truth;
                answer(QLatin1String(reader), i, {ids[size_t(given)]});
            }
        }
    }

    TaxonomyHealth analyze() const { return analyzeTaxonomyHealth(m_project, m_items, m_store); }

private Q_SLOTS:
    void expectedRateIsChanceScaledToTheObservedDisagreement()
    {
        // Two readers: A/A, A/B, B/B, C/C. Shares A 3/8, B 3/8, C 2/8; chance of {A,B} is
        // 2(3/8)(3/8) = 9/32 and of all pairs 1 - (9+9+4)/64 = 21/32; observed disagreement 1/4,
        // so expected {A,B} = 9/32 * (1/4) / (21/32) = 3/28.
        reset(QStringLiteral("A\nB\nC"), ClassificationMode::SingleLabel, 4);
        const int a = label("A"), b = label("B"), c = label("C");
        const std::vector<std::pair<int, int>> reads{{a, a}, {a, b}, {b, b}, {c, c}};
        for (int i = 0; i < 4; ++i) {
            answer(QStringLiteral("r1"), i, {reads[size_t(i)].first});
            answer(QStringLiteral("r2"), i, {reads[size_t(i)].second});
        }
        const TaxonomyHealth health = analyze();
        QCOMPARE(health.comparedItems, qint64(4));
        QCOMPARE(health.confusable.size(), size_t(1));
        const ConfusablePair &pair = health.confusable.front();
        QCOMPARE(pair.labelA, a);
        QCOMPARE(pair.labelB, b);
        QCOMPARE(pair.confusions, qint64(1));
        QCOMPARE(pair.comparisons, qint64(4));
        QCOMPARE(pair.rate, 0.25);
        QVERIFY(qAbs(pair.expected - 3.0 / 28.0) < 1e-12);
        QVERIFY(pair.lower < pair.rate && pair.rate < pair.upper);
        QVERIFY(!pair.flagged); // one confusion proves nothing
        QCOMPARE(pair.itemIds, QStringList{QStringLiteral("i1")});
        QCOMPARE(pair.instances.front().readerA, QStringLiteral("r1")); // r1 gave A
        QCOMPARE(pair.splitItems, 1);
        QCOMPARE(health.splitItems, 1);
    }

    void swappedPairIsRankedFirstAndFlagged()
    {
        generate(300, 0.10, 0.25, 17);
        const TaxonomyHealth health = analyze();
        QVERIFY(!health.confusable.empty());
        const ConfusablePair &top = health.confusable.front();
        QCOMPARE(top.kind, ConfusionKind::ImageLabels);
        QCOMPARE(top.labelA, label("A"));
        QCOMPARE(top.labelB, label("B"));
        QVERIFY(top.flagged);
        QVERIFY2(top.ratio() > 2, qPrintable(QString::number(top.ratio())));
        // Only the swapped pair stands out: noise spread over all labels flags nothing else.
        for (size_t i = 1; i < health.confusable.size(); ++i)
            QVERIFY2(!health.confusable[i].flagged,
                     qPrintable(m_project.taxonomy.pathOf(health.confusable[i].labelA) +
                                QLatin1Char('/') +
                                m_project.taxonomy.pathOf(health.confusable[i].labelB)));
    }

    void chanceLevelConfusionIsNotFlagged()
    {
        // Disagreement spread evenly over the labels: no pair is confused beyond chance. The
        // flag holds for all pairs of a project together at 95 %, so of 200 generated projects
        // at most about 10 (5 %) should have any pair flagged; this run has 7. The same
        // projects with A and B swapped a quarter of the time flag that pair first in every one.
        int projectsFlagged = 0, swapsFound = 0;
        for (unsigned seed = 1; seed <= 200; ++seed) {
            generate(300, 0.35, 0.0, seed);
            const TaxonomyHealth health = analyze();
            QCOMPARE(health.confusable.size(), size_t(10)); // every pair of five labels occurs
            projectsFlagged += std::any_of(health.confusable.begin(), health.confusable.end(),
                                           [](const ConfusablePair &p) { return p.flagged; });
            generate(300, 0.35, 0.25, seed);
            const TaxonomyHealth swapped = analyze();
            swapsFound += swapped.confusable.front().labelA == label("A") &&
                          swapped.confusable.front().flagged;
        }
        QVERIFY2(projectsFlagged <= 15, qPrintable(QString::number(projectsFlagged)));
        QCOMPARE(swapsFound, 200);
    }

    void confusedBoxesAreMatchedByPlaceNotLabel()
    {
        reset(QStringLiteral("Nodule\nMass\nTube"), ClassificationMode::MultiLabel, 12);
        for (int i = 0; i < 12; ++i) {
            const auto box = [&](const char *name, double x) {
                return BoxAnnotation{quint64(x + 1), label(name), ImageRect{x, 10, 20, 20}, {}, {}};
            };
            // The same two findings; ben calls the first one a mass on every item.
            answer(QStringLiteral("ann"), i, {}, ItemStatus::Done,
                   {box("Nodule", 0), box("Tube", 100)});
            answer(QStringLiteral("ben"), i, {}, ItemStatus::Done,
                   {box("Mass", 1), box("Tube", 100)});
        }
        const TaxonomyHealth health = analyze();
        QCOMPARE(health.comparisons[int(ConfusionKind::Boxes)], qint64(24));
        QVERIFY(!health.confusable.empty());
        const ConfusablePair &top = health.confusable.front();
        QCOMPARE(top.kind, ConfusionKind::Boxes);
        QCOMPARE(top.labelA, label("Nodule"));
        QCOMPARE(top.labelB, label("Mass"));
        QCOMPARE(top.confusions, qint64(12));
        QCOMPARE(top.itemIds.size(), 12);
        QVERIFY(top.flagged);
    }

    // Review finding: the assignment maximised raw IoU and dropped weak pairs afterwards, so two
    // weak pairs (0.40 + 0.43) beat the one real match (0.60) and the item had no comparison.
    void regionsMatchOnlyAboveTheThreshold()
    {
        reset(QStringLiteral("Nodule\nMass"), ClassificationMode::MultiLabel, 1);
        // One row of pixels: R1 = x 0-9, R2 = x 3-5 and 10; C1 = x 0-5, C2 = x 6-9.
        const auto mask = [&](quint64 id, const char *name, std::vector<std::pair<int, int>> runs) {
            cv::Mat1b row(1, 12, uchar(0));
            for (const auto &[from, to] : runs)
                row.colRange(from, to + 1).setTo(1);
            return MaskAnnotation{id, label(name), maskFromImage(row), {}, {}};
        };
        answer(QStringLiteral("ann"), 0, {}, ItemStatus::Done, {},
               {mask(1, "Nodule", {{0, 9}}), mask(2, "Nodule", {{3, 5}, {10, 10}})});
        answer(QStringLiteral("ben"), 0, {}, ItemStatus::Done, {},
               {mask(1, "Mass", {{0, 5}}), mask(2, "Nodule", {{6, 9}})});
        const TaxonomyHealth health = analyze();
        QCOMPARE(health.comparisons[int(ConfusionKind::Regions)], qint64(1)); // R1 with C1
        QCOMPARE(health.confusable.size(), size_t(1));
        QCOMPARE(health.confusable.front().kind, ConfusionKind::Regions);
        QCOMPARE(health.confusable.front().labelB, label("Mass"));
    }

    // Review finding: with one item there is no spread between items, and twenty boxes of one
    // image and one pair of readers counted as twenty independent observations flagged a pair.
    void oneItemNeverFlags()
    {
        reset(QStringLiteral("A\nB\nC"), ClassificationMode::MultiLabel, 1);
        std::vector<BoxAnnotation> first, second;
        for (int i = 0; i < 20; ++i) {
            const ImageRect place{double(30 * i), 0, 20, 20};
            first.push_back(
                BoxAnnotation{quint64(i + 1), label(i < 10 ? "A" : "C"), place, {}, {}});
            second.push_back(
                BoxAnnotation{quint64(i + 1), label(i < 10 ? "B" : "C"), place, {}, {}});
        }
        answer(QStringLiteral("ann"), 0, {}, ItemStatus::Done, first);
        answer(QStringLiteral("ben"), 0, {}, ItemStatus::Done, second);
        const TaxonomyHealth health = analyze();
        QCOMPARE(health.confusable.size(), size_t(1));
        QCOMPARE(health.confusable.front().confusions, qint64(10));
        QVERIFY(!health.confusable.front().flagged);
    }

    void oneReaderSaysItNeedsTwo()
    {
        reset(QStringLiteral("A\nB"), ClassificationMode::SingleLabel, 5);
        for (int i = 0; i < 5; ++i)
            answer(QStringLiteral("solo"), i, {label(i % 2 ? "A" : "B")});
        const TaxonomyHealth health = analyze();
        QCOMPARE(health.readers, 1);
        QVERIFY(health.needsTwoReaders);
        QVERIFY(health.confusable.empty());
        const Json json = taxonomyHealthToJson(health, m_project, m_items);
        QVERIFY(json.at("needs_two_readers").get<bool>());
        QCOMPARE(json.at("confusable").size(), size_t(0));
    }

    void gapsAreCounted()
    {
        reset(QStringLiteral("Finding\n  Nodule\n  Mass\nNormal"), ClassificationMode::MultiLabel,
              6);
        m_project.taxonomy.setLeafLabelsOnly(true);
        answer(QStringLiteral("ann"), 0, {label("Nodule")});
        answer(QStringLiteral("ann"), 1, {}, ItemStatus::Skipped);
        answer(QStringLiteral("ann"), 2, {}); // done, but nothing fitted
        answer(QStringLiteral("ben"), 2, {});
        answer(QStringLiteral("ann"), 3, {label("Normal")});
        answer(QStringLiteral("ben"), 3, {label("Normal")});
        answer(QStringLiteral("ben"), 4, {label("Mass")});
        const TaxonomyHealth health = analyze();
        QCOMPARE(health.skippedItemIds, QStringList{QStringLiteral("i1")});
        QCOMPARE(health.unlabeledItemIds, QStringList{QStringLiteral("i2")});
        QCOMPARE(health.catchAllLabelIds, std::vector<int>{label("Normal")});
        QCOMPARE(health.catchAllByReader.size(), size_t(2));
        QCOMPARE(health.catchAllByReader[0].readerId, QStringLiteral("ann"));
        QCOMPARE(health.catchAllByReader[0].share.trials,
                 qint64(3)); // i0, i2, i3: skipped is not submitted
        QCOMPARE(health.catchAllByReader[0].share.successes, qint64(1));
        QCOMPARE(health.catchAllByWeek.size(), size_t(1));
        QCOMPARE(health.catchAllByWeek[0].week, QStringLiteral("2026-W49"));
        QCOMPARE(health.catchAllByWeek[0].share.trials, qint64(6));
        // The taxonomy has a gap: a finding that is neither a nodule nor a mass has no label.
        const auto gap = std::find_if(health.warnings.begin(), health.warnings.end(),
                                      [](const TaxonomyWarning &w) {
                                          return w.kind == TaxonomyWarning::Kind::UncoveredParent;
                                      });
        QVERIFY(gap != health.warnings.end());
        QCOMPARE(gap->labelIds, std::vector<int>{label("Finding")});
        const Json json = taxonomyHealthToJson(health, m_project, m_items);
        QCOMPARE(json.at("uncovered").at("skipped").get<int>(), 1);
        QCOMPARE(json.at("uncovered").at("unlabeled").get<int>(), 1);
        bool warned = false;
        for (const Json &w : json.at("warnings"))
            warned = warned || (w.at("kind") == "uncovered-parent" && w.at("label") == "Finding");
        QVERIFY(warned);
    }

    // Notes that keep naming a concept no label has, and the role check of the window's entry.
    void notesNameAMissingConceptAndReadersAreRefused()
    {
        QTemporaryDir dir;
        Project project =
            Project::create(QStringLiteral("notes"),
                            Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal\nMass")));
        auto created = Workspace::create(dir.path(), project);
        QVERIFY(created);
        Workspace &workspace = **created;
        QVERIFY(!workspace.addAnnotator({QStringLiteral("ann"), QStringLiteral("Ann")}));
        QVERIFY(
            !workspace.addAnnotator({QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}));
        std::vector<Item> items;
        for (int i = 0; i < 4; ++i)
            items.push_back(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
        QVERIFY(workspace.addItems(items));
        QVERIFY(!workspace.startSession(QStringLiteral("lea")));
        const int nodule = workspace.project().taxonomy.findByName(QStringLiteral("Nodule"))->id;
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                !workspace.recordReferenceLabel(QStringLiteral("i%1").arg(i), {nodule},
                                                QStringLiteral("Calcified granuloma, no masses")));
        QVERIFY(!workspace.recordReferenceLabel(QStringLiteral("i3"), {nodule},
                                                QStringLiteral("Small nodule")));
        const Expected<TaxonomyHealth> health = QualityWorkflow(workspace).taxonomyHealth();
        QVERIFY(health);
        // "granuloma" and "calcified" on three items; "nodule" and "masses" name labels (review
        // finding: the plural of "Mass" was taken for "mas"); "small" is on one item.
        QCOMPARE(health->recurringTerms.size(), size_t(2));
        QCOMPARE(health->recurringTerms[0].term, QStringLiteral("calcified"));
        QCOMPARE(health->recurringTerms[1].term, QStringLiteral("granuloma"));
        QCOMPARE(health->recurringTerms[1].items, 3);
        QVERIFY(!workspace.endSession());

        QVERIFY(!workspace.startSession(QStringLiteral("ann")));
        const Expected<TaxonomyHealth> refused = QualityWorkflow(workspace).taxonomyHealth();
        QVERIFY(!refused);
        QVERIFY(refused.error().toString().contains(QStringLiteral("Taxonomy health")));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyHealth)
#include "tst_taxonomyhealth.moc"
