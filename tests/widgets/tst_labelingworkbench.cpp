// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"
#include "tests/widgets/greyimages.h"
#include "widgets/canvas/canvasinputmanager.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/panels/itembrowser.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <opencv2/imgcodecs.hpp>

using namespace concord;
using namespace concord::testing;

// The labeling window as a user drives it from the keyboard: label hotkeys, image labels,
// submit-and-next, the status filter, and undo that brings the edited item back.
class TestLabelingWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<LabelingWorkbench> m_workbench;

    LabelingContext *context() const { return m_workbench->context(); }
    Workspace *workspace() const { return m_workbench->workspace(); }
    int labelId(const char *name) const
    {
        return context()->taxonomy().findByName(QLatin1String(name))->id;
    }

    void waitForImage()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->canvas()->image() != nullptr, 10000);
    }

private Q_SLOTS:
    void init()
    {
        const QString root =
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate()));
        const std::vector<Item> items = greyImageItems(3, {200, 100});
        QVERIFY(writeGreyImages(root, items, 40));
        auto created = createProject(
            root, projectWithLabels(QStringLiteral("t"), QStringLiteral("Nodule\nMass\nNormal")),
            {{QStringLiteral("reader"), QStringLiteral("Reader")}}, items);
        QVERIFY(created);
        QVERIFY(!created->startSession(QStringLiteral("reader")));
        m_window = std::make_unique<QMainWindow>();
        m_window->resize(1000, 700);
        m_workbench = std::make_unique<LabelingWorkbench>(std::move(created), m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        waitForImage();
        m_workbench->canvas()->setFocus();
    }

    void cleanup()
    {
        m_workbench.reset();
        m_window.reset();
    }

    void opensOnTheFirstUnfinishedItem()
    {
        QCOMPARE(context()->currentIndex(), 0);
        QCOMPARE(context()->imageSize(), QSize(200, 100));
    }

    void hotkeyChoosesLabelAndRelabelsSelection()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2);
        QCOMPARE(context()->activeLabelId(), labelId("Mass"));
        CanvasView *canvas = m_workbench->canvas();
        const QPoint a = canvas->toView(QPointF(20, 20)).toPoint();
        const QPoint b = canvas->toView(QPointF(80, 60)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(canvas, b);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, b);
        QCOMPARE(int(context()->myBoxes().size()), 1);
        QCOMPARE(context()->myBoxes().front().labelId, labelId("Mass"));

        QTest::keyClick(m_window.get(), Qt::Key_1); // the box is selected: it becomes a Nodule
        QCOMPARE(context()->myBoxes().front().labelId, labelId("Nodule"));
        context()->undoStack()->undo();
        QCOMPARE(context()->myBoxes().front().labelId, labelId("Mass"));
    }

    // A ruler is saved with the active label, and a label's hotkey relabels the selected one
    // like a box (docs/viewer.md, "Ruler").
    void aRulerTakesTheActiveLabelAndIsRelabeledByHotkey()
    {
        CanvasView *canvas = m_workbench->canvas();
        QTest::keyClick(canvas, Qt::Key_M);
        const QPoint a = canvas->toView(QPointF(20, 20)).toPoint();
        const QPoint b = canvas->toView(QPointF(80, 60)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(canvas, b);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, b);
        QCOMPARE(int(context()->myRulers().size()), 1);
        QCOMPARE(context()->myRulers().front().labelId, labelId("Nodule"));
        QVERIFY(context()->myBoxes().empty());

        QTest::keyClick(m_window.get(), Qt::Key_2); // the ruler is selected: it becomes Mass
        QCOMPARE(context()->myRulers().front().labelId, labelId("Mass"));
        context()->undoStack()->undo();
        QCOMPARE(context()->myRulers().front().labelId, labelId("Nodule"));
    }

    // Temporary tools (widgets/canvas/canvasinputmanager.h): a tool's key held through a gesture
    // or past a tap picks that tool until the key is released; a tap picks it for good.
    void aToolKeyHeldPicksTheToolUntilReleased()
    {
        CanvasView *canvas = m_workbench->canvas();
        CanvasTool *box = canvas->tool();
        QVERIFY(box);
        // Key holds are timed with this clock, so the test holds keys without waiting.
        qint64 nowMs = 1000;
        canvas->input()->setClock([&nowMs] { return nowMs; });
        const auto checkedTool = [&] {
            for (QAction *action : m_workbench->toolActions()) {
                if (action->isChecked())
                    return action->text();
            }
            return QString();
        };
        QCOMPARE(checkedTool(), box->name());

        // Held through a gesture: the ruler measures, then the box tool is back.
        QTest::keyPress(canvas, Qt::Key_M);
        CanvasTool *ruler = canvas->tool();
        QVERIFY(ruler != box);
        QCOMPARE(checkedTool(), ruler->name());
        QCOMPARE(canvas->input()->toolToRestore(), box);
        const QPoint a = canvas->toView(QPointF(20, 20)).toPoint();
        const QPoint b = canvas->toView(QPointF(80, 60)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(canvas, b);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, b);
        QTest::keyRelease(canvas, Qt::Key_M);
        QCOMPARE(canvas->tool(), box);
        QCOMPARE(checkedTool(), box->name());
        QVERIFY(context()->myBoxes().empty()); // the drag measured; it drew no box

        // Held past a tap without a gesture: back as well.
        QTest::keyPress(canvas, Qt::Key_M);
        QCOMPARE(canvas->tool(), ruler);
        nowMs += CanvasInputManager::SpringLoadMs + 100;
        QTest::keyRelease(canvas, Qt::Key_M);
        QCOMPARE(canvas->tool(), box);

        // A tap switches for good.
        QTest::keyClick(canvas, Qt::Key_M);
        QCOMPARE(canvas->tool(), ruler);
        QVERIFY(!canvas->input()->toolToRestore());
        QTest::keyClick(canvas, Qt::Key_B);
        QCOMPARE(canvas->tool(), box);

        // A key that picks no tool (a label hotkey) makes no later tool change temporary.
        QTest::keyClick(canvas, Qt::Key_1);
        m_workbench->toolActions().at(1)->trigger();
        QVERIFY(!canvas->input()->toolToRestore());
        QTest::keyClick(canvas, Qt::Key_B);
        QCOMPARE(canvas->tool(), box);

        // Review finding: a tool's shortcut repeats while its key is held, and picking the same
        // tool again reset it, cancelling the box being drawn.
        QAction *boxAction = m_workbench->toolActions().at(0);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(canvas, b);
        boxAction->trigger();
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, b);
        QCOMPARE(int(context()->myBoxes().size()), 1);
        context()->undoStack()->undo();

        // Review finding: a key that is no tool's (H hides annotations) held while a tool is
        // picked with the mouse made that pick temporary.
        QTest::keyPress(canvas, Qt::Key_H);
        nowMs += 150;
        m_workbench->toolActions().at(1)->trigger();
        QVERIFY(!canvas->input()->toolToRestore());
        nowMs += CanvasInputManager::SpringLoadMs;
        QTest::keyRelease(canvas, Qt::Key_H);
        QCOMPARE(canvas->tool(), ruler);
        QTest::keyPress(canvas, Qt::Key_Y); // bound to nothing
        nowMs += 150;
        boxAction->trigger();
        QVERIFY(!canvas->input()->toolToRestore());
        QTest::keyRelease(canvas, Qt::Key_Y);
        QCOMPARE(canvas->tool(), box);

        // Space held pans from within any tool, and draws nothing.
        const QPointF before = canvas->toView(QPointF(0, 0));
        QTest::keyPress(canvas, Qt::Key_Space);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(canvas, a + QPoint(30, 10));
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, a + QPoint(30, 10));
        QTest::keyRelease(canvas, Qt::Key_Space);
        QCOMPARE(canvas->toView(QPointF(0, 0)), before + QPointF(30, 10));
        QVERIFY(context()->myBoxes().empty());
        QCOMPARE(canvas->tool(), box);
    }

    void ctrlHotkeyTogglesImageLabel()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(context()->myClassLabels(), std::vector<int>{labelId("Normal")});
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(context()->myClassLabels(),
                 (std::vector<int>{labelId("Nodule"), labelId("Normal")}));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(context()->myClassLabels(), std::vector<int>{labelId("Nodule")});
        QCOMPARE(workspace()->myStatus(QStringLiteral("item0")), ItemStatus::InProgress);
    }

    void submitMarksDoneAndMovesOn()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(workspace()->myStatus(QStringLiteral("item0")), ItemStatus::Done);
        QCOMPARE(context()->currentIndex(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(workspace()->myStatus(QStringLiteral("item1")), ItemStatus::Skipped);
        QCOMPARE(context()->currentIndex(), 2);
        const auto *progress = m_window->findChild<QLabel *>(QStringLiteral("itemProgress"));
        QVERIFY(progress);
        QCOMPARE(progress->text(), QStringLiteral("2 of 3 items finished"));

        // Undo from item 2 takes back the skip of item 1 and shows item 1 again.
        context()->undoStack()->undo();
        QCOMPARE(context()->currentIndex(), 1);
        QCOMPARE(workspace()->myStatus(QStringLiteral("item1")), ItemStatus::New);
        QCOMPARE(progress->text(), QStringLiteral("1 of 3 items finished"));
    }

    void navigationFollowsTheStatusFilter()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier); // item0 done
        auto *filter = m_workbench->itemBrowser()->findChild<QComboBox *>();
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(ItemStatus::Done)));
        // Only item0 is done: there is nothing after the current item (1) in that list.
        QCOMPARE(m_workbench->itemBrowser()->neighbourItem(+1), -1);
        QCOMPARE(m_workbench->itemBrowser()->neighbourItem(-1), 0);
        filter->setCurrentIndex(filter->findData(int(ItemStatus::New)));
        QCOMPARE(m_workbench->itemBrowser()->neighbourItem(+1), 2);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(context()->currentIndex(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        QCOMPARE(context()->currentIndex(), 1);
    }

    // A file that cannot be decoded is shown as such, with the reason and the file named, and
    // the workbench carries on.
    void unreadableItemShowsItsReason()
    {
        const QString root = workspace()->folder().root();
        QFile broken(root + QStringLiteral("/broken.dcm"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(128, '\0') + "DICM" + QByteArray(40, '\x7f')); // header cut short
        broken.close();
        QCOMPARE(*workspace()->addItems(
                     {Item{QStringLiteral("broken"), QStringLiteral("broken.dcm"), {}, 10, 10}}),
                 1);
        context()->setCurrentIndex(workspace()->items().indexOf(QStringLiteral("broken")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_workbench->canvas()->message().contains(QStringLiteral("cannot be shown")), 10000);
        QVERIFY(m_workbench->canvas()->image() == nullptr);
        QVERIFY2(m_workbench->canvas()->message().contains(QStringLiteral("broken.dcm")),
                 qPrintable(m_workbench->canvas()->message()));
        context()->setCurrentIndex(0); // the next item opens as usual
        waitForImage();
    }

    // A multi-frame DICOM item: Ctrl+Right and Ctrl+Left step frames and the slider follows
    // (and drives them); I inverts; the Nth window of the menu answers Alt+N and keeps the
    // inversion.
    void multiFrameDicomFramesInvertAndPresetsFromTheKeyboard()
    {
        Image cine;
        for (int value : {100, 2000, 4000})
            cine.frames.push_back(cv::Mat(40, 60, CV_16U, cv::Scalar(value)));
        cine.metadata.bitsStored = 12;
        cine.metadata.windowPresets = {{QStringLiteral("SOFT"), 2000, 400}};
        const QString root = workspace()->folder().root();
        QVERIFY(!writeDicom(cine, root + QStringLiteral("/cine.dcm"), {}));
        QCOMPARE(*workspace()->addItems(
                     {Item{QStringLiteral("cine"), QStringLiteral("cine.dcm"), {}, 60, 40}}),
                 1);
        context()->setCurrentIndex(workspace()->items().indexOf(QStringLiteral("cine")));
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->canvas()->image() &&
                                     m_workbench->canvas()->image()->frameCount() == 3,
                                 10000);
        CanvasView *canvas = m_workbench->canvas();
        canvas->setFocus();
        auto *slider = m_window->findChild<QSlider *>(QStringLiteral("frameSlider"));
        QVERIFY(slider);
        QCOMPARE(slider->maximum(), 3);

        QTest::keyClick(canvas, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(canvas->frame(), 1);
        QCOMPARE(slider->value(), 2);
        QTest::keyClick(canvas, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(canvas->frame(), 0);
        slider->setValue(3);
        QCOMPARE(canvas->frame(), 2);

        QCOMPARE(canvas->windowLevel().center, 2000.0); // opens on the header window
        QTest::keyClick(canvas, Qt::Key_I);
        QVERIFY(canvas->windowLevel().invert);
        // The menu lists SOFT, Full range, Automatic; the second answers Alt+2.
        const QList<QAction *> presets = m_workbench->windowPresetMenu()->actions();
        QVERIFY(presets.size() >= 3);
        QVERIFY(presets[1]->text().startsWith(QStringLiteral("Full range")));
        QCOMPARE(presets[1]->shortcut(), QKeySequence(Qt::ALT | Qt::Key_2));
        presets[1]->trigger();
        QCOMPARE(canvas->windowLevel().center, 2047.5);
        QCOMPARE(canvas->windowLevel().width, 4095.0);
        QVERIFY(canvas->windowLevel().invert); // a preset keeps the inversion
    }

    // Stack viewing (issue 14, deliverable 5): Page Down steps through the frames, then on to
    // the next item; an item entered backwards opens on its last frame; Shift+wheel does the
    // same but stays within the series; the plain wheel zooms unless the PACS habit is chosen.
    void pageDownAndTheWheelStepThroughTheStack()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("view"));
        Image cine;
        for (int value : {100, 2000, 4000})
            cine.frames.push_back(cv::Mat(40, 60, CV_16U, cv::Scalar(value)));
        cine.metadata.bitsStored = 12;
        const QString root = workspace()->folder().root();
        QVERIFY(!writeDicom(cine, root + QStringLiteral("/cine.dcm"), {}));
        QVERIFY(cv::imwrite((root + QStringLiteral("/after.png")).toStdString(),
                            cv::Mat(40, 60, CV_8U, cv::Scalar(1))));
        QVERIFY(cv::imwrite((root + QStringLiteral("/other.png")).toStdString(),
                            cv::Mat(40, 60, CV_8U, cv::Scalar(2))));
        Item cineItem{QStringLiteral("cine"), QStringLiteral("cine.dcm"), {}, 60, 40};
        Item after{QStringLiteral("after"), QStringLiteral("after.png"), {}, 60, 40};
        Item other{QStringLiteral("other"), QStringLiteral("other.png"), {}, 60, 40};
        cineItem.group = after.group = QStringLiteral("series-1");
        other.group = QStringLiteral("series-2");
        QCOMPARE(*workspace()->addItems({cineItem, after, other}), 3);
        CanvasView *canvas = m_workbench->canvas();
        const auto showsItem = [&](const char *id) {
            return context()->currentItemId() == QLatin1String(id) && canvas->image() &&
                   canvas->image()->image.metadata.sourcePath.endsWith(
                       QLatin1String(id) + (qstrcmp(id, "cine") == 0 ? QStringLiteral(".dcm")
                                                                     : QStringLiteral(".png")));
        };
        context()->showItem(QStringLiteral("cine"));
        QTRY_VERIFY_WITH_TIMEOUT(showsItem("cine"), 10000);

        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(canvas->frame(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(canvas->frame(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown); // past the last frame: the next item
        QTRY_VERIFY_WITH_TIMEOUT(showsItem("after"), 10000);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp); // back: the cine, on its last frame
        QTRY_VERIFY_WITH_TIMEOUT(showsItem("cine"), 10000);
        QCOMPARE(canvas->frame(), 2);

        const auto turnWheel = [&](int angle, Qt::KeyboardModifiers modifiers) {
            const QPointF at(canvas->width() / 2.0, canvas->height() / 2.0);
            QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton,
                              modifiers, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(canvas, &wheel);
        };
        // The plain wheel zooms and leaves the frame alone.
        const double scale = canvas->scale();
        turnWheel(120, Qt::NoModifier);
        QVERIFY(canvas->scale() > scale);
        QCOMPARE(canvas->frame(), 2);
        // Shift+wheel toward you: forward, into the next item of the same series.
        turnWheel(-120, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(showsItem("after"), 10000);
        // The next item is of another series: the wheel stops there.
        turnWheel(-120, Qt::ShiftModifier);
        QCOMPARE(context()->currentItemId(), QStringLiteral("after"));
        // A touchpad's small turns add up to one step.
        turnWheel(60, Qt::ShiftModifier);
        QCOMPARE(context()->currentItemId(), QStringLiteral("after"));
        turnWheel(60, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(showsItem("cine"), 10000);
        QCOMPARE(canvas->frame(), 2);

        // The PACS habit: the plain wheel steps, Shift+wheel zooms; the choice is kept.
        m_workbench->wheelScrollsStackAction()->trigger();
        QVERIFY(QSettings().value(QStringLiteral("view/wheelScrollsStack")).toBool());
        turnWheel(120, Qt::NoModifier);
        QCOMPARE(canvas->frame(), 1);
        const double before = canvas->scale();
        turnWheel(120, Qt::ShiftModifier);
        QVERIFY(canvas->scale() > before);
        QCOMPARE(canvas->frame(), 1);
        m_workbench->wheelScrollsStackAction()->trigger();
        QSettings().remove(QStringLiteral("view"));
    }
};

QTEST_MAIN(TestLabelingWorkbench)
#include "tst_labelingworkbench.moc"
