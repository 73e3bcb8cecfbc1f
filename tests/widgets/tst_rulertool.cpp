// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspaceinternals.h"
#include "tests/widgets/toolcanvasfixture.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/tools/rulertool.h"

#include <QTest>
#include <QUndoStack>

using namespace concord;
using namespace concord::testing;

// Drives the ruler tool with real mouse and key events on a real canvas (scale 2: view pixel
// (20, 20) is image point (10, 10)): a completed drag is a saved ruler with the active label,
// which Delete removes and undo brings back; Escape cancels a drag under way
// (docs/viewer.md, "Ruler").
class TestRulerTool : public QObject, private ToolCanvasFixture
{
    Q_OBJECT

private:
    std::unique_ptr<RulerTool> m_tool;
    int m_nodule = 0;

    void drag(QPoint from, QPoint to) { ToolCanvasFixture::drag({from, (from + to) / 2, to}); }

    void openWith(const Taxonomy &taxonomy)
    {
        openCanvas(cv::Mat(100, 200, CV_8U, cv::Scalar(90)), taxonomy);
        if (QTest::currentTestFailed())
            return;
        m_tool = std::make_unique<RulerTool>(m_context.get());
        m_canvas->setTool(m_tool.get());
        m_canvas->setFocus();
    }

    // Whether the canvas shows a pixel near `colour` within a pixel of view point `at`.
    bool showsColourNear(QPoint at, const QColor &colour)
    {
        const QImage shot = m_canvas->grab().toImage();
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c = shot.pixelColor(at + QPoint(dx, dy));
                if (std::abs(c.red() - colour.red()) < 40 &&
                    std::abs(c.green() - colour.green()) < 40 &&
                    std::abs(c.blue() - colour.blue()) < 40)
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        openWith(Taxonomy::fromIndentedText(QStringLiteral("Nodule\nMass")));
        if (QTest::currentTestFailed())
            return;
        m_nodule = m_context->taxonomy().findByName(QStringLiteral("Nodule"))->id;
        m_context->setActiveLabelId(m_nodule);
    }

    void cleanup()
    {
        m_tool.reset();
        closeCanvas();
    }

    void aDragIsSavedDeletedAndUndone()
    {
        const QColor colour = AnnotationPainter::labelColor(m_context->taxonomy(), m_nodule);
        QVERIFY(!showsColourNear(QPoint(70, 50), colour));
        drag(QPoint(20, 20), QPoint(120, 80));

        QCOMPARE(int(m_context->myRulers().size()), 1);
        const RulerAnnotation ruler = m_context->myRulers().front();
        QCOMPARE(ruler.start, (ImagePoint{10, 10}));
        QCOMPARE(ruler.end, (ImagePoint{60, 40}));
        QCOMPARE(ruler.labelId, m_nodule);
        QCOMPARE(ruler.provenance.annotatorId, QStringLiteral("reader"));
        QCOMPARE(m_context->selectedBoxId(), ruler.id);
        QVERIFY(m_context->selectedRuler());
        QCOMPARE(journalOps(),
                 (QStringList{QStringLiteral("session.start"), QStringLiteral("ruler.add")}));
        QVERIFY(m_tool->measurementText().isEmpty());     // saved: the canvas draws it now
        QVERIFY(showsColourNear(QPoint(70, 50), colour)); // the line's middle, in its colour

        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QVERIFY(m_context->myRulers().empty());
        QCOMPARE(journalOps().last(), QStringLiteral("ruler.remove"));
        m_context->undoStack()->undo(); // the same ruler returns
        QCOMPARE(int(m_context->myRulers().size()), 1);
        QCOMPARE(m_context->myRulers().front().id, ruler.id);
        QCOMPARE(m_context->myRulers().front().end, ruler.end);
        QCOMPARE(journalOps().last(), QStringLiteral("ruler.add"));
        m_context->undoStack()->undo(); // and drawing it is undone too
        QVERIFY(m_context->myRulers().empty());
        m_context->undoStack()->redo();
        QCOMPARE(int(m_context->myRulers().size()), 1);

        // What the journal holds replays to what the screen shows.
        auto reopened = Workspace::open(m_workspace->folder().root());
        QVERIFY(reopened);
        const ItemWork *saved = WorkspaceInternals::store(**reopened)
                                    .itemWork(QStringLiteral("reader"), QStringLiteral("item1"));
        QVERIFY(saved);
        QCOMPARE(saved->rulers.size(), size_t(1));
        QCOMPARE(saved->rulers.front().end, ruler.end);
    }

    void escapeCancelsADragUnderWay()
    {
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
        QTest::mouseMove(m_canvas.get(), QPoint(100, 60));
        QVERIFY(m_tool->measurementText().contains(QStringLiteral("px"))); // a PNG: no spacing
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QVERIFY(m_tool->measurementText().isEmpty());
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 60));
        QVERIFY(m_context->myRulers().empty());
        QCOMPARE(m_context->undoStack()->count(), 0);
    }

    void aClickSelectsAndTheEndsMove()
    {
        drag(QPoint(20, 20), QPoint(120, 80)); // image (10, 10) to (60, 40)
        const quint64 id = m_context->myRulers().front().id;
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 180));
        QCOMPARE(m_context->selectedBoxId(), quint64(0)); // a click on empty image: no ruler
        QCOMPARE(int(m_context->myRulers().size()), 1);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(70, 50));
        QCOMPARE(m_context->selectedBoxId(), id); // a click on its line selects it

        drag(QPoint(120, 80), QPoint(140, 100)); // its end handle, by (+10, +10) image pixels
        QCOMPARE(int(m_context->myRulers().size()), 1);
        QCOMPARE(m_context->myRulers().front().end, (ImagePoint{70, 50}));
        QCOMPARE(m_context->myRulers().front().start, (ImagePoint{10, 10}));
        QCOMPARE(journalOps().last(), QStringLiteral("ruler.change"));
        drag(QPoint(70, 50), QPoint(80, 50)); // its line: the whole ruler, by (+5, 0)
        QCOMPARE(m_context->myRulers().front().start, (ImagePoint{15, 10}));
        QCOMPARE(m_context->myRulers().front().end, (ImagePoint{75, 50}));
        m_context->undoStack()->undo();
        m_context->undoStack()->undo();
        QCOMPARE(m_context->myRulers().front().end, (ImagePoint{60, 40}));
    }

    // A ruler that goes away while one of its ends is dragged (undo, another window's
    // removal) is not changed on release: there is nothing left to move.
    void aRulerUndoneDuringADragIsLeftAlone()
    {
        drag(QPoint(20, 20), QPoint(120, 80)); // saved and selected
        QCOMPARE(m_context->undoStack()->count(), 1);
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(120, 80));
        QTest::mouseMove(m_canvas.get(), QPoint(140, 100));
        m_context->undoStack()->undo(); // the ruler is gone mid-drag
        QVERIFY(m_context->myRulers().empty());
        const QStringList opsBefore = journalOps();
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(140, 100));
        QVERIFY(m_context->myRulers().empty());
        QCOMPARE(journalOps(), opsBefore);
        QCOMPARE(m_context->undoStack()->count(), 1); // redo still brings it back, unmoved
        m_context->undoStack()->redo();
        QCOMPARE(int(m_context->myRulers().size()), 1);
        QCOMPARE(m_context->myRulers().front().end, (ImagePoint{60, 40}));
    }

    // Without a label to save it under the ruler measures as a reading aid, unsaved.
    void withoutALabelTheMeasurementStaysUnsaved()
    {
        cleanup();
        openWith(Taxonomy());
        QCOMPARE(m_context->activeLabelId(), 0);
        drag(QPoint(20, 20), QPoint(120, 80));
        QVERIFY(m_context->myRulers().empty());
        QCOMPARE(m_context->undoStack()->count(), 0);
        QVERIFY(m_tool->measurementText().contains(QStringLiteral("px")));
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QVERIFY(m_tool->measurementText().isEmpty());
    }

    void lengthsAreInMillimetresWithSpacing()
    {
        // 3 columns at 0.5 mm and 4 rows at 0.25 mm: hypot(1.5, 1.0) = 1.80 mm.
        QCOMPARE(AnnotationPainter::rulerLength(
                     {0, 0}, {3, 4}, PixelSpacing{0.25, 0.5, QStringLiteral("PixelSpacing")}),
                 QStringLiteral("1.8 mm"));
        QCOMPARE(AnnotationPainter::rulerLength({0, 0}, {3, 4}, std::nullopt),
                 QStringLiteral("5.0 px"));
    }
};

QTEST_MAIN(TestRulerTool)
#include "tst_rulertool.moc"
