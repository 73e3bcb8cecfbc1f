// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real canvas over a one-item project, for the tests that drive tools with mouse events
// (tst_boxtool, tst_masktools, tst_attributeform). The project has the labels Nodule and Mass
// (or a given taxonomy) and one annotator,
// "reader", in session; its item is an image written from given pixels and shown at scale 2.
#include "core/project/workspace.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <memory>
#include <vector>

namespace concord::testing {

class ToolCanvasFixture
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LabelingContext> m_context;
    std::unique_ptr<CanvasView> m_canvas;

    // Builds the project in a fresh folder with `pixels` as the item's image and the canvas that
    // shows it at `scale`, which must make the canvas at least its minimum 200 x 200 pixels.
    // Failures are reported through QTest: callers check QTest::currentTestFailed().
    void openCanvas(
        const cv::Mat &pixels,
        const Taxonomy &taxonomy = Taxonomy::fromIndentedText(QStringLiteral("Nodule\nMass")),
        int scale = 2)
    {
        m_workspace.reset();
        QVERIFY(m_dir.isValid());
        const QString root =
            m_dir.filePath(QStringLiteral("p%1").arg(QRandomGenerator::global()->generate()));
        auto created = Workspace::create(root, Project::create(QStringLiteral("t"), taxonomy));
        QVERIFY(created);
        m_workspace = std::move(*created);
        const QString imagePath = root + QStringLiteral("/img.png");
        QVERIFY(cv::imwrite(imagePath.toStdString(), pixels));
        QCOMPARE(
            *m_workspace->addItems({Item{
                QStringLiteral("item1"), QStringLiteral("img.png"), {}, pixels.cols, pixels.rows}}),
            1);
        QVERIFY(!m_workspace->addAnnotator({QStringLiteral("reader"), QStringLiteral("Reader")}));
        QVERIFY(!m_workspace->startSession(QStringLiteral("reader")));

        m_context = std::make_unique<LabelingContext>(m_workspace.get());
        m_context->setCurrentIndex(0);
        m_canvas = std::make_unique<CanvasView>(m_context.get());
        m_canvas->resize(pixels.cols * scale, pixels.rows * scale); // fits at `scale`, no margin
        auto image = prepareDisplayImage(imagePath);
        QVERIFY(image);
        m_canvas->setImage(*image);
        m_canvas->fitToWindow();
        QCOMPARE(m_canvas->scale(), double(scale));
    }

    // Destroys what openCanvas() made, the views before the workspace they show.
    void closeCanvas()
    {
        m_canvas.reset();
        m_context.reset();
        m_workspace.reset();
    }

    // The operations of this session's journal lines, in order.
    QStringList journalOps() const
    {
        QFile file(m_workspace->folder().sessionJournalFile(m_workspace->session().annotatorId,
                                                            m_workspace->session().id));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList ops;
        for (const QByteArray &line : file.readAll().trimmed().split('\n'))
            ops << QString::fromStdString(
                Json::parse(line.toStdString()).at("op").get<std::string>());
        return ops;
    }

    // A left-button drag through `path`, in canvas coordinates.
    void drag(const std::vector<QPoint> &path)
    {
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, path.front());
        for (size_t i = 1; i < path.size(); ++i)
            QTest::mouseMove(m_canvas.get(), path[i]);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, path.back());
    }
};

} // namespace concord::testing
