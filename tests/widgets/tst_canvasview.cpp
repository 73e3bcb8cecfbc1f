// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/tiledimage.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"
#include "tests/core/tifftestfiles.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/viewgeometry.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/boxtool.h"
#include "widgets/tools/lassotool.h"
#include "widgets/tools/toolmanager.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <opencv2/imgproc.hpp>

using namespace concord;
using namespace concord::testing;

// The canvas shows big images through tiles of a pyramid: a paint converts only the tiles on
// screen, zoom keeps the point under the cursor, and window/level changes the displayed pixels.
class TestCanvasView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LabelingContext> m_context;

    static std::shared_ptr<DisplayImage> makeImage(int width, int height, int depth)
    {
        auto display = std::make_shared<DisplayImage>();
        cv::Mat pixels(height, width, depth);
        cv::randu(pixels, 0, depth == CV_8U ? 256 : 4096);
        display->image.frames.push_back(pixels);
        display->image.metadata.bitsStored = depth == CV_8U ? 8 : 12;
        display->pyramid = ImagePyramid(pixels);
        return display;
    }

    static std::shared_ptr<DisplayImage> imageOf(const cv::Mat &pixels)
    {
        auto display = std::make_shared<DisplayImage>();
        display->image.frames.push_back(pixels);
        display->image.metadata.bitsStored = 12;
        display->pyramid = ImagePyramid(pixels);
        return display;
    }

    static qint64 maxTilesFor(QSize view)
    {
        const int t = TileRenderer::TileSize;
        return qint64(view.width() / t + 2) * (view.height() / t + 2);
    }

    // The blind-reading set-up: a project with the label Nodule, one 100x100 item "i1" and the
    // annotators bob and reader, then `moreAnnotators`; bob has committed `bobsWork` on i1 and
    // reader's session is open. On failure, fails the running test and returns nullptr.
    static std::unique_ptr<Workspace>
    openBlindReadingProject(const QString &folder, const std::vector<Annotator> &moreAnnotators,
                            const std::vector<Edit> &bobsWork)
    {
        std::vector<Annotator> people = {
            {QStringLiteral("bob"), QStringLiteral("Bob"), Role::Annotator},
            {QStringLiteral("reader"), QStringLiteral("Reader"), Role::Annotator}};
        people.insert(people.end(), moreAnnotators.begin(), moreAnnotators.end());
        auto workspace = createProject(
            folder, projectWithLabels(QStringLiteral("blind"), QStringLiteral("Nodule")), people,
            {Item{QStringLiteral("i1"), QStringLiteral("a.png"), {}, 100, 100}});
        if (!workspace)
            return nullptr;
        MaybeError error = workspace->startSession(QStringLiteral("bob"));
        for (size_t i = 0; i < bobsWork.size() && !error; ++i)
            error = workspace->commit(bobsWork[i]);
        if (!error)
            error = workspace->startSession(QStringLiteral("reader"));
        if (error) {
            QTest::qFail(qPrintable(error->toString()), __FILE__, __LINE__);
            return nullptr;
        }
        return workspace;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Workspace::create(m_dir.path(), Project::create(QStringLiteral("t"), {}));
        QVERIFY(created);
        m_workspace = std::move(*created);
        m_context = std::make_unique<LabelingContext>(m_workspace.get());
    }

    void paintConvertsOnlyVisibleTiles()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(600, 400);
        canvas.setImage(makeImage(8000, 6000, CV_8U)); // 32 x 24 = 768 full-resolution tiles
        QImage target(canvas.size(), QImage::Format_RGB32);

        canvas.render(&target); // at fit: a coarse pyramid level, a handful of tiles
        QVERIFY(canvas.tiles().renderedTileCount() <= maxTilesFor(canvas.size()));

        canvas.zoomToActualPixels();
        const qint64 before = canvas.tiles().renderedTileCount();
        canvas.render(&target);
        const qint64 atFullResolution = canvas.tiles().renderedTileCount() - before;
        QVERIFY(atFullResolution > 0);
        QVERIFY2(atFullResolution <= maxTilesFor(canvas.size()),
                 qPrintable(QString::number(atFullResolution)));

        canvas.render(&target); // unchanged view: everything comes from the cache
        QCOMPARE(canvas.tiles().renderedTileCount(), before + atFullResolution);
    }

    void windowLevelChangesDisplayedPixels()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(64, 64);
        auto display = std::make_shared<DisplayImage>();
        display->image.frames.push_back(cv::Mat(64, 64, CV_16U, cv::Scalar(1000)));
        display->image.metadata.bitsStored = 12;
        display->pyramid = ImagePyramid(display->image.frames.front());
        canvas.setImage(display);
        QImage target(canvas.size(), QImage::Format_RGB32);

        canvas.setWindowLevel({1000, 200, VoiFunction::LinearExact, false}); // value at the centre
        canvas.render(&target);
        QCOMPARE(qGray(target.pixel(32, 32)), 128);
        canvas.setWindowLevel({2000, 200, VoiFunction::LinearExact, false}); // below the window
        canvas.render(&target);
        QCOMPARE(qGray(target.pixel(32, 32)), 0);
        canvas.setWindowLevel({2000, 200, VoiFunction::LinearExact, true}); // inverted
        canvas.render(&target);
        QCOMPARE(qGray(target.pixel(32, 32)), 255);
    }

    void wheelZoomKeepsThePointUnderTheCursor()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(400, 300);
        canvas.setImage(makeImage(1000, 800, CV_8U));
        const QPointF cursor(123, 77);
        const QPointF before = canvas.toImage(cursor);
        QWheelEvent wheel(cursor, canvas.mapToGlobal(cursor), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&canvas, &wheel);
        QVERIFY(canvas.scale() > 0.3);
        const QPointF after = canvas.toImage(cursor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-9 && std::abs(after.y() - before.y()) < 1e-9);
    }

    void middleDragPans()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(400, 300);
        canvas.setImage(makeImage(1000, 800, CV_8U));
        const QPointF before = canvas.toView(QPointF(0, 0));
        QTest::mousePress(&canvas, Qt::MiddleButton, Qt::NoModifier, QPoint(100, 100));
        QTest::mouseMove(&canvas, QPoint(130, 90));
        QTest::mouseRelease(&canvas, Qt::MiddleButton, Qt::NoModifier, QPoint(130, 90));
        QCOMPARE(canvas.toView(QPointF(0, 0)), before + QPointF(30, -10));
    }

    void rotationAndMirrorMapImageCorners()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(400, 400);
        canvas.setImage(makeImage(200, 100, CV_8U)); // fits at scale 2: 400 x 200, centred
        canvas.rotate(1); // clockwise: the image's top-left corner goes to the top-right
        QCOMPARE(canvas.quarterTurns(), 1);
        // Turned, the image is 100 x 200, fitted at scale 2 into 200 x 400, centred at x 100..300.
        QCOMPARE(canvas.scale(), 2.0);
        QCOMPARE(canvas.toView(QPointF(0, 0)), QPointF(300, 0));
        QCOMPARE(canvas.toView(QPointF(200, 100)), QPointF(100, 400));
        // Round trip through the inverse.
        const QPointF p(37.5, 12.25);
        const QPointF back = canvas.toImage(canvas.toView(p));
        QVERIFY(std::abs(back.x() - p.x()) < 1e-9 && std::abs(back.y() - p.y()) < 1e-9);

        canvas.rotate(-1);
        canvas.flip(Qt::Horizontal); // mirrored: top-left goes to the top-right
        QCOMPARE(canvas.toView(QPointF(0, 0)), QPointF(400, 100));
        canvas.flip(Qt::Horizontal);
        QCOMPARE(canvas.toView(QPointF(0, 0)), QPointF(0, 100));
        QCOMPARE(canvas.quarterTurns(), 0);
        QVERIFY(!canvas.isMirrored());

        // Boxes are drawn from the same mapping: a box's view rectangle follows the turn.
        canvas.rotate(2);
        QCOMPARE(canvas.toView(QRectF(0, 0, 10, 10)), QRectF(380, 280, 20, 20));
    }

    void multiFrameShowsOneFrameAtATime()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(64, 64);
        auto display = std::make_shared<DisplayImage>();
        for (int value : {10, 120, 250})
            display->image.frames.push_back(cv::Mat(64, 64, CV_8U, cv::Scalar(value)));
        display->pyramid = ImagePyramid(display->image.frames.front());
        canvas.setImage(display);
        QImage target(canvas.size(), QImage::Format_RGB32);
        canvas.render(&target);
        QCOMPARE(qGray(target.pixel(32, 32)), 10);

        QSignalSpy changed(&canvas, &CanvasView::frameChanged);
        canvas.setFrame(2);
        canvas.render(&target);
        QCOMPARE(qGray(target.pixel(32, 32)), 250);
        QCOMPARE(changed.count(), 1);
        canvas.setFrame(99); // clamped to the last frame: no change
        QCOMPARE(canvas.frame(), 2);
        QCOMPARE(changed.count(), 1);
        canvas.setFrame(1);
        canvas.render(&target);
        QCOMPARE(qGray(target.pixel(32, 32)), 120);
    }

    void otherReadersAppearOnlyWhereBlindReadingAllows()
    {
        BoxAnnotation box;
        box.id = 1;
        box.labelId = 1;
        box.rect = {10, 10, 20, 20};
        QTemporaryDir dir;
        const auto opened = openBlindReadingProject(
            dir.path(), {{QStringLiteral("lead"), QStringLiteral("Lead"), Role::Lead}},
            {edits::addBox(QStringLiteral("i1"), box).forward});
        QVERIFY(opened);
        Workspace &workspace = *opened;
        LabelingContext context(&workspace);
        context.setCurrentIndex(0);
        CanvasView canvas(&context);
        canvas.setImage(makeImage(100, 100, CV_8U));
        QVERIFY(canvas.otherReadersOnScreen().isEmpty()); // hidden by default
        canvas.setOtherReadersVisible(true);
        QVERIFY(canvas.otherReadersOnScreen().isEmpty()); // blind: not submitted yet
        QVERIFY(!workspace.commit(
            edits::setItemStatus(QStringLiteral("i1"), ItemStatus::New, ItemStatus::Done).forward));
        QCOMPARE(canvas.otherReadersOnScreen(), QStringList{QStringLiteral("bob")});

        QVERIFY(!workspace.startSession(QStringLiteral("lead")));
        QCOMPARE(canvas.otherReadersOnScreen(),
                 (QStringList{QStringLiteral("bob"), QStringLiteral("reader")}));
        QImage target(100, 100, QImage::Format_RGB32);
        canvas.resize(100, 100);
        canvas.render(&target); // paints both readers' work without trouble
    }

    // In a review two readers who drew the same box get their name tags one under the other,
    // not one over the other (issue 14, finding 9).
    void readersTagsOnTheSameBoxDoNotOverlap()
    {
        QTemporaryDir dir;
        const auto opened = openBlindReadingProject(dir.path(), {}, {});
        QVERIFY(opened);
        LabelingContext context(opened.get());
        context.setCurrentIndex(0);
        CanvasView canvas(&context);
        canvas.resize(100, 100);
        canvas.setImage(makeImage(100, 100, CV_8U));
        BoxAnnotation box;
        box.id = 1;
        box.labelId = 1;
        box.rect = {10, 10, 20, 20};
        QImage target(100, 100, QImage::Format_RGB32);
        QPainter painter(&target);
        AnnotationPainter annotations(painter, canvas, context.taxonomy());
        const QRectF first = annotations.paintOtherReaderBox(box, QStringLiteral("Bob"), 0);
        const QRectF second = annotations.paintOtherReaderBox(box, QStringLiteral("Ann"), 1);
        QVERIFY(!first.isEmpty());
        QVERIFY2(!first.intersects(second), qPrintable(QStringLiteral("%1,%2 and %3,%4")
                                                           .arg(first.top())
                                                           .arg(first.bottom())
                                                           .arg(second.top())
                                                           .arg(second.bottom())));
        QCOMPARE(second.left(), first.left()); // still under the box's corner
    }

    // A pan by whole pixels blits the annotation layer drawn for the previous frame; the result
    // is the same picture as drawing every annotation again, and edits, fractional pans and zooms
    // draw the layer again.
    void panReusesTheAnnotationLayer()
    {
        QTemporaryDir dir;
        const auto created = createProject(
            dir.path(), projectWithLabels(QStringLiteral("pan"), QStringLiteral("Nodule")),
            {{QStringLiteral("reader"), QStringLiteral("Reader"), Role::Annotator}},
            {Item{QStringLiteral("i1"), QStringLiteral("a.png"), {}, 200, 100}});
        QVERIFY(created);
        Workspace &workspace = *created;
        QVERIFY(!workspace.startSession(QStringLiteral("reader")));
        LabelingContext context(&workspace);
        context.setCurrentIndex(0);
        BoxAnnotation box;
        box.id = 1;
        box.labelId = 1;
        box.rect = {40, 30, 40, 20};
        QVERIFY(context.pushEdit(edits::addBox(QStringLiteral("i1"), box), QStringLiteral("box")));
        CanvasView canvas(&context);
        canvas.resize(400, 200);
        canvas.setImage(makeImage(200, 100, CV_8U));
        QImage target(canvas.size(), QImage::Format_RGB32);
        canvas.render(&target);
        int drawn = canvas.annotationLayer().renderCount();
        QVERIFY(drawn > 0);

        canvas.panBy(QPointF(30, 17));
        canvas.render(&target);
        QCOMPARE(canvas.annotationLayer().renderCount(), drawn);
        const QColor nodule = AnnotationPainter::labelColor(context.taxonomy(), 1);
        const QPoint leftEdge = canvas.toView(QPointF(40, 40)).toPoint();
        QCOMPARE(QColor(target.pixel(leftEdge)), nodule); // the outline moved with the image

        canvas.setOtherReadersVisible(false); // draws the layer again, nothing else changes
        QImage redrawn(canvas.size(), QImage::Format_RGB32);
        canvas.render(&redrawn);
        QCOMPARE(canvas.annotationLayer().renderCount(), drawn + 1);
        QCOMPARE(redrawn, target);

        // Beyond the margin: the layer keeps what it covers and draws the newly exposed strip,
        // again the same picture as drawing everything.
        canvas.zoomToActualPixels();
        canvas.render(&target);
        const int drawnAtOneToOne = canvas.annotationLayer().renderCount();
        canvas.panBy(QPointF(-AnnotationLayer::Margin - 40, 0));
        canvas.render(&target);
        QCOMPARE(canvas.annotationLayer().renderCount(), drawnAtOneToOne);
        QCOMPARE(canvas.annotationLayer().stripRenderCount(), 1);
        canvas.setOtherReadersVisible(false);
        canvas.render(&redrawn);
        QCOMPARE(redrawn, target);
        canvas.fitToWindow();
        canvas.render(&target);
        drawn = canvas.annotationLayer().renderCount();

        canvas.panBy(QPointF(0.5, 0));
        canvas.render(&target);
        QCOMPARE(canvas.annotationLayer().renderCount(), drawn + 1);

        box.id = 2;
        box.rect = {120, 30, 40, 20};
        QVERIFY(context.pushEdit(edits::addBox(QStringLiteral("i1"), box), QStringLiteral("box")));
        canvas.render(&target);
        QCOMPARE(canvas.annotationLayer().renderCount(), drawn + 2);
        QCOMPARE(QColor(target.pixel(canvas.toView(QPointF(120, 40)).toPoint())), nodule);
    }

    // Another reader's mask and polygon appear in the "other readers" overlay in that reader's
    // colour only once blind reading allows it, i.e. after the viewer submitted the item.
    void otherReadersMasksAndPolygonsAppearOnlyAfterSubmitting()
    {
        MaskAnnotation mask;
        mask.id = 1;
        mask.labelId = 1;
        mask.mask.bounds = cv::Rect(20, 20, 30, 30);
        mask.mask.pixels = cv::Mat1b(30, 30, uchar(1));
        PolygonAnnotation polygon;
        polygon.id = 2;
        polygon.labelId = 1;
        polygon.vertices = {{60, 60}, {90, 60}, {90, 90}, {60, 90}};
        QTemporaryDir dir;
        const auto opened =
            openBlindReadingProject(dir.path(), {},
                                    {edits::addMask(QStringLiteral("i1"), mask).forward,
                                     edits::addPolygon(QStringLiteral("i1"), polygon).forward});
        QVERIFY(opened);
        Workspace &workspace = *opened;
        LabelingContext context(&workspace);
        context.setCurrentIndex(0);
        CanvasView canvas(&context);
        canvas.resize(200, 200); // scale 2
        auto display = std::make_shared<DisplayImage>();
        display->image.frames.push_back(cv::Mat(100, 100, CV_8U, cv::Scalar(0)));
        display->image.metadata.bitsStored = 8;
        display->pyramid = ImagePyramid(display->image.frames.front());
        canvas.setImage(display);
        canvas.setOtherReadersVisible(true);
        const QColor bob = AnnotationPainter::readerColor(0);
        // Reader-coloured pixels along the left edge of the mask (image x = 20) and of the polygon
        // (x = 60), between their top and bottom; the outline is dashed, so some are gaps.
        auto readerPixelsOnEdge = [&](double imageX, double top, double bottom) {
            QImage target(canvas.size(), QImage::Format_RGB32);
            canvas.render(&target);
            int count = 0;
            for (double y = top + 2; y < bottom - 2; y += 0.5) {
                const QPoint p = canvas.toView(QPointF(imageX, y)).toPoint();
                for (int dx = -1; dx <= 1; ++dx)
                    count += QColor(target.pixel(p.x() + dx, p.y())) == bob ? 1 : 0;
            }
            return count;
        };
        QCOMPARE(readerPixelsOnEdge(20, 20, 50), 0); // blind: not submitted yet
        QCOMPARE(readerPixelsOnEdge(60, 60, 90), 0);
        QVERIFY(!workspace.commit(
            edits::setItemStatus(QStringLiteral("i1"), ItemStatus::New, ItemStatus::Done).forward));
        QVERIFY(readerPixelsOnEdge(20, 20, 50) > 10);
        QVERIFY(readerPixelsOnEdge(60, 60, 90) > 10);
    }

    // Below 1:1 each screen pixel shows the mean of the image area under it (no aliasing), and
    // the boundary between two regions lands on the screen pixel the view transform says.
    void belowOneToOneScreenPixelsAreAreaAverages()
    {
        cv::Mat pixels(200, 400, CV_16U);
        for (int y = 0; y < pixels.rows; ++y) {
            for (int x = 0; x < pixels.cols; ++x) {
                const bool checker = (x + y) % 2;
                pixels.at<quint16>(y, x) = x < 200 ? (checker ? 2000 : 0) : 3000;
            }
        }
        CanvasView canvas(m_context.get());
        canvas.resize(200, 100); // fit: scale 0.5, every screen pixel covers 2 x 2 image pixels
        canvas.setImage(imageOf(pixels));
        QCOMPARE(canvas.scale(), 0.5);
        canvas.setWindowLevel({2000, 4000, VoiFunction::LinearExact, false});
        QImage target(canvas.size(), QImage::Format_RGB32);
        canvas.render(&target);
        // Checkerboard of 0 and 2000 averages to 1000: (1000 - 2000) / 4000 + 0.5 = 0.25 -> 64.
        for (int x : {0, 37, 99})
            QCOMPARE(qGray(target.pixel(x, 50)), 64);
        QCOMPARE(qGray(target.pixel(100, 50)), 191); // 3000 -> 0.75 * 255 = 191.25
        QCOMPARE(qGray(target.pixel(199, 99)), 191);
    }

    void belowOneToOneTurnsAndMirrorsFollowTheTransform()
    {
        cv::Mat pixels(300, 400, CV_16U, cv::Scalar(0));
        pixels(cv::Rect(0, 0, 100, 60)).setTo(4000); // a bright block at the image's top left
        CanvasView canvas(m_context.get());
        canvas.resize(250, 250);
        canvas.setImage(imageOf(pixels));
        canvas.setWindowLevel({2000, 4000, VoiFunction::LinearExact, false});
        QImage target(canvas.size(), QImage::Format_RGB32);
        for (int step = 0; step < 6; ++step) {
            if (step < 4)
                canvas.rotate(1);
            else
                canvas.flip(step == 4 ? Qt::Horizontal : Qt::Vertical);
            canvas.render(&target);
            QVERIFY(canvas.scale() < 1.0);
            const QPoint bright = canvas.toView(QPointF(50, 30)).toPoint();
            const QPoint dark = canvas.toView(QPointF(300, 200)).toPoint();
            QVERIFY2(qGray(target.pixel(bright)) == 255, qPrintable(QString::number(step)));
            QVERIFY2(qGray(target.pixel(dark)) == 0, qPrintable(QString::number(step)));
        }
    }

    void wholePixelPansReuseScreenTilesAndWindowChangesReuseResampling()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(600, 400);
        canvas.setImage(makeImage(3000, 2000, CV_16U));
        QImage target(canvas.size(), QImage::Format_RGB32);
        canvas.render(&target);
        const qint64 afterFit = canvas.tiles().renderedTileCount();
        canvas.panBy(QPointF(7, -3));
        canvas.render(&target);
        QCOMPARE(canvas.tiles().renderedTileCount(), afterFit); // same grid, same tiles
        WindowLevel window = canvas.windowLevel();
        window.center += 10;
        canvas.setWindowLevel(window);
        canvas.render(&target);
        QCOMPARE(canvas.tiles().renderedTileCount(), 2 * afterFit); // each tile looked up again
    }

    // Right drag sets the window as on PACS workstations: horizontal changes the width, vertical
    // the centre, live during the drag, and the picture follows.
    void rightDragSetsWindowLevelLive()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(400, 400);
        auto display = imageOf(cv::Mat(100, 100, CV_16U, cv::Scalar(1000)));
        canvas.setImage(display);
        canvas.setWindowLevel({1000, 400, VoiFunction::Linear, false});
        QSignalSpy changes(&canvas, &CanvasView::windowLevelChanged);
        QImage target(canvas.size(), QImage::Format_RGB32);
        canvas.render(&target);
        const int before = qGray(target.pixel(200, 200));

        QTest::mousePress(&canvas, Qt::RightButton, Qt::NoModifier, QPoint(100, 100));
        QTest::mouseMove(&canvas, QPoint(140, 100)); // wider
        QVERIFY(changes.count() >= 1);
        QVERIFY(canvas.windowLevel().width > 400);
        QCOMPARE(canvas.windowLevel().center, 1000.0);
        QTest::mouseMove(&canvas, QPoint(140, 160)); // centre up: the same value looks darker
        QTest::mouseRelease(&canvas, Qt::RightButton, Qt::NoModifier, QPoint(140, 160));
        QVERIFY(canvas.windowLevel().center > 1000);
        canvas.render(&target);
        QVERIFY2(qGray(target.pixel(200, 200)) < before,
                 qPrintable(QString::number(qGray(target.pixel(200, 200)))));
    }

    void fitShowsTheWholeImageCentred()
    {
        CanvasView canvas(m_context.get());
        canvas.resize(400, 300);
        canvas.setImage(makeImage(1000, 500, CV_8U));
        QCOMPARE(canvas.scale(), 0.4);
        QCOMPARE(canvas.toView(QPointF(0, 0)), QPointF(0, 50));
        QCOMPARE(canvas.toView(QPointF(1000, 500)), QPointF(400, 250));
    }

    // The view geometry on its own (widgets/canvas/viewgeometry.h), without a widget.
    void viewGeometryTurnsAboutTheCentreAndZoomsAboutTheCursor()
    {
        ViewGeometry view;
        view.setImageSize(QSizeF(300, 100));
        const QSizeF viewSize(400, 400);
        QVERIFY(view.fit(viewSize));
        QCOMPARE(view.scale(), 400.0 / 300.0);
        QCOMPARE(view.imageToView().map(QPointF(150, 50)), QPointF(200, 200)); // centred
        QVERIFY(view.isFitted());

        view.zoomAt(QPointF(100, 180), 2.0);
        QVERIFY(!view.isFitted());
        const QPointF underCursor = view.viewToImage().map(QPointF(100, 180));
        view.zoomAt(QPointF(100, 180), 1.5);
        QCOMPARE(view.viewToImage().map(QPointF(100, 180)), underCursor);

        // A quarter turn keeps the image point at the centre of the view where it was.
        const QPointF atCentre = view.viewToImage().map(QPointF(200, 200));
        view.rotate(1, viewSize);
        QCOMPARE(view.quarterTurns(), 1);
        QCOMPARE(view.orientedSize(), QSizeF(100, 300));
        QVERIFY((view.imageToView().map(atCentre) - QPointF(200, 200)).manhattanLength() < 1e-9);
        // Mirrored, a clockwise turn on screen is an anticlockwise one of the image.
        view.flip(Qt::Horizontal, viewSize);
        view.rotate(1, viewSize);
        QCOMPARE(view.quarterTurns(), 0);
        QVERIFY(view.isMirrored());
        view.resetOrientation(viewSize);
        QCOMPARE(view.quarterTurns(), 0);
        QVERIFY(!view.isMirrored());
        QVERIFY(view.isFitted());
        QVERIFY(!ViewGeometry().fit(viewSize)); // no image: nothing to fit
    }

    // The linked views of the side-by-side comparison: a follower takes the leader's turns and
    // zoom relative to its own width, and shows the same relative point at its centre.
    void aFollowingViewShowsTheSameRelativePart()
    {
        ViewGeometry leader;
        leader.setImageSize(QSizeF(200, 100));
        const QSizeF leaderView(400, 300);
        QVERIFY(leader.fit(leaderView));
        leader.zoomAt(QPointF(100, 100), 3.0);
        leader.rotate(1, leaderView);
        leader.flip(Qt::Horizontal, leaderView);

        ViewGeometry follower; // a prior twice the size, in a narrower view
        follower.setImageSize(QSizeF(400, 200));
        const QSizeF followerView(300, 300);
        follower.follow(leader, leaderView, followerView);
        QCOMPARE(follower.quarterTurns(), leader.quarterTurns());
        QCOMPARE(follower.isMirrored(), leader.isMirrored());
        QVERIFY(!follower.isFitted());
        QCOMPARE(follower.scale(), leader.scale() / 2.0);
        const QPointF leaderCentre = leader.viewToImage().map(QPointF(200, 150));
        const QPointF followerCentre = follower.viewToImage().map(QPointF(150, 150));
        QVERIFY((followerCentre - leaderCentre * 2.0).manhattanLength() < 1e-6);

        // Fitted follows fitted.
        ViewGeometry fitted;
        fitted.setImageSize(QSizeF(200, 100));
        QVERIFY(fitted.fit(leaderView));
        follower.follow(fitted, leaderView, followerView);
        QVERIFY(follower.isFitted());
        QCOMPARE(follower.scale(), 300.0 / 400.0);
    }

    // A big raster read by tile (docs/viewer.md, "Big rasters") looks exactly like the same
    // pixels held in memory: at 1:1, at fit and in between, where its levels are averaged
    // once instead of halved step by step (a grey level of rounding at most).
    void aTiledImageLooksLikeTheSamePixelsInMemory()
    {
        cv::Mat pixels(2048, 4096, CV_8U);
        cv::randu(pixels, 0, 256);
        cv::GaussianBlur(pixels, pixels, cv::Size(7, 7), 0);
        const QString path = m_dir.filePath(QStringLiteral("big.tif"));
        QVERIFY(testing::writeTiff(path, pixels, testing::TiffWriteOptions{}));
        TiledImage::OpenOptions options;
        options.residentPixels = 300 * 1000; // levels 0 to 2 read by tile
        Expected<std::shared_ptr<TiledImage>> tiled = TiledImage::open(path, options);
        QVERIFY(tiled);
        auto tiledDisplay = std::make_shared<DisplayImage>();
        tiledDisplay->image.tiled = *tiled;
        tiledDisplay->image.metadata.bitsStored = 8;
        tiledDisplay->pyramid = ImagePyramid(std::shared_ptr<const TiledImage>(*tiled));
        auto memoryDisplay = std::make_shared<DisplayImage>();
        memoryDisplay->image.frames.push_back(pixels);
        memoryDisplay->image.metadata.bitsStored = 8;
        memoryDisplay->pyramid = ImagePyramid(pixels);

        CanvasView tiledCanvas(m_context.get());
        CanvasView memoryCanvas(m_context.get());
        for (CanvasView *canvas : {&tiledCanvas, &memoryCanvas}) {
            canvas->resize(500, 300);
            canvas->setImage(canvas == &tiledCanvas
                                 ? std::shared_ptr<const DisplayImage>(tiledDisplay)
                                 : memoryDisplay);
            canvas->setWindowLevel({128, 256, VoiFunction::LinearExact, false});
        }
        QCOMPARE(tiledCanvas.tiles().renderedTileCount(), 0);
        auto compare = [&](const char *view, int tolerance) {
            QImage a(500, 300, QImage::Format_RGB32);
            QImage b(500, 300, QImage::Format_RGB32);
            tiledCanvas.render(&a);
            memoryCanvas.render(&b);
            int worst = 0;
            for (int y = 0; y < 300; ++y)
                for (int x = 0; x < 500; ++x)
                    worst = std::max(worst, std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))));
            QVERIFY2(worst <= tolerance,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(view)).arg(worst)));
        };
        compare("fit", 2);
        for (CanvasView *canvas : {&tiledCanvas, &memoryCanvas})
            canvas->zoomAt(QPointF(250, 150), 3.0); // scale about 0.37: level 1, read by tile
        compare("zoomed in", 2);
        for (CanvasView *canvas : {&tiledCanvas, &memoryCanvas})
            canvas->zoomToActualPixels();
        compare("1:1", 0);
        // Nothing gives the mask tools a whole image to work on.
        QVERIFY(tiledCanvas.displayedIntensities().empty());
        QVERIFY(!memoryCanvas.displayedIntensities().empty());
    }

    void maskToolsAreOffForImagesReadByTile()
    {
        CanvasView canvas(m_context.get());
        ToolManager tools(&canvas);
        QAction *box = tools.addTool(new BoxTool(m_context.get()), QKeySequence(Qt::Key_B),
                                     QStringLiteral("Box"));
        QAction *lasso = tools.addTool(new LassoTool(m_context.get()), QKeySequence(Qt::Key_L),
                                       QStringLiteral("Lasso fill"));
        lasso->trigger();
        QCOMPARE(tools.activeTool()->needsWholeImage(), true);

        tools.setWholeImageAvailable(false);
        QVERIFY(!lasso->isEnabled());
        QVERIFY(lasso->toolTip().contains(QStringLiteral("read by tile")));
        QVERIFY(box->isEnabled());
        QVERIFY(box->isChecked()); // the lasso gave way
        QCOMPARE(tools.activeTool()->needsWholeImage(), false);

        tools.setWholeImageAvailable(true);
        QVERIFY(lasso->isEnabled());
        QVERIFY(!lasso->toolTip().contains(QStringLiteral("read by tile")));
    }
};

QTEST_MAIN(TestCanvasView)
#include "tst_canvasview.moc"
