// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/itemagreement.h"

#include <QTest>

using namespace concord;

// Per-item agreement (docs/quality.md), each case computed by hand.
class TestItemAgreement : public QObject
{
    Q_OBJECT

private:
    static ItemWork labels(std::vector<int> ids)
    {
        ItemWork work;
        work.classLabels.labelIds = std::move(ids);
        return work;
    }
    static BoxAnnotation box(int label, double x, double y, double w, double h)
    {
        BoxAnnotation b;
        b.labelId = label;
        b.rect = {x, y, w, h};
        return b;
    }
    static MaskAnnotation square(int label, int x, int y, int side)
    {
        MaskAnnotation m;
        m.labelId = label;
        m.mask.bounds = cv::Rect(x, y, side, side);
        m.mask.pixels = cv::Mat(side, side, CV_8U, cv::Scalar(255));
        return m;
    }
    static std::vector<const ItemWork *> pointers(const std::vector<ItemWork> &works)
    {
        std::vector<const ItemWork *> out;
        for (const ItemWork &w : works)
            out.push_back(&w);
        return out;
    }
    static ItemAgreement measure(const std::vector<ItemWork> &works,
                                 ClassificationMode mode = ClassificationMode::SingleLabel)
    {
        Item item{QStringLiteral("i1"), QStringLiteral("1.png")};
        item.width = 100;
        item.height = 100;
        return itemAgreement(item, pointers(works), mode, QualityPolicy());
    }

private Q_SLOTS:
    void fewerThanTwoReadersHaveNoAgreement()
    {
        QVERIFY(!measure({}).value);
        QVERIFY(!measure({labels({1})}).value);
        QCOMPARE(measure({labels({1})}).readers, 1);
    }

    void singleLabelIsTheShareOfAgreeingPairs()
    {
        // Pairs (1,1) agree, (1,2) twice disagree: 1 of 3.
        const ItemAgreement a = measure({labels({1}), labels({1}), labels({2})});
        QCOMPARE(*a.labels, 1.0 / 3.0);
        QCOMPARE(*a.value, 1.0 / 3.0);
        QVERIFY(!a.boxes && !a.masks);
    }

    void multiLabelAveragesOverGivenLabels()
    {
        // Label 1: both have it (agree). Label 2: only reader A (disagree). Mean 0.5.
        const ItemAgreement a =
            measure({labels({1, 2}), labels({1})}, ClassificationMode::MultiLabel);
        QCOMPARE(*a.labels, 0.5);
    }

    void emptyReadersAgree()
    {
        const ItemAgreement a = measure({ItemWork(), ItemWork(), ItemWork()});
        QCOMPARE(*a.value, 1.0);
        QVERIFY(!a.labels && !a.boxes && !a.masks);
    }

    void boxesAreF1OfSameLabelMatches()
    {
        ItemWork a, b;
        a.boxes = {box(1, 0, 0, 10, 10), box(1, 50, 50, 10, 10)};
        // One box overlaps a's first exactly (match), one is far away: F1 = 2*1/(2+2) = 0.5.
        b.boxes = {box(1, 0, 0, 10, 10), box(1, 80, 0, 10, 10)};
        QCOMPARE(*measure({a, b}).boxes, 0.5);
        // The same place with another label does not match: F1 = 0.
        ItemWork c;
        c.boxes = {box(2, 0, 0, 10, 10), box(2, 50, 50, 10, 10)};
        QCOMPARE(*measure({a, c}).boxes, 0.0);
        // Below the IoU threshold: a 10x10 box against one shifted by 6 px has IoU 40/160.
        ItemWork d;
        d.boxes = {box(1, 6, 0, 10, 10), box(1, 50, 50, 10, 10)};
        QCOMPARE(*measure({a, d}).boxes, 0.5);
    }

    void aReaderWithoutBoxesDisagreesWithOneWithBoxes()
    {
        ItemWork a, empty;
        a.boxes = {box(1, 0, 0, 10, 10)};
        QCOMPARE(*measure({a, empty}).boxes, 0.0);
        // Three readers make three pairs: (a, empty) 0, (a, none) 0, (empty, none) 1: mean 1/3.
        QCOMPARE(*measure({a, empty, ItemWork()}).boxes, 1.0 / 3.0);
    }

    void masksAreMeanDicePerLabel()
    {
        ItemWork a, b;
        a.masks = {square(1, 0, 0, 10)}; // 100 px
        b.masks = {square(1, 5, 0, 10)}; // overlaps 50 px: Dice 2*50/200 = 0.5
        QCOMPARE(*measure({a, b}).masks, 0.5);
        QualityPolicy iou;
        iou.maskMeasure = MaskMeasure::IoU;
        Item item{QStringLiteral("i1"), QStringLiteral("1.png")};
        const std::vector<ItemWork> works{a, b};
        // IoU 50/150.
        QCOMPARE(*itemAgreement(item, pointers(works), ClassificationMode::SingleLabel, iou).masks,
                 1.0 / 3.0);
        // A second label drawn only by b: Dice 0 for it, mean (0.5 + 0) / 2.
        b.masks.push_back(square(2, 50, 50, 5));
        QCOMPARE(*measure({a, b}).masks, 0.25);
    }

    void polygonsJoinMasksOfTheirLabel()
    {
        ItemWork a, b;
        a.masks = {square(1, 0, 0, 10)};
        PolygonAnnotation p;
        p.labelId = 1;
        p.vertices = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
        b.polygons = {p};
        QCOMPARE(*measure({a, b}).masks, 1.0);
    }

    void theItemTakesTheLowestKind()
    {
        ItemWork a = labels({1}), b = labels({1});
        a.boxes = {box(1, 0, 0, 10, 10)};
        const ItemAgreement result = measure({a, b});
        QCOMPARE(*result.labels, 1.0);
        QCOMPARE(*result.boxes, 0.0);
        QCOMPARE(*result.value, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestItemAgreement)
#include "tst_itemagreement.moc"
