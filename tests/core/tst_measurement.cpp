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
};

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
