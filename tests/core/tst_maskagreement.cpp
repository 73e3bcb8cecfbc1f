// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/maskagreement.h"

#include <QTest>

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

    // Sets a reader's whole work on an item: these masks, marked done.
    void read(const char *reader, const char *item,
              std::vector<std::pair<const char *, BinaryMask>> masks)
    {
        ItemWork work;
        work.explicitStatus = ItemStatus::Done;
        quint64 id = 1;
        for (auto &[name, mask] : masks)
            work.masks.push_back(MaskAnnotation{id++, label(name), std::move(mask), {}});
        m_store.workFor(QLatin1String(reader)).restoreItem(QLatin1String(item), work);
    }

private Q_SLOTS:
    void init()
    {
        m_items = ItemList();
        for (int i = 1; i <= 4; ++i)
            m_items.add(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
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

        QCOMPARE(*p.meanDice, 0.5 / 3.0);
        QCOMPARE(*p.meanIoU, (1.0 / 3.0) / 3.0);
        QCOMPARE(*p.meanHausdorff95, (*shifted.hausdorff95 + 5.0) / 2.0);
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
