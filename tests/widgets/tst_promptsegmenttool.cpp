// SPDX-License-Identifier: GPL-3.0-or-later
// The smart-mask tool (docs/model-assisted-masks.md) driven with real mouse and key events on
// a real canvas, with tiny models written at test time: a click proposes the pixels the model
// defines, Enter adds them as one mask instance through the undo stack, Esc discards, the
// encoder runs once for several prompts, and without a model the tool's action is off.
#include "tests/core/predicatemask.h"
#include "tests/core/promptsegmentmodels.h"
#include "tests/widgets/toolcanvasfixture.h"
#include "widgets/tools/promptsegmenttool.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

#include <cmath>

using namespace concord;
using namespace concord::testing;

class TestPromptSegmentTool : public QObject, private ToolCanvasFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_models;
    QString m_pointsDescription;
    QString m_boxDescription;
    std::unique_ptr<PromptSegmentTool> m_tool;
    int m_nodule = 0;

    // Image coordinates to canvas coordinates: the canvas shows the image at scale 2.
    // The 64-pixel test image is shown at scale 4 (the canvas is at least 200 pixels wide).
    static constexpr int Scale = 4;
    static QPoint at(double x, double y) { return QPoint(int(x * Scale), int(y * Scale)); }

    // What the point model proposes: the bright pixels within its radius of a positive click
    // and not within it of a negative one.
    static cv::Mat1b expectedForPoints(const std::vector<SegmentationPrompt::Point> &points)
    {
        const cv::Mat1b pixels = promptTestImage();
        return maskFromPredicate(pixels.size(), [&](int x, int y) {
            auto near = [&](const SegmentationPrompt::Point &p) {
                return std::abs(x + 0.5 - p.x) <= PromptModelRadius &&
                       std::abs(y + 0.5 - p.y) <= PromptModelRadius;
            };
            bool positive = false, negative = false;
            for (const SegmentationPrompt::Point &p : points)
                (p.positive ? positive : negative) |= near(p);
            return pixels(y, x) > 127 && positive && !negative;
        });
    }

    bool waitForProposal()
    {
        QSignalSpy finished(m_tool.get(), &PromptSegmentTool::finished);
        return m_tool->isRunning() ? finished.wait(20000) : true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_models.isValid());
        const QString problem = writePromptSegmentModels(m_models.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_pointsDescription = writePromptModelDescription(
            m_models.path(), QStringLiteral("points.json"),
            promptModelDescription(QStringLiteral("decoder_points.onnx")));
        m_boxDescription =
            writePromptModelDescription(m_models.path(), QStringLiteral("box.json"),
                                        promptModelDescription(QStringLiteral("decoder_box.onnx")));
        // The tool reads the user's setting when made: keep the tests' settings apart.
        QCoreApplication::setOrganizationName(QStringLiteral("ConcordTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_promptsegmenttool"));
        QSettings().remove(QLatin1String(SegmentationModelSetting));
    }

    void init()
    {
        openCanvas(promptTestImage(), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nMass")),
                   Scale);
        if (QTest::currentTestFailed())
            return;
        m_nodule = m_workspace->project().taxonomy.findByName(QStringLiteral("Nodule"))->id;
        m_context->setActiveLabelId(m_nodule);
        m_canvas->setWindowLevel(WindowLevel{}); // grey levels as stored
        m_tool = std::make_unique<PromptSegmentTool>(m_context.get());
        QVERIFY(m_tool->setModelDescription(m_pointsDescription).isEmpty());
        m_canvas->setTool(m_tool.get());
    }

    void cleanup()
    {
        if (m_canvas)
            m_canvas->setTool(nullptr);
        m_tool.reset();
        closeCanvas();
    }

    void clickAndEnterAddOneMaskThatUndoRemoves()
    {
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(30.5, 30.5));
        QVERIFY(waitForProposal());
        const cv::Mat1b expected = expectedForPoints({{30.5, 30.5, true}});
        QVERIFY(cv::countNonZero(expected) > 100);
        QCOMPARE(maskArea(m_tool->proposal()), qint64(cv::countNonZero(expected)));
        QVERIFY(m_context->myMasks().empty()); // only proposed so far

        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QCOMPARE(int(m_context->myMasks().size()), 1);
        const MaskAnnotation &added = m_context->myMasks().front();
        QCOMPARE(added.labelId, m_nodule);
        QCOMPARE(maskArea(added.mask), qint64(cv::countNonZero(expected)));
        QCOMPARE(cv::countNonZero(maskToImage(added.mask, expected.size()) != expected), 0);
        QCOMPARE(journalOps().last(), QStringLiteral("mask.add"));
        QVERIFY(m_tool->proposal().isEmpty());
        QVERIFY(m_tool->prompt().isEmpty());

        QCOMPARE(m_context->undoStack()->count(), 1);
        m_context->undoStack()->undo();
        QVERIFY(m_context->myMasks().empty());
        m_context->undoStack()->redo();
        QCOMPARE(int(m_context->myMasks().size()), 1);
    }

    void negativeClicksCutAndTheEncoderRunsOnce()
    {
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(30.5, 30.5));
        QVERIFY(waitForProposal());
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, at(36.5, 38.5));
        QVERIFY(waitForProposal());
        QTest::mouseClick(m_canvas.get(), Qt::RightButton, Qt::NoModifier, at(24.5, 20.5));
        QVERIFY(waitForProposal());
        const cv::Mat1b expected =
            expectedForPoints({{30.5, 30.5, true}, {36.5, 38.5, false}, {24.5, 20.5, false}});
        QCOMPARE(cv::countNonZero(maskToImage(m_tool->proposal(), expected.size()) != expected), 0);
        QVERIFY(m_tool->segmenter());
        QCOMPARE(m_tool->segmenter()->encoderRuns(), 1);

        // Backspace takes back the last point; Esc discards the proposal and adds nothing.
        QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
        QVERIFY(waitForProposal());
        QCOMPARE(int(m_tool->prompt().points.size()), 2);
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QVERIFY(m_tool->proposal().isEmpty());
        QVERIFY(m_context->myMasks().empty());
        QCOMPARE(m_context->undoStack()->count(), 0);
    }

    void draggedBoxPromptsABoxModel()
    {
        QVERIFY(m_tool->setModelDescription(m_boxDescription).isEmpty());
        drag({at(20, 22), at(35, 30), at(50, 36)});
        QVERIFY(waitForProposal());
        const cv::Mat1b pixels = promptTestImage();
        const cv::Mat1b expected = maskFromPredicate(pixels.size(), [&](int x, int y) {
            const double cx = x + 0.5, cy = y + 0.5;
            return pixels(y, x) > 127 && cx >= 20 && cx <= 50 && cy >= 22 && cy <= 36;
        });
        QCOMPARE(cv::countNonZero(maskToImage(m_tool->proposal(), expected.size()) != expected), 0);
        QTest::keyClick(m_canvas.get(), Qt::Key_Enter);
        QCOMPARE(int(m_context->myMasks().size()), 1);
        QCOMPARE(maskArea(m_context->myMasks().front().mask), qint64(cv::countNonZero(expected)));
    }

    void withoutAModelTheActionIsOffAndSaysWhere()
    {
        QAction action(QStringLiteral("Smart mask"));
        m_tool->bindAction(&action, QStringLiteral("Smart mask: click an object"));
        QVERIFY(action.isEnabled());
        QVERIFY(!m_tool->setModelDescription({}).isEmpty());
        QVERIFY(!action.isEnabled());
        QVERIFY2(action.toolTip().contains(QLatin1String("Preferences")),
                 qPrintable(action.toolTip()));
        QVERIFY(!m_tool->needsWholeImage()); // ToolManager leaves it off

        // A broken description is no model either, and the problem names the file.
        const QString problem = m_tool->setModelDescription(
            QDir(m_models.path()).filePath(QStringLiteral("absent.json")));
        QVERIFY(problem.contains(QLatin1String("absent.json")));
        QVERIFY(!action.isEnabled());

        // The setting is where the tool looks when made.
        QSettings().setValue(QLatin1String(SegmentationModelSetting), m_pointsDescription);
        PromptSegmentTool fromSettings(m_context.get());
        QVERIFY(fromSettings.hasModel());
        QSettings().remove(QLatin1String(SegmentationModelSetting));
    }

    // The tool is busy until the outcome is taken in, not only while the worker runs: in the
    // gap a waiting caller (or a second click) saw it idle with no proposal.
    void runningLastsUntilTheProposalIsShown()
    {
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(30.5, 30.5));
        QVERIFY(m_tool->isRunning());
        QThreadPool::globalInstance()->waitForDone(); // no event is processed meanwhile
        QVERIFY(m_tool->isRunning());
        QVERIFY(m_tool->proposal().isEmpty());
        QVERIFY(waitForProposal());
        QVERIFY(!m_tool->isRunning());
        QVERIFY(!m_tool->proposal().isEmpty());
    }

    void switchingItemDropsTheProposal()
    {
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(30.5, 30.5));
        QVERIFY(waitForProposal());
        QVERIFY(!m_tool->proposal().isEmpty());
        Q_EMIT m_context->currentItemChanged();
        QVERIFY(m_tool->proposal().isEmpty());
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QVERIFY(m_context->myMasks().empty());
    }
};

QTEST_MAIN(TestPromptSegmentTool)
#include "tst_promptsegmenttool.moc"
