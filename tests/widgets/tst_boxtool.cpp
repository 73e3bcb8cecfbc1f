// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"
#include "core/project/workspaceinternals.h"
#include "tests/widgets/toolcanvasfixture.h"
#include "widgets/tools/boxtool.h"

#include <QTest>

using namespace concord;
using namespace concord::testing;

// Drives the box tool with real mouse and key events on a real canvas, then checks the model,
// undo/redo and what reached the journal.
class TestBoxTool : public QObject, private ToolCanvasFixture
{
    Q_OBJECT

private:
    std::unique_ptr<BoxTool> m_tool;

    void drag(QPoint from, QPoint to) { ToolCanvasFixture::drag({from, (from + to) / 2, to}); }

private Q_SLOTS:
    void init()
    {
        openCanvas(cv::Mat(100, 200, CV_8U, cv::Scalar(90)));
        if (QTest::currentTestFailed())
            return;
        m_tool = std::make_unique<BoxTool>(m_context.get());
        m_canvas->setTool(m_tool.get());
    }

    void cleanup()
    {
        m_tool.reset();
        closeCanvas();
    }

    void drawUndoRedo()
    {
        const int nodule = m_context->taxonomy().findByName(QStringLiteral("Nodule"))->id;
        m_context->setActiveLabelId(nodule);
        drag(QPoint(20, 20), QPoint(120, 80));

        QCOMPARE(int(m_context->myBoxes().size()), 1);
        const BoxAnnotation box = m_context->myBoxes().front();
        QCOMPARE(box.rect, (ImageRect{10, 10, 50, 30}));
        QCOMPARE(box.labelId, nodule);
        QCOMPARE(box.provenance.annotatorId, QStringLiteral("reader"));
        QCOMPARE(m_context->selectedBoxId(), box.id);
        QCOMPARE(journalOps(),
                 (QStringList{QStringLiteral("session.start"), QStringLiteral("box.add")}));

        m_context->undoStack()->undo();
        QVERIFY(m_context->myBoxes().empty());
        QCOMPARE(journalOps().last(), QStringLiteral("box.remove"));

        m_context->undoStack()->redo();
        QCOMPARE(int(m_context->myBoxes().size()), 1);
        // The same box returns; its provenance records the redo as a new edit.
        QCOMPARE(m_context->myBoxes().front().id, box.id);
        QCOMPARE(m_context->myBoxes().front().rect, box.rect);
        QCOMPARE(m_context->myBoxes().front().labelId, box.labelId);
        QCOMPARE(journalOps().size(), 4);

        // What the journal holds replays to what the screen shows.
        const QString root = m_workspace->folder().root();
        auto reopened = Workspace::open(root);
        QVERIFY(reopened);
        QCOMPARE(WorkspaceInternals::store(**reopened)
                     .itemWork(QStringLiteral("reader"), QStringLiteral("item1"))
                     ->boxes.front()
                     .rect,
                 box.rect);
    }

    void clickWithoutDragMakesNoBox()
    {
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(50, 50));
        QVERIFY(m_context->myBoxes().empty());
        QCOMPARE(m_context->undoStack()->count(), 0);
    }

    void moveResizeNudgeDelete()
    {
        drag(QPoint(20, 20), QPoint(120, 80)); // image {10, 10, 50, 30}
        // Drag the inside: move by (+20, +10) view pixels = (+10, +5) image pixels.
        drag(QPoint(60, 50), QPoint(80, 60));
        QCOMPARE(m_context->myBoxes().front().rect, (ImageRect{20, 15, 50, 30}));
        // Drag the bottom-right handle (view 140, 90) to (160, 100): size grows by (10, 5).
        drag(QPoint(140, 90), QPoint(160, 100));
        QCOMPARE(m_context->myBoxes().front().rect, (ImageRect{20, 15, 60, 35}));
        QCOMPARE(m_context->undoStack()->count(), 3);

        m_canvas->setFocus();
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        QTest::keyClick(m_canvas.get(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_context->myBoxes().front().rect, (ImageRect{21, 25, 60, 35}));

        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QVERIFY(m_context->myBoxes().empty());
        m_context->undoStack()->undo(); // delete undone: the same box returns
        QCOMPARE(m_context->myBoxes().front().rect, (ImageRect{21, 25, 60, 35}));
        QCOMPARE(journalOps().count(QStringLiteral("box.change")), 4);
    }

    // A box that goes away while it is dragged (undo, another window's removal) is not
    // changed on release; before, the refused change also dropped the undo stack's redo.
    void aBoxUndoneDuringADragIsLeftAlone()
    {
        drag(QPoint(20, 20), QPoint(120, 80)); // image {10, 10, 50, 30}
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(60, 50));
        QTest::mouseMove(m_canvas.get(), QPoint(80, 60));
        m_context->undoStack()->undo(); // the box is gone mid-drag
        QVERIFY(m_context->myBoxes().empty());
        const QStringList opsBefore = journalOps();
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(80, 60));
        QVERIFY(m_context->myBoxes().empty());
        QCOMPARE(journalOps(), opsBefore);
        QCOMPARE(m_context->undoStack()->count(), 1);
        m_context->undoStack()->redo(); // it returns where it was drawn
        QCOMPARE(int(m_context->myBoxes().size()), 1);
        QCOMPARE(m_context->myBoxes().front().rect, (ImageRect{10, 10, 50, 30}));
    }

    void drawingIsClampedToTheImage()
    {
        drag(QPoint(300, 100), QPoint(450, 250)); // past the right and bottom edges
        QCOMPARE(m_context->myBoxes().front().rect, (ImageRect{150, 50, 50, 50}));
    }

    void escapeDeselects()
    {
        drag(QPoint(20, 20), QPoint(120, 80));
        QVERIFY(m_context->selectedBoxId() != 0);
        m_canvas->setFocus();
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QCOMPARE(m_context->selectedBoxId(), quint64(0));
    }

    // A DICOM radiograph is annotated exactly like a raster, in its own pixel coordinates: here
    // a 16-bit MONOCHROME1 image shown at half size and turned a quarter.
    void dicomItemsAreAnnotatedInImagePixels()
    {
        Image radiograph;
        radiograph.frames.push_back(cv::Mat(400, 800, CV_16U, cv::Scalar(3000)));
        radiograph.metadata.photometric = Photometric::Monochrome1;
        radiograph.metadata.bitsStored = 12;
        const QString path = m_workspace->folder().root() + QStringLiteral("/chest.dcm");
        QVERIFY(!writeDicom(radiograph, path, {}));
        QCOMPARE(*m_workspace->addItems(
                     {Item{QStringLiteral("item2"), QStringLiteral("chest.dcm"), {}, 800, 400}}),
                 1);
        m_context->setCurrentIndex(1);
        auto image = prepareDisplayImage(path);
        QVERIFY(image);
        m_canvas->setImage(*image);
        QCOMPARE(m_canvas->scale(), 0.5);

        drag(QPoint(20, 20), QPoint(120, 80));
        QCOMPARE(int(m_context->myBoxes().size()), 1);
        QCOMPARE(m_context->myBoxes().front().rect, (ImageRect{40, 40, 200, 120}));

        m_canvas->rotate(1); // the view turns; the drag is mapped back to image pixels
        const QPointF from = m_canvas->toView(QPointF(400, 100));
        const QPointF to = m_canvas->toView(QPointF(500, 300));
        drag(from.toPoint(), to.toPoint());
        QCOMPARE(int(m_context->myBoxes().size()), 2);
        const ImageRect turned = m_context->myBoxes().back().rect;
        QVERIFY2(std::abs(turned.x - 400) <= 2 && std::abs(turned.y - 100) <= 2 &&
                     std::abs(turned.right() - 500) <= 2 && std::abs(turned.bottom() - 300) <= 2,
                 qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(turned.x)
                                .arg(turned.y)
                                .arg(turned.width)
                                .arg(turned.height)));
        const auto saved = WorkspaceInternals::store(*m_workspace)
                               .itemWork(QStringLiteral("reader"), QStringLiteral("item2"));
        QVERIFY(saved);
        QCOMPARE(saved->boxes.size(), size_t(2));
    }
};

QTEST_MAIN(TestBoxTool)
#include "tst_boxtool.moc"
