// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/maskagreement.h"

#include "core/geometry/overlapmetrics.h"

#include <QTest>

#include <cmath>

using namespace concord;

// Mask agreement between readers, per item and label, on masks whose overlaps and distances
// are worked out by hand.
class TestMaskAgreement : public QObject
{
    Q_OBJECT

private:
    Project m_project = Project::create(
        QStringLiteral("Masks"),
        Taxonomy::fromIndentedText(QStringLiteral("Finding\n  Nodule\n  Effusion\nNormal\n")));
    ItemList m_items;
    AnnotationStore m_store;

    int label(const char *name) const
    {
        return m_project.taxonomy.findByName(QLatin1String(name))->id;
    }

    static BinaryMask square(int x, int y, int w, int h)
    {
        return BinaryMask{cv::Rect(x, y, w, h), cv::Mat1b(h, w, uchar(1))};
    }

    // A rectangle [x0, x1) x [y0, y1) drawn as a polygon: it covers exactly the pixels whose
    // centres lie inside, as the same rectangle painted as a mask would.
    static std::vector<ImagePoint> rectangle(double x0, double y0, double x1, double y1)
    {
        return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    }

    // Sets a reader's whole work on an item: these masks and polygons, marked done.
    void read(const char *reader, const char *item,
              std::vector<std::pair<const char *, BinaryMask>> masks,
              std::vector<std::pair<const char *, std::vector<ImagePoint>>> polygons = {})
    {
        ItemWork work;
        work.explicitStatus = ItemStatus::Done;
        quint64 id = 1;
        for (auto &[name, mask] : masks)
            work.masks.push_back(MaskAnnotation{id++, label(name), std::move(mask), {}});
        for (auto &[name, vertices] : polygons)
            work.polygons.push_back(PolygonAnnotation{id++, label(name), std::move(vertices), {}});
        m_store.workFor(QLatin1String(reader)).restoreItem(QLatin1String(item), work);
    }

    // The items of init(), with i3 given this pixel spacing.
    void setItems(std::optional<PixelSpacing> spacingOfI3)
    {
        m_items = ItemList();
        for (int i = 1; i <= 4; ++i) {
            Item item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.dcm").arg(i)};
            if (i == 3)
                item.pixelSpacing = spacingOfI3;
            m_items.add(item);
        }
    }

private Q_SLOTS:
    void init()
    {
        setItems(std::nullopt);
        m_store = AnnotationStore();
        // i1: the same nodule, shifted by half its width: Dice 1/2, IoU 1/3.
        read("a", "i1", {{"Nodule", square(0, 0, 10, 10)}});
        read("b", "i1", {{"Nodule", square(5, 0, 10, 10)}});
        // i2: a marks an effusion b does not see (b read it: done, nothing drawn).
        read("a", "i2", {{"Effusion", square(20, 20, 4, 4)}});
        read("b", "i2", {});
        // i3: one pixel each, 3 across and 4 down apart: every boundary distance is 5.
        read("a", "i3", {{"Nodule", square(0, 0, 1, 1)}});
        read("b", "i3", {{"Nodule", square(3, 4, 1, 1)}});
        // i4: only a read it.
        read("a", "i4", {{"Nodule", square(0, 0, 3, 3)}});
    }

    void comparesEachItemAndLabel()
    {
        const auto pairs = pairwiseMaskAgreement(m_project, m_items, m_store, {});
        QCOMPARE(pairs.size(), size_t(1));
        const ReaderPairMaskAgreement &p = pairs.front();
        QCOMPARE(p.readerA, QStringLiteral("a"));
        QCOMPARE(p.comparisons.size(), size_t(3));

        const MaskComparison &shifted = p.comparisons[0];
        QCOMPARE(shifted.itemId, QStringLiteral("i1"));
        QCOMPARE(shifted.dice, 0.5);
        QCOMPARE(shifted.iou, 1.0 / 3.0);
        QCOMPARE(shifted.areaA, 100);
        QVERIFY(shifted.hausdorff95.has_value());

        const MaskComparison &missed = p.comparisons[1];
        QCOMPARE(missed.labelId, label("Effusion"));
        QCOMPARE(missed.dice, 0.0);
        QCOMPARE(missed.areaB, 0);
        QVERIFY(!missed.hausdorff95);

        const MaskComparison &apart = p.comparisons[2];
        QCOMPARE(apart.dice, 0.0);
        QCOMPARE(*apart.hausdorff95, 5.0);
        QVERIFY(!apart.spacing); // no item records spacing here: pixels

        QCOMPARE(*p.meanDice, 0.5 / 3.0);
        QCOMPARE(*p.meanIoU, (1.0 / 3.0) / 3.0);
        QCOMPARE(p.hausdorff95Px.comparisons, 2);
        QCOMPARE(*p.hausdorff95Px.mean, (*shifted.hausdorff95 + 5.0) / 2.0);
        QCOMPARE(p.hausdorff95Mm.comparisons, 0);
        QVERIFY(!p.hausdorff95Mm.mean);
        QVERIFY(p.spacingSources.isEmpty());
    }

    // i3 with rows 0.5 mm and columns 0.2 mm apart. a: pixel (0, 0); b: pixels (3, 4) and
    // (4, 4), all on their boundaries. Distances (column offset × 0.2, row offset × 0.5):
    // a to B: sqrt(0.6² + 2²) = sqrt(4.36); (3, 4) to A: sqrt(4.36); (4, 4) to A: sqrt(0.8² + 2²)
    // = sqrt(4.64). HD95 of {sqrt 4.36, sqrt 4.36, sqrt 4.64}: rank 0.95 × 2 = 1.9, so
    // sqrt(4.36) + 0.9 (sqrt(4.64) - sqrt(4.36)). Swapping the axes' spacing would give another
    // value, so this checks rows and columns are not mixed up.
    void hausdorffIsInMillimetresWhereTheItemRecordsSpacing()
    {
        setItems(PixelSpacing{0.5, 0.2, QStringLiteral("PixelSpacing")});
        read("b", "i3", {{"Nodule", square(3, 4, 2, 1)}});
        const auto pairs = pairwiseMaskAgreement(m_project, m_items, m_store, {});
        const ReaderPairMaskAgreement &p = pairs.front();
        const MaskComparison &mm = p.comparisons[2];
        QCOMPARE(mm.itemId, QStringLiteral("i3"));
        QVERIFY(mm.spacing.has_value());
        QCOMPARE(mm.spacing->source, QStringLiteral("PixelSpacing"));
        const double expected = std::sqrt(4.36) + 0.9 * (std::sqrt(4.64) - std::sqrt(4.36));
        QVERIFY2(std::abs(*mm.hausdorff95 - expected) < 1e-12,
                 qPrintable(QString::number(*mm.hausdorff95, 'g', 17)));

        // Millimetres and pixels are averaged apart: i1 (no spacing) stays in pixels.
        QCOMPARE(p.hausdorff95Mm.comparisons, 1);
        QVERIFY(std::abs(*p.hausdorff95Mm.mean - expected) < 1e-12);
        QCOMPARE(p.hausdorff95Px.comparisons, 1);
        QCOMPARE(*p.hausdorff95Px.mean, *p.comparisons[0].hausdorff95);
        QVERIFY(!p.comparisons[0].spacing);
        QCOMPARE(p.spacingSources, QStringList{QStringLiteral("PixelSpacing")});
    }

    // Two readers who outline the same regions as polygons are compared like masks: the same
    // Dice, IoU and HD95 as the squares of comparesEachItemAndLabel.
    void polygonsAreComparedLikeMasks()
    {
        m_store = AnnotationStore();
        read("a", "i1", {}, {{"Nodule", rectangle(0, 0, 10, 10)}});
        read("b", "i1", {}, {{"Nodule", rectangle(5, 0, 15, 10)}});
        const auto pairs = pairwiseMaskAgreement(m_project, m_items, m_store, {});
        QCOMPARE(pairs.size(), size_t(1));
        QCOMPARE(pairs.front().comparisons.size(), size_t(1));
        const MaskComparison &c = pairs.front().comparisons.front();
        QCOMPARE(c.areaA, 100);
        QCOMPARE(c.areaB, 100);
        QCOMPARE(c.dice, 0.5);
        QCOMPARE(c.iou, 1.0 / 3.0);
        const PixelSpacing unit{1, 1, QString()};
        QCOMPARE(*c.hausdorff95,
                 *surfaceDistance(square(0, 0, 10, 10), square(5, 0, 10, 10), unit).hausdorff95);
    }

    // One reader's polygon against the other's mask: |A| = 100, |B| = 50, all of B inside A,
    // so Dice = 2 × 50 / 150 = 2/3 and IoU = 50 / 100.
    void polygonAgainstMask()
    {
        m_store = AnnotationStore();
        read("a", "i1", {}, {{"Nodule", rectangle(0, 0, 10, 10)}});
        read("b", "i1", {{"Nodule", square(0, 0, 10, 5)}});
        const MaskComparison c =
            pairwiseMaskAgreement(m_project, m_items, m_store, {}).front().comparisons.front();
        QCOMPARE(c.dice, 2.0 / 3.0);
        QCOMPARE(c.iou, 0.5);
    }

    // A reader's polygons and masks of one label are one region: a's polygon [0, 10) and mask
    // [10, 20) together are exactly b's mask [0, 20). Polygons are clipped to the image: on an
    // 8 x 8 item the polygon [0, 10)² covers 64 pixels.
    void polygonsJoinTheMasksOfTheirLabelWithinTheImage()
    {
        m_store = AnnotationStore();
        read("a", "i1", {{"Nodule", square(10, 0, 10, 10)}}, {{"Nodule", rectangle(0, 0, 10, 10)}});
        read("b", "i1", {{"Nodule", square(0, 0, 20, 10)}});
        read("a", "i2", {}, {{"Effusion", rectangle(0, 0, 10, 10)}});
        read("b", "i2", {{"Effusion", square(0, 0, 8, 8)}});
        m_items = ItemList();
        m_items.add(Item{QStringLiteral("i1"), QStringLiteral("1.png")});
        m_items.add(Item{QStringLiteral("i2"), QStringLiteral("2.png"), QString(), 8, 8});
        const auto comparisons =
            pairwiseMaskAgreement(m_project, m_items, m_store, {}).front().comparisons;
        QCOMPARE(comparisons.size(), size_t(2));
        QCOMPARE(comparisons[0].areaA, 200);
        QCOMPARE(comparisons[0].dice, 1.0);
        QCOMPARE(*comparisons[0].hausdorff95, 0.0);
        QCOMPARE(comparisons[1].areaA, 64);
        QCOMPARE(comparisons[1].dice, 1.0);
    }

    // A gigapixel slide read by tile (docs/viewer.md "Big rasters") costs what its outlines
    // cover, not its size: polygons near opposite corners of a 60000 x 60000 item are compared
    // without a full-image buffer (3.6 GB here), and their distance is the true one.
    void outlinesOnAGigapixelItemCostTheirOwnSize()
    {
        m_store = AnnotationStore();
        read("a", "i1", {}, {{"Nodule", rectangle(0, 0, 10, 10)}});
        read("b", "i1", {}, {{"Nodule", rectangle(59990, 59990, 60000, 60000)}});
        m_items = ItemList();
        m_items.add(
            Item{QStringLiteral("i1"), QStringLiteral("slide.tif"), QString(), 60000, 60000});
        const MaskComparison c =
            pairwiseMaskAgreement(m_project, m_items, m_store, {}).front().comparisons.front();
        QCOMPARE(c.areaA, 100);
        QCOMPARE(c.areaB, 100);
        QCOMPARE(c.dice, 0.0);
        // Nearest boundary pixels (9, 9) and (59990, 59990): 59981 * sqrt(2) apart.
        QVERIFY(c.hausdorff95.has_value());
        QVERIFY(*c.hausdorff95 >= 59981 * std::sqrt(2.0));
    }

    void parentLevelJoinsKindsOfAFinding()
    {
        // b calls the shifted mask an effusion: no match at the leaves, one at "Finding".
        read("b", "i1", {{"Effusion", square(5, 0, 10, 10)}});
        auto pairs = pairwiseMaskAgreement(m_project, m_items, m_store, {});
        QCOMPARE(pairs.front().comparisons.size(), size_t(4)); // i1 Nodule, i1 Effusion, i2, i3
        ProjectRatingSelection topLevel;
        topLevel.taxonomyDepth = 0;
        pairs = pairwiseMaskAgreement(m_project, m_items, m_store, topLevel);
        QCOMPARE(pairs.front().comparisons.size(), size_t(3));
        QCOMPARE(pairs.front().comparisons.front().dice, 0.5);
    }

    void noPairWithoutTwoReadersWithMasks()
    {
        ProjectRatingSelection onlyA;
        onlyA.annotatorIds = {QStringLiteral("a")};
        QVERIFY(pairwiseMaskAgreement(m_project, m_items, m_store, onlyA).empty());
        ProjectRatingSelection normal; // nobody drew Normal
        normal.labelIds = {label("Normal")};
        QVERIFY(pairwiseMaskAgreement(m_project, m_items, m_store, normal).empty());
    }
};

QTEST_GUILESS_MAIN(TestMaskAgreement)
#include "tst_maskagreement.moc"
