// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"
#include "teamwindowfixture.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/comparisonpane.h"

#include <QAction>
#include <QTest>

using namespace concord;
using namespace Qt::StringLiterals;

// Two-up comparison (issue 14, deliverable 5): beside the labeling canvas, another reader's work
// on the same item (only where blind reading allows) or a prior study of the same patient, with
// zoom, pan and window/level linked both ways.
class TestComparisonPane : public QObject, private testing::TeamWindowFixture
{
    Q_OBJECT

private:
    ComparisonPane *pane() const { return m_window->workbench()->comparison(); }
    CanvasView *mainCanvas() const { return m_window->workbench()->canvas(); }

    void openAs(const char *reader)
    {
        switchTo(reader);
        QTRY_VERIFY_WITH_TIMEOUT(mainCanvas()->image() != nullptr, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::unique_ptr<Workspace> workspace =
            createChestProject(u"compare.concord"_s, 2,
                               {{u"alice"_s, u"Alice"_s, Role::Annotator},
                                {u"bob"_s, u"Bob"_s, Role::Annotator},
                                {u"lena"_s, u"Lena"_s, Role::Lead}});
        QVERIFY(workspace);
        // Two studies of one patient: the earlier is the prior of the later.
        for (const char *name : {"prior", "current"}) {
            QVERIFY(cv::imwrite((m_root + u"/%1.png"_s.arg(QLatin1String(name))).toStdString(),
                                cv::Mat(100, 200, CV_8U, cv::Scalar(90))));
        }
        Item prior{u"prior"_s, u"prior.png"_s, {}, 200, 100};
        Item current{u"current"_s, u"current.png"_s, {}, 200, 100};
        prior.patientId = current.patientId = u"P1"_s;
        prior.studyInstanceUid = u"1.2.3.1"_s;
        current.studyInstanceUid = u"1.2.3.2"_s;
        prior.sopInstanceUid = u"1.2.3.1.1"_s; // items keep DICOM keys only with their SOP UID
        current.sopInstanceUid = u"1.2.3.2.1"_s;
        QCOMPARE(*workspace->addItems({prior, current}), 2);
        // Bob reads item0.
        QVERIFY(!workspace->startSession(u"bob"_s));
        BoxAnnotation box;
        box.id = 1;
        box.labelId = workspace->project().taxonomy.findByName(u"Nodule"_s)->id;
        box.rect = {20, 20, 40, 30};
        QVERIFY(!workspace->commit(edits::addBox(u"item0"_s, box).forward));
        QVERIFY(!workspace->endSession());
        workspace.reset();
        showWindow();
    }

    void cleanupTestCase() { m_window.reset(); }

    void aLeadComparesWithAnotherReaderOnTheSameItem()
    {
        openAs("lena");
        context()->showItem(u"item0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(mainCanvas()->image() != nullptr, 10000);
        QVERIFY(!pane()->isVisible());
        m_window->workbench()->compareAction()->trigger();
        QVERIFY(pane()->isVisible());
        QCOMPARE(pane()->choices(), QStringList{u"Reader: Bob"_s});
        QTRY_VERIFY_WITH_TIMEOUT(pane()->canvas()->image() != nullptr, 10000);
        QCOMPARE(pane()->canvas()->otherReadersOnScreen(), QStringList{u"bob"_s});

        // Linked: zoom and window on the labeling canvas reach the comparison...
        mainCanvas()->zoomAt(QPointF(30, 30), 2.0);
        QCOMPARE(pane()->canvas()->scale(), mainCanvas()->scale());
        const QPointF mainCentre = mainCanvas()->toImage(QPointF(mainCanvas()->rect().center()));
        const QPointF paneCentre =
            pane()->canvas()->toImage(QPointF(pane()->canvas()->rect().center()));
        QVERIFY2(std::abs(mainCentre.x() - paneCentre.x()) < 1.0 &&
                     std::abs(mainCentre.y() - paneCentre.y()) < 1.0,
                 qPrintable(u"main %1,%2 pane %3,%4"_s.arg(mainCentre.x())
                                .arg(mainCentre.y())
                                .arg(paneCentre.x())
                                .arg(paneCentre.y())));
        WindowLevel window = mainCanvas()->windowLevel();
        window.center = 60;
        window.width = 80;
        mainCanvas()->setWindowLevel(window);
        QCOMPARE(pane()->canvas()->windowLevel(), window);
        mainCanvas()->rotate(1);
        QCOMPARE(pane()->canvas()->quarterTurns(), 1);
        // ...and the other way round.
        pane()->canvas()->zoomAt(QPointF(10, 10), 0.5);
        QCOMPARE(mainCanvas()->scale(), pane()->canvas()->scale());
        window.center = 100;
        pane()->canvas()->setWindowLevel(window);
        QCOMPARE(mainCanvas()->windowLevel().center, 100.0);
        mainCanvas()->resetOrientation();
        m_window->workbench()->compareAction()->trigger();
        QVERIFY(!pane()->isVisible());
    }

    void aPriorOfTheSamePatientIsOffered()
    {
        openAs("lena");
        m_window->workbench()->compareAction()->trigger();
        context()->showItem(u"current"_s);
        QCOMPARE(pane()->choices(), QStringList{u"Prior: prior.png"_s});
        QTRY_VERIFY_WITH_TIMEOUT(pane()->canvas()->image() != nullptr, 10000);
        // The pane shows the prior, not the current item.
        QCOMPARE(pane()->canvas()->image()->image.metadata.sourcePath, m_root + u"/prior.png"_s);
        // An item of nobody else and no prior: said so.
        context()->showItem(u"item1"_s);
        QVERIFY(pane()->choices().isEmpty());
        QVERIFY(pane()->canvas()->message().startsWith(u"Nothing to compare"_s));
        m_window->workbench()->compareAction()->trigger();
    }

    // Blind reading holds in the comparison: an annotator sees Bob's work only once they have
    // submitted the item themselves.
    void anAnnotatorSeesOtherReadersOnlyAfterSubmitting()
    {
        openAs("alice");
        m_window->workbench()->compareAction()->trigger();
        context()->showItem(u"item0"_s);
        QVERIFY(pane()->choices().isEmpty());
        QVERIFY(pane()->canvas()->otherReadersOnScreen().isEmpty());
        m_window->workbench()->submitCurrent(ItemStatus::Done);
        context()->showItem(u"item0"_s);
        QCOMPARE(pane()->choices(), QStringList{u"Reader: Bob"_s});
        QTRY_VERIFY_WITH_TIMEOUT(pane()->canvas()->image() != nullptr, 10000);
        QCOMPARE(pane()->canvas()->otherReadersOnScreen(), QStringList{u"bob"_s});
        m_window->workbench()->compareAction()->trigger();
    }
};

QTEST_MAIN(TestComparisonPane)
#include "tst_comparisonpane.moc"
