// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/boxgeometry.h"

#include <QTest>

using namespace concord;

Q_DECLARE_METATYPE(concord::BoxHandle)

class TestBoxGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitTest_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<BoxHandle>("expected");
        // Box {10, 20, 100, 50}: left 10, right 110, top 20, bottom 70; tolerance 3.
        QTest::newRow("inside") << 50.0 << 40.0 << BoxHandle::Inside;
        QTest::newRow("top-left corner") << 11.0 << 18.0 << BoxHandle::TopLeft;
        QTest::newRow("bottom-right corner") << 112.0 << 72.0 << BoxHandle::BottomRight;
        QTest::newRow("right edge") << 109.0 << 45.0 << BoxHandle::Right;
        QTest::newRow("top edge") << 60.0 << 22.5 << BoxHandle::Top;
        QTest::newRow("just outside") << 114.0 << 45.0 << BoxHandle::None;
        QTest::newRow("far away") << 500.0 << 500.0 << BoxHandle::None;
    }
    void hitTest()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(BoxHandle, expected);
        QCOMPARE(hitTestBox({10, 20, 100, 50}, x, y, 3.0), expected);
    }

    void dragCornerResizes()
    {
        const ImageRect r =
            dragBoxHandle({10, 20, 100, 50}, BoxHandle::BottomRight, 5, -10, 1000, 1000);
        QCOMPARE(r, (ImageRect{10, 20, 105, 40}));
    }

    void dragPastOppositeEdgeFlips()
    {
        const ImageRect r = dragBoxHandle({10, 20, 100, 50}, BoxHandle::Left, 150, 0, 1000, 1000);
        QCOMPARE(r, (ImageRect{110, 20, 50, 50}));
    }

    void moveIsClampedWithoutShrinking()
    {
        const ImageRect r =
            dragBoxHandle({10, 20, 100, 50}, BoxHandle::Inside, -50, 2000, 500, 400);
        QCOMPARE(r, (ImageRect{0, 350, 100, 50}));
    }

    void cornersAreClampedToImage()
    {
        QCOMPARE(rectFromCorners(-5, 30, 20, -8, 100, 100), (ImageRect{0, 0, 20, 30}));
    }

    void smallestContainingBoxWins()
    {
        std::vector<BoxAnnotation> boxes(2);
        boxes[0].rect = {0, 0, 100, 100};
        boxes[1].rect = {40, 40, 10, 10};
        QCOMPARE(boxAt(boxes, 45, 45, 1), 1);
        QCOMPARE(boxAt(boxes, 20, 20, 1), 0);
        QCOMPARE(boxAt(boxes, 200, 200, 1), -1);
    }
};

QTEST_GUILESS_MAIN(TestBoxGeometry)
#include "tst_boxgeometry.moc"
