// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the mask and polygon tools with real mouse and key events on a real canvas over a
// synthetic image with known regions, then checks the model pixel for pixel, undo and redo,
// what reached the journal, and the undo memory cap.
#include "core/geometry/polygonraster.h"
#include "core/project/workspaceinternals.h"
#include "tests/widgets/toolcanvasfixture.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/editing/maskoperations.h"
#include "widgets/tools/brushsettings.h"
#include "widgets/tools/brushtool.h"
#include "widgets/tools/grabcuttool.h"
#include "widgets/tools/lassotool.h"
#include "widgets/tools/polygontool.h"
#include "widgets/tools/regiongrowtool.h"

#include <QSignalSpy>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <functional>

using namespace concord;
using namespace concord::testing;

namespace {

constexpr int ImageWidth = 200;
constexpr int ImageHeight = 100;
// Known regions: background 30, a bright block 200 and a mid-grey block 120 touching it.
const cv::Rect BrightBlock(120, 20, 40, 40);
const cv::Rect GreyBlock(160, 20, 20, 40);

double distanceToSegment(cv::Point2d p, cv::Point2d a, cv::Point2d b)
{
    const cv::Point2d ab = b - a;
    const double t = std::clamp((p - a).dot(ab) / ab.dot(ab), 0.0, 1.0);
    const cv::Point2d d = p - (a + ab * t);
    return std::sqrt(d.dot(d));
}

// Checks every pixel of `mask` against a predicate on the pixel centre that says set (1),
// unset (0) or either (-1, the antialiasing-free band at a brush edge).
QString mismatch(const BinaryMask &mask, const std::function<int(cv::Point2d)> &expected)
{
    for (int y = 0; y < ImageHeight; ++y) {
        for (int x = 0; x < ImageWidth; ++x) {
            const int want = expected({x + 0.5, y + 0.5});
            if (want >= 0 && mask.contains(x, y) != bool(want))
                return QStringLiteral("pixel (%1, %2) is %3")
                    .arg(x)
                    .arg(y)
                    .arg(mask.contains(x, y) ? QStringLiteral("set") : QStringLiteral("unset"));
        }
    }
    return {};
}

// A stroke of radius r along a segment: set within r - 0.5 of it, unset beyond r + 0.5.
std::function<int(cv::Point2d)> capsule(cv::Point2d a, cv::Point2d b, double r)
{
    return [=](cv::Point2d p) {
        const double d = distanceToSegment(p, a, b);
        return d <= r - 0.5 ? 1 : (d > r + 0.5 ? 0 : -1);
    };
}

} // namespace

class TestMaskTools : public QObject, private ToolCanvasFixture
{
    Q_OBJECT

private:
    std::unique_ptr<BrushSettings> m_brush;
    std::vector<std::unique_ptr<CanvasTool>> m_tools;
    int m_nodule = 0;
    int m_mass = 0;

    template <typename Tool, typename... Args> Tool *use(Args &&...args)
    {
        m_tools.push_back(std::make_unique<Tool>(std::forward<Args>(args)...));
        auto *tool = static_cast<Tool *>(m_tools.back().get());
        m_canvas->setTool(tool);
        return tool;
    }

    // Image coordinates to canvas coordinates: the canvas shows the image at scale 2.
    static QPoint at(double x, double y) { return QPoint(int(x * 2), int(y * 2)); }

    void click(QPoint p, Qt::MouseButton button = Qt::LeftButton)
    {
        QTest::mouseClick(m_canvas.get(), button, Qt::NoModifier, p);
    }

    // Left-clicks the image points in turn, as a polygon's vertices are placed.
    void clickVertices(const std::vector<QPointF> &imagePoints)
    {
        for (const QPointF &p : imagePoints)
            click(at(p.x(), p.y()));
    }

    const MaskAnnotation *onlyMask() const
    {
        return m_context->myMasks().size() == 1 ? &m_context->myMasks().front() : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        cv::Mat1b pixels(ImageHeight, ImageWidth, uchar(30));
        pixels(BrightBlock).setTo(200);
        pixels(GreyBlock).setTo(120);
        openCanvas(pixels);
        if (QTest::currentTestFailed())
            return;
        m_nodule = m_workspace->project().taxonomy.findByName(QStringLiteral("Nodule"))->id;
        m_mass = m_workspace->project().taxonomy.findByName(QStringLiteral("Mass"))->id;
        m_context->setActiveLabelId(m_nodule);
        m_brush = std::make_unique<BrushSettings>();
        // A full-range window: the three regions stay far apart in displayed grey levels
        // (what region growing and the threshold brush compare), whatever the automatic window.
        m_canvas->setWindowLevel(WindowLevel{});
        const cv::Mat1b &shown = m_canvas->displayedIntensities();
        QVERIFY(std::abs(shown(30, 130) - shown(30, 170)) > 40 &&
                std::abs(shown(30, 170) - shown(5, 5)) > 40);
    }

    void cleanup()
    {
        m_tools.clear();
        closeCanvas();
        m_brush.reset();
    }

    void brushStrokeMakesAMaskAndUndoRedoRestoreIt()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(10);
        drag({at(20, 50), at(35, 50), at(50, 50)});
        QVERIFY(onlyMask());
        const MaskAnnotation first = *onlyMask();
        QCOMPARE(first.labelId, m_nodule);
        QCOMPARE(first.provenance.annotatorId, QStringLiteral("reader"));
        QCOMPARE(m_context->selectedBoxId(), first.id);
        QCOMPARE(mismatch(first.mask, capsule({20, 50}, {50, 50}, 5)), QString());
        QCOMPARE(journalOps().last(), QStringLiteral("mask.add"));

        // A second stroke paints into the selected mask, journaled as a delta.
        drag({at(50, 50), at(50, 70), at(50, 80)});
        QVERIFY(onlyMask());
        const BinaryMask both = onlyMask()->mask;
        QCOMPARE(mismatch(both,
                          [](cv::Point2d p) {
                              const int a = capsule({20, 50}, {50, 50}, 5)(p),
                                        b = capsule({50, 50}, {50, 80}, 5)(p);
                              return a == 1 || b == 1 ? 1 : (a == 0 && b == 0 ? 0 : -1);
                          }),
                 QString());
        QCOMPARE(journalOps().last(), QStringLiteral("mask.stroke"));

        m_context->undo();
        QVERIFY(onlyMask());
        QVERIFY(samePixels(onlyMask()->mask, first.mask));
        m_context->undo();
        QVERIFY(m_context->myMasks().empty());
        m_context->undoStack()->redo();
        QVERIFY(onlyMask());
        QVERIFY(samePixels(onlyMask()->mask, first.mask));
        m_context->undoStack()->redo();
        QVERIFY(samePixels(onlyMask()->mask, both));

        // What the journal holds replays to what the screen shows.
        auto reopened = Workspace::open(m_workspace->folder().root());
        QVERIFY(reopened);
        const ItemWork *work = WorkspaceInternals::store(**reopened)
                                   .itemWork(QStringLiteral("reader"), QStringLiteral("item1"));
        QVERIFY(work && work->masks.size() == 1);
        QVERIFY(samePixels(work->masks.front().mask, both));
    }

    // Issue 14 finding 9: a box carried its label's name tag, a mask none.
    void aMaskCarriesItsNameTagLikeABox()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(10);
        drag({at(20, 50), at(35, 50), at(50, 50)});
        QVERIFY(onlyMask());
        const cv::Rect bounds = onlyMask()->mask.bounds;
        const QImage shown = m_canvas->grab().toImage();
        // The tag stands on the mask's top-left corner, filled with the label's colour.
        const QPointF corner = m_canvas->toView(QPointF(bounds.x, bounds.y));
        const QColor tagColor = shown.pixelColor(int(corner.x()) + 3, int(corner.y()) - 4);
        const QColor labelColor =
            AnnotationPainter::labelColor(m_workspace->project().taxonomy, m_nodule);
        // Mostly opaque over the dark image, so within 25 % of the label's colour per channel.
        QVERIFY2(
            std::abs(tagColor.red() - labelColor.red()) < 64 &&
                std::abs(tagColor.green() - labelColor.green()) < 64 &&
                std::abs(tagColor.blue() - labelColor.blue()) < 64,
            qPrintable(
                QStringLiteral("%1 at the tag, label %2").arg(tagColor.name(), labelColor.name())));
    }

    void escapeStartsANewOverlappingInstance()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(8);
        drag({at(20, 50), at(60, 50)});
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QCOMPARE(m_context->selectedBoxId(), quint64(0));
        m_context->setActiveLabelId(m_mass);
        drag({at(40, 30), at(40, 70)});
        QCOMPARE(int(m_context->myMasks().size()), 2);
        // The instances overlap: the crossing pixel belongs to both.
        QVERIFY(m_context->myMasks()[0].mask.contains(40, 50));
        QVERIFY(m_context->myMasks()[1].mask.contains(40, 50));
        QCOMPARE(m_context->myMasks()[1].labelId, m_mass);
    }

    void eraserRemovesPixelsAndUndoBringsThemBack()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(20);
        drag({at(20, 50), at(80, 50)});
        const BinaryMask painted = onlyMask()->mask;
        m_context->setSelectedBoxId(0); // the eraser finds the mask under the cursor itself
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Erase);
        m_brush->setDiameter(12);
        drag({at(50, 35), at(50, 70)}); // starts outside the mask, the brush's edge touching it
        QCOMPARE(mismatch(onlyMask()->mask,
                          [&](cv::Point2d p) {
                              const int erased = capsule({50, 35}, {50, 70}, 6)(p);
                              const bool was = painted.contains(int(p.x), int(p.y));
                              if (!was)
                                  return 0;
                              return erased == 1 ? 0 : (erased == 0 ? 1 : -1);
                          }),
                 QString());
        m_context->undo();
        QVERIFY(samePixels(onlyMask()->mask, painted));
    }

    void bracketKeysAndCtrlWheelSizeTheBrush()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(20);
        QTest::keyClick(m_canvas.get(), Qt::Key_BracketRight);
        QCOMPARE(m_brush->diameter(), 23);
        QTest::keyClick(m_canvas.get(), Qt::Key_BracketLeft);
        QTest::keyClick(m_canvas.get(), Qt::Key_BracketLeft);
        QVERIFY(m_brush->diameter() < 20);
        const double scale = m_canvas->scale();
        const int before = m_brush->diameter();
        QWheelEvent wheel(QPointF(100, 100), m_canvas->mapToGlobal(QPointF(100, 100)), {},
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QCoreApplication::sendEvent(m_canvas.get(), &wheel);
        QVERIFY(m_brush->diameter() > before);
        QCOMPARE(m_canvas->scale(), scale); // Ctrl+wheel sized the brush, it did not zoom
    }

    void thresholdBrushPaintsOnlyTheSeedsGreyLevels()
    {
        auto *tool = use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Threshold);
        Q_UNUSED(tool);
        m_brush->setDiameter(30);
        m_brush->setTolerance(5);
        // Pressed on the bright block, dragged across into the grey block and the background.
        drag({at(140, 40), at(165, 40), at(175, 40)});
        QVERIFY(onlyMask());
        QCOMPARE(mismatch(onlyMask()->mask,
                          [](cv::Point2d p) {
                              const int stroke = capsule({140, 40}, {175, 40}, 15)(p);
                              const bool bright =
                                  BrightBlock.contains(cv::Point(int(p.x), int(p.y)));
                              if (!bright)
                                  return 0;
                              return stroke;
                          }),
                 QString());
    }

    void regionGrowingSelectsExactlyTheClickedBlock()
    {
        use<RegionGrowTool>(m_context.get(), m_brush.get());
        m_brush->setTolerance(5);
        click(at(130, 30));
        QVERIFY(onlyMask());
        QCOMPARE(onlyMask()->mask.bounds, BrightBlock);
        QCOMPARE(maskArea(onlyMask()->mask), qint64(BrightBlock.area()));
        // A click on the grey block while the first mask is selected adds it to that mask.
        click(at(170, 30));
        QVERIFY(onlyMask());
        QCOMPARE(maskArea(onlyMask()->mask), qint64(BrightBlock.area() + GreyBlock.area()));
        m_context->undo();
        QCOMPARE(maskArea(onlyMask()->mask), qint64(BrightBlock.area()));
    }

    void lassoFillsTheEnclosedPixels()
    {
        use<LassoTool>(m_context.get());
        drag({at(10, 10), at(40, 10), at(40, 30), at(10, 30), at(10, 10)});
        QVERIFY(onlyMask());
        QCOMPARE(onlyMask()->mask.bounds, cv::Rect(10, 10, 30, 20));
        QCOMPARE(maskArea(onlyMask()->mask), qint64(600));
    }

    void grabCutSegmentsTheBlockInItsBox()
    {
        auto *tool = use<GrabCutTool>(m_context.get());
        QSignalSpy finished(tool, &GrabCutTool::finished);
        drag({at(105, 5), at(140, 40), at(175, 75)});
        QVERIFY(finished.wait(20000));
        QVERIFY(onlyMask());
        // The box held the bright block, most of the grey one and background; the result
        // must cover the bright block and leave the background outside the blocks alone.
        const qint64 inBlock = intersectionArea(
            onlyMask()->mask, BinaryMask{BrightBlock, cv::Mat1b(BrightBlock.size(), uchar(1))});
        QVERIFY2(inBlock > BrightBlock.area() * 0.9, qPrintable(QString::number(inBlock)));
        const qint64 outside =
            maskArea(onlyMask()->mask) - inBlock -
            intersectionArea(onlyMask()->mask,
                             BinaryMask{GreyBlock, cv::Mat1b(GreyBlock.size(), uchar(1))});
        QVERIFY2(outside < 50, qPrintable(QString::number(outside)));
    }

    void polygonIsDrawnClosedAndItsVerticesEdited()
    {
        use<PolygonTool>(m_context.get());
        clickVertices({{10, 10}, {60, 10}, {60, 50}, {10, 50}});
        click(at(10.5, 10.5)); // on the first vertex: closes
        QCOMPARE(int(m_context->myPolygons().size()), 1);
        PolygonAnnotation polygon = m_context->myPolygons().front();
        QCOMPARE(polygon.vertices,
                 (std::vector<ImagePoint>{{10, 10}, {60, 10}, {60, 50}, {10, 50}}));
        QCOMPARE(m_context->selectedBoxId(), polygon.id);
        QCOMPARE(journalOps().last(), QStringLiteral("polygon.add"));

        // Move a vertex.
        drag({at(60, 50), at(70, 60), at(80, 70)});
        QCOMPARE(m_context->myPolygons().front().vertices[2], (ImagePoint{80, 70}));
        // Insert one by dragging the middle of the top edge.
        drag({at(35, 10), at(35, 5), at(35, 2)});
        QCOMPARE(m_context->myPolygons().front().vertices,
                 (std::vector<ImagePoint>{{10, 10}, {35, 2}, {60, 10}, {80, 70}, {10, 50}}));
        // Delete it again with a right-click, then the moved one with Delete.
        click(at(35, 2), Qt::RightButton);
        QCOMPARE(m_context->myPolygons().front().vertices.size(), size_t(4));
        drag({at(80, 70), at(80, 70)}); // touch the vertex: it becomes the active one
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QCOMPARE(m_context->myPolygons().front().vertices,
                 (std::vector<ImagePoint>{{10, 10}, {60, 10}, {10, 50}}));
        // Undo walks back through every step.
        m_context->undo();
        m_context->undo();
        QCOMPARE(m_context->myPolygons().front().vertices.size(), size_t(5));
        m_context->undo();
        m_context->undo();
        QCOMPARE(m_context->myPolygons().front().vertices, polygon.vertices);
    }

    void polygonDrawingCancelsWithEscapeAndClosesWithEnter()
    {
        auto *tool = use<PolygonTool>(m_context.get());
        clickVertices({{10, 10}, {60, 10}});
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QVERIFY(!tool->isDrawing());
        QVERIFY(m_context->myPolygons().empty());
        clickVertices({{10, 10}, {60, 10}, {60, 50}});
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QCOMPARE(int(m_context->myPolygons().size()), 1);
        QCOMPARE(m_context->myPolygons().front().vertices.size(), size_t(3));
    }

    void polygonAndMaskConvertIntoEachOther()
    {
        use<PolygonTool>(m_context.get());
        clickVertices({{10, 10}, {40, 10}, {40, 30}, {10, 30}});
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        MaskOperations operations(m_context.get());
        QVERIFY(operations.polygonToMaskAction()->isEnabled());
        operations.polygonToMask();
        QVERIFY(m_context->myPolygons().empty());
        QVERIFY(onlyMask());
        QCOMPARE(onlyMask()->mask.bounds, cv::Rect(10, 10, 30, 20));
        QCOMPARE(maskArea(onlyMask()->mask), qint64(600));
        operations.maskToPolygons();
        QVERIFY(m_context->myMasks().empty());
        QCOMPARE(int(m_context->myPolygons().size()), 1);
        // The outline rasterises back to the same pixels.
        Polygon ring;
        for (const ImagePoint &p : m_context->myPolygons().front().vertices)
            ring.emplace_back(p.x, p.y);
        const BinaryMask back = rasterizePolygon(ring, {ImageWidth, ImageHeight});
        QCOMPARE(back.bounds, cv::Rect(10, 10, 30, 20));
        QCOMPARE(maskArea(back), qint64(600));
        // Each conversion is one undo step.
        m_context->undo();
        QVERIFY(onlyMask());
        QVERIFY(m_context->myPolygons().empty());
    }

    void fillHolesAndSmoothAreUndoableSteps()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(6);
        // A square ring of strokes with a hole in the middle.
        drag({at(20, 20), at(60, 20), at(60, 60), at(20, 60), at(20, 20)});
        const BinaryMask ring = onlyMask()->mask;
        QVERIFY(!onlyMask()->mask.contains(40, 40));
        MaskOperations operations(m_context.get());
        operations.fillHoles();
        QVERIFY(onlyMask()->mask.contains(40, 40));
        m_context->undo();
        QVERIFY(samePixels(onlyMask()->mask, ring));
    }

    void undoMemoryCapDropsTheOldestSteps()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(10);
        std::vector<BinaryMask> states;
        for (int i = 0; i < 6; ++i) {
            drag({at(10 + 30 * i, 20), at(10 + 30 * i, 80)});
            states.push_back(onlyMask()->mask);
        }
        const qint64 unlimited = m_context->undoMemoryUsed();
        // A budget for about half of the history.
        m_context->setUndoMemoryLimit(unlimited / 2);
        QVERIFY(m_context->undoMemoryUsed() <= unlimited / 2);
        int undone = 0;
        while (m_context->canUndo()) {
            m_context->undo();
            ++undone;
        }
        QVERIFY2(undone >= 1 && undone < 6, qPrintable(QString::number(undone)));
        // The oldest steps went; the state reached is the one after the last dropped step.
        QVERIFY(onlyMask());
        QVERIFY(samePixels(onlyMask()->mask, states[size_t(5 - undone)]));
        m_context->undo(); // nothing left to undo: nothing changes
        QVERIFY(samePixels(onlyMask()->mask, states[size_t(5 - undone)]));
        // Redo still reaches the newest state.
        for (int i = 0; i < undone; ++i)
            m_context->undoStack()->redo();
        QVERIFY(samePixels(onlyMask()->mask, states.back()));
    }

    void hiddenLabelsAndTheHoldKeyHideMasks()
    {
        use<BrushTool>(m_context.get(), m_brush.get(), BrushTool::Mode::Paint);
        m_brush->setDiameter(20);
        drag({at(30, 50), at(60, 50)});
        m_context->setFillOpacity(1.0);
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape); // no selection outline
        m_canvas->setTool(nullptr);                      // no brush circle
        const QColor nodule(m_context->taxonomy().find(m_nodule)->color);
        auto pixelAt = [&](QPoint p) { return m_canvas->grab().toImage().pixelColor(p); };
        QCOMPARE(pixelAt(at(45, 50)), nodule);
        m_context->setLabelVisible(m_nodule, false);
        QVERIFY(pixelAt(at(45, 50)) != nodule);
        m_context->setLabelVisible(m_nodule, true);
        QTest::keyPress(m_canvas.get(), Qt::Key_H);
        QVERIFY(!m_canvas->annotationsShown());
        QVERIFY(pixelAt(at(45, 50)) != nodule);
        QTest::keyRelease(m_canvas.get(), Qt::Key_H);
        QCOMPARE(pixelAt(at(45, 50)), nodule);
    }
};

QTEST_MAIN(TestMaskTools)
#include "tst_masktools.moc"
