// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/patientorientation.h"

#include <QTest>

using namespace concord;
using namespace Qt::StringLiterals;

// Orientation markers: letters from direction cosines and Patient Orientation, and how they
// follow the view's turns and mirror. Expected letters are worked by hand from PS3.3 C.7.6.2.1.1
// (+x left, +y posterior, +z head).
class TestPatientOrientation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void axialSliceReadsLeftAndPosterior()
    {
        // The standard axial slice: rows run to the patient's left, columns to posterior.
        const ImageDirections axial = directionsFromCosines({1, 0, 0, 0, 1, 0});
        QCOMPARE(axial.towardRight, u"L"_s);
        QCOMPARE(axial.towardBottom, u"P"_s);
        const ImageDirections coronal = directionsFromCosines({1, 0, 0, 0, 0, -1});
        QCOMPARE(coronal.towardBottom, u"F"_s);
        const ImageDirections sagittal = directionsFromCosines({0, 1, 0, 0, 0, -1});
        QCOMPARE(sagittal.towardRight, u"P"_s);
    }

    void obliqueAxesListTheirComponentsStrongestFirst()
    {
        // 30 degrees between left and anterior: cos 30 = 0.866 toward L, sin 30 = 0.5 toward A.
        QCOMPARE(directionLetters(0.866, -0.5, 0), u"LA"_s);
        QCOMPARE(directionLetters(-0.5, 0, 0.866), u"HR"_s);
        QCOMPARE(directionLetters(0.577, -0.577, 0.577), u"LAH"_s); // ties keep x, y, z order
        // A slight tilt (5 degrees: sin 5 = 0.087) is below the 0.2 threshold and is left out.
        QCOMPARE(directionLetters(0.996, 0.087, 0), u"L"_s);
        QCOMPARE(directionLetters(0, 0, 0), QString());
        QCOMPARE(directionLetters(std::nan(""), 1, 0), QString());
        QVERIFY(!directionsFromCosines({0, 0, 0, 0, 1, 0}).isKnown());
    }

    void patientOrientationTakesTheSixLettersOnly()
    {
        const ImageDirections chest = directionsFromPatientOrientation({u"L"_s, u"F"_s});
        QCOMPARE(chest, (ImageDirections{u"L"_s, u"F"_s}));
        QCOMPARE(directionsFromPatientOrientation({u"P"_s, u"FR"_s}).towardBottom, u"FR"_s);
        // Missing, one-valued, lower-case or quadruped terms (PS3.3 C.7.6.1.1.1) are not drawn.
        QVERIFY(!directionsFromPatientOrientation({}).isKnown());
        QVERIFY(!directionsFromPatientOrientation({u"L"_s}).isKnown());
        QVERIFY(!directionsFromPatientOrientation({u"l"_s, u"f"_s}).isKnown());
        QVERIFY(!directionsFromPatientOrientation({u"CR"_s, u"D"_s}).isKnown());
        QVERIFY(!directionsFromPatientOrientation({u"LEFT"_s, u"F"_s}).isKnown());
    }

    void oppositesSwapEachLetter()
    {
        QCOMPARE(oppositeDirection(u"LAH"_s), u"RPF"_s);
        QCOMPARE(oppositeDirection(u"RPF"_s), u"LAH"_s);
        QCOMPARE(oppositeDirection(QString()), QString());
    }

    void markersFollowTurnsAndMirror_data()
    {
        QTest::addColumn<int>("turns");
        QTest::addColumn<bool>("mirrored");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("bottom");
        // A chest PA radiograph: patient's left at the right edge, feet at the bottom.
        QTest::newRow("upright") << 0 << false << u"L"_s << u"F"_s;
        // A clockwise quarter turn brings the image's top (head) to the right edge and its
        // right edge (left) to the bottom.
        QTest::newRow("1 turn") << 1 << false << u"H"_s << u"L"_s;
        QTest::newRow("2 turns") << 2 << false << u"R"_s << u"H"_s;
        QTest::newRow("3 turns") << 3 << false << u"F"_s << u"R"_s;
        QTest::newRow("-1 turn") << -1 << false << u"F"_s << u"R"_s;
        QTest::newRow("mirrored") << 0 << true << u"R"_s << u"F"_s;
        // Turned, then mirrored: the head, at the right after the turn, moves to the left.
        QTest::newRow("1 turn mirrored") << 1 << true << u"F"_s << u"L"_s;
    }

    void markersFollowTurnsAndMirror()
    {
        QFETCH(int, turns);
        QFETCH(bool, mirrored);
        QFETCH(QString, right);
        QFETCH(QString, bottom);
        const ImageDirections screen = directionsOnScreen({u"L"_s, u"F"_s}, turns, mirrored);
        QCOMPARE(screen.towardRight, right);
        QCOMPARE(screen.towardBottom, bottom);
    }

    void unknownDirectionsStayUnknownOnScreen()
    {
        QVERIFY(!directionsOnScreen({}, 1, true).isKnown());
    }
};

QTEST_GUILESS_MAIN(TestPatientOrientation)
#include "tst_patientorientation.moc"
