// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/taglayout.h"

#include <QTest>

using namespace concord;

// Readers' name tags never cover each other (issue 14, finding 9: in the calibration review two
// readers who drew the same box had their names drawn one over the other).
class TestTagLayout : public QObject
{
    Q_OBJECT

private:
    static void verifyApart(const std::vector<QRectF> &tags)
    {
        for (size_t i = 0; i < tags.size(); ++i) {
            for (size_t j = i + 1; j < tags.size(); ++j)
                QVERIFY2(!tags[i].intersects(tags[j]),
                         qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
        }
    }

private Q_SLOTS:
    void aFreeTagStaysWhereItIsWanted()
    {
        TagLayout layout;
        QCOMPARE(layout.place(QRectF(10, 20, 60, 16)), QRectF(10, 20, 60, 16));
        QCOMPARE(layout.place(QRectF(100, 20, 60, 16)), QRectF(100, 20, 60, 16));
        QCOMPARE(layout.place(QRectF(10, 36, 60, 16)), QRectF(10, 36, 60, 16)); // touching
    }

    void identicalBoxesGetTheirTagsOneUnderTheOther()
    {
        TagLayout layout;
        const QRectF wanted(10, 20, 80, 16);
        QCOMPARE(layout.place(wanted), wanted);
        QCOMPARE(layout.place(wanted), wanted.translated(0, 16));
        QCOMPARE(layout.place(QRectF(10, 20, 50, 16)), QRectF(10, 52, 50, 16)); // a shorter name
        verifyApart(layout.placed());
    }

    void nearbyTagsOfAnyWidthNeverOverlap()
    {
        TagLayout layout;
        // Boxes a few pixels apart, tags of different lengths, one taller (a larger font).
        layout.place(QRectF(10, 20, 80, 16));
        layout.place(QRectF(14, 24, 120, 16));
        layout.place(QRectF(60, 18, 40, 22));
        layout.place(QRectF(0, 50, 200, 16));
        layout.place(QRectF(12, 22, 80, 16));
        verifyApart(layout.placed());
        QCOMPARE(layout.placed().size(), size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestTagLayout)
#include "tst_taglayout.moc"
