// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/measurement.h"

#include <QTest>

using namespace concord;

class TestMeasurement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutSpacingOnlyPixels()
    {
        const Distance d = measureDistance(0, 0, 3, 4, std::nullopt);
        QCOMPARE(d.pixels, 5.0);
        QVERIFY(!d.millimetres);
    }

    void isotropicSpacing()
    {
        const Distance d =
            measureDistance(10, 10, 13, 14, PixelSpacing{0.2, 0.2, QStringLiteral("PixelSpacing")});
        QCOMPARE(d.pixels, 5.0);
        QVERIFY(qFuzzyCompare(*d.millimetres, 1.0));
        QCOMPARE(d.spacingSource, QStringLiteral("PixelSpacing"));
    }

    void anisotropicSpacingScalesEachAxis()
    {
        // 3 columns at 0.5 mm and 4 rows at 0.25 mm: hypot(1.5, 1.0).
        const Distance d = measureDistance(
            0, 0, 3, 4, PixelSpacing{0.25, 0.5, QStringLiteral("ImagerPixelSpacing")});
        QVERIFY(qFuzzyCompare(*d.millimetres, std::hypot(1.5, 1.0)));
        QCOMPARE(d.spacingSource, QStringLiteral("ImagerPixelSpacing"));
    }

    void zeroSpacingIsIgnored()
    {
        QVERIFY(!measureDistance(0, 0, 1, 1, PixelSpacing{0, 0.1, QStringLiteral("PixelSpacing")})
                     .millimetres);
    }

    // Picking a ruler: the distance to the nearest point of its line, its ends included.
    void distanceToSegmentMeasuresToTheNearestPoint()
    {
        QCOMPARE(distanceToSegment(5, 3, 0, 0, 10, 0), 3.0);  // beside the middle
        QCOMPARE(distanceToSegment(13, 4, 0, 0, 10, 0), 5.0); // past the end: to the end
        QCOMPARE(distanceToSegment(-3, 4, 0, 0, 10, 0), 5.0); // before the start
        QCOMPARE(distanceToSegment(3, 4, 0, 0, 0, 0), 5.0);   // a line of no length
    }
};

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
