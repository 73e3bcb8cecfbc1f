// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"
#include "core/project/workspace.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/labelingcontext.h"
#include "widgets/tools/boxtool.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace concord;

// Drives the box tool with real mouse and key events on a real canvas, then checks the model,
// undo/redo and what reached the journal.
class TestBoxTool : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LabelingContext> m_context;
    std::unique_ptr<CanvasView> m_canvas;
    std::unique_ptr<BoxTool> m_tool;

    QStringList journalOps() const
    {
        QFile file(m_workspace->folder().sessionJournalFile(m_workspace->session().annotatorId,
                                                             m_workspace->session().id));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList ops;
        for (const QByteArray &line : file.readAll().trimmed().split('\n'))
            ops << QString::fromStdString(Json::parse(line.toStdString()).at("op").get<std::string>());
        return ops;
    }

    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(m_canvas.get(), (from + to) / 2);
        QTest::mouseMove(m_canvas.get(), to);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, to);
    }

private Q_SLOTS:
    void init()
    {
        m_workspace.reset();
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.filePath(QStringLiteral("p%1").arg(QRandomGenerator::global()->generate()));
        auto created = Workspace::create(root, Project::create(QStringLiteral("t"),
                                                               Taxonomy::fromIndentedText(QStringLiteral("Nodule\nMass"))));
        QVERIFY(created);
        m_workspace = std::move(*created);
        const QString imagePath = root + QStringLiteral("/img.png");
        QVERIFY(cv::imwrite(imagePath.toStdString(), cv::Mat(100, 200, CV_8U, cv::Scalar(90))));
        QCOMPARE(*m_workspace->addItems({Item{QStringLiteral("item1"), QStringLiteral("img.png"), {}, 200, 100}}), 1);
        QVERIFY(!m_workspace->addAnnotator({QStringLiteral("reader"), QStringLiteral("Reader")}));
        QVERIFY(!m_workspace->startSession(QStringLiteral("reader")));

        m_context = std::make_unique<LabelingContext>(m_workspace.get());
        m_context->setCurrentIndex(0);
        m_canvas = std::make_unique<CanvasView>(m_context.get());
        m_tool = std::make_unique<BoxTool>(m_context.get());
        m_canvas->resize(400, 200); // the 200x100 image fits at scale 2 with no margin
        m_canvas->setTool(m_tool.get());
        auto image = prepareDisplayImage(imagePath);
        QVERIFY(image);
        m_canvas->setImage(*image);
        m_canvas->fitToWindow();
        QCOMPARE(m_canvas->scale(), 2.0);
    }

    void cleanup()
    {
        m_tool.reset();
        m_canvas.reset();
        m_context.reset();
        m_workspace.reset();
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
        QCOMPARE(journalOps(), (QStringList{QStringLiteral("session.start"), QStringLiteral("box.add")}));

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
        QCOMPARE((*reopened)->store().itemWork(QStringLiteral("reader"), QStringLiteral("item1"))->boxes.front().rect,
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
        QCOMPARE(*m_workspace->addItems({Item{QStringLiteral("item2"), QStringLiteral("chest.dcm"), {}, 800, 400}}), 1);
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
                 qPrintable(QStringLiteral("%1 %2 %3 %4").arg(turned.x).arg(turned.y).arg(turned.width).arg(turned.height)));
        const auto saved = m_workspace->store().itemWork(QStringLiteral("reader"), QStringLiteral("item2"));
        QVERIFY(saved);
        QCOMPARE(saved->boxes.size(), size_t(2));
    }
};

QTEST_MAIN(TestBoxTool)
#include "tst_boxtool.moc"
