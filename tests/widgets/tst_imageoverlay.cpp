// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"
#include "core/project/workspace.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/imageoverlay.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace concord;
using namespace Qt::StringLiterals;

// The text over the image (widgets/canvas/imageoverlay.h, docs/viewer.md "Overlays"): what each
// corner says, the orientation markers through turns and mirrors, patient details only on
// request, each part switchable, and the item count kept true when items are added.
class TestImageOverlay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<LabelingWorkbench> m_workbench;

    static ImageMetadata ctMetadata()
    {
        ImageMetadata meta;
        meta.modality = u"CT"_s;
        meta.rescaleIntercept = -1024;
        meta.patientName = u"Doe^Jane^^Dr"_s;
        meta.patientId = u"P-0042"_s;
        meta.studyDate = u"20260314"_s;
        meta.directions = {u"L"_s, u"P"_s};
        return meta;
    }

    ImageOverlay *overlay() const { return m_workbench->overlay(); }

    QAction *overlayAction(const QString &text) const
    {
        for (QAction *action : m_workbench->overlayMenu()->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    QString statusItemText() const
    {
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(u"Item "_s))
                return label->text();
        }
        return {};
    }

    void openWorkbench()
    {
        auto opened = Workspace::open(m_root);
        QVERIFY(opened);
        QVERIFY(!(*opened)->startSession(u"reader"_s));
        m_window = std::make_unique<QMainWindow>();
        m_window->resize(1000, 700);
        m_workbench = std::make_unique<LabelingWorkbench>(std::move(*opened), m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->canvas()->image() != nullptr, 10000);
    }

    void closeWorkbench()
    {
        m_workbench.reset();
        m_window.reset();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    }

    // A project with a chest radiograph (Patient Orientation L\F) and one PNG.
    void init()
    {
        QSettings().remove(u"overlay"_s);
        m_root = m_dir.filePath(u"p%1"_s.arg(QLatin1String(QTest::currentTestFunction())));
        auto created = Workspace::create(
            m_root, Project::create(u"t"_s, Taxonomy::fromIndentedText(u"Nodule"_s)));
        QVERIFY(created);
        Image chest;
        chest.metadata.bitsStored = 12;
        chest.metadata.modality = u"DX"_s;
        chest.metadata.patientId = u"P-0042"_s;
        chest.metadata.patientName = u"Doe^Jane"_s;
        chest.metadata.directions = {u"L"_s, u"F"_s};
        chest.frames.push_back(cv::Mat(120, 100, CV_16U, cv::Scalar(2000)));
        QVERIFY(!writeDicom(chest, m_root + u"/chest.dcm"_s));
        QVERIFY(cv::imwrite((m_root + u"/photo.png"_s).toStdString(),
                            cv::Mat(50, 60, CV_8U, cv::Scalar(90))));
        QCOMPARE(*(*created)->addItems({Item{u"chest"_s, u"chest.dcm"_s, {}, 100, 120},
                                        Item{u"photo"_s, u"photo.png"_s, {}, 60, 50}}),
                 2);
        QVERIFY(!(*created)->addAnnotator({u"reader"_s, u"Dr Reader"_s}));
        created->reset();
        openWorkbench();
    }

    void cleanup() { closeWorkbench(); }

    void cornersSayWhatAPacsViewerSays()
    {
        OverlayViewState view;
        view.window = {40, 400};
        view.scale = 1.5;
        view.frame = 2;
        view.frameCount = 20;
        const OverlayItemFacts item{5, 15, u"ct-0005.dcm"_s, u"Dr Reader"_s};
        const OverlayTexts texts = overlayTexts(ctMetadata(), view, item, OverlayOptions{});
        QCOMPARE(texts.topLeft, QStringList{u"CT"_s}); // patient details are off by default
        QCOMPARE(texts.topRight,
                 (QStringList{u"Item 5 / 15"_s, u"ct-0005.dcm"_s, u"Reader: Dr Reader"_s}));
        // The CT file names no Rescale Type: its values are HU (docs/viewer.md "Units").
        QCOMPARE(texts.bottomLeft, (QStringList{u"W 400  L 40 HU"_s, u"Zoom 150 %"_s}));
        QCOMPARE(texts.bottomRight, QStringList{u"Frame 3 / 20"_s});
        QCOMPARE(texts.markerRight, u"L"_s);
        QCOMPARE(texts.markerLeft, u"R"_s);
        QCOMPARE(texts.markerBottom, u"P"_s);
        QCOMPARE(texts.markerTop, u"A"_s);

        // A single frame has no frame counter; an inverted window and a VOI LUT say so.
        view.frameCount = 1;
        view.window.invert = true;
        ImageMetadata withLut = ctMetadata();
        withLut.voiLuts.push_back({u"SOFT TISSUE"_s, 0, 16, {0, 1}});
        view.window.voiLutIndex = 0;
        const OverlayTexts lut = overlayTexts(withLut, view, item, OverlayOptions{});
        QVERIFY(lut.bottomRight.isEmpty());
        QCOMPARE(lut.bottomLeft.first(), u"VOI LUT SOFT TISSUE · inverted"_s);
        // Small fractional windows (optical density) keep their digits.
        view.window = {0.75, 1.5};
        QCOMPARE(overlayTexts(ImageMetadata{}, view, item, OverlayOptions{}).bottomLeft.first(),
                 u"W 1.5  L 0.75"_s);
    }

    void patientDetailsOnlyWhenAsked()
    {
        OverlayOptions options;
        options.patientDetails = true;
        const OverlayTexts texts =
            overlayTexts(ctMetadata(), OverlayViewState{}, OverlayItemFacts{}, options);
        QCOMPARE(texts.topLeft,
                 (QStringList{u"CT"_s, u"Doe, Jane Dr"_s, u"ID P-0042"_s, u"Study 2026-03-14"_s}));
        // No item: no item line, and nothing at all when the overlay is off.
        QVERIFY(texts.topRight.isEmpty());
        options.shown = false;
        const OverlayTexts off =
            overlayTexts(ctMetadata(), OverlayViewState{}, OverlayItemFacts{}, options);
        QVERIFY(off.topLeft.isEmpty() && off.bottomLeft.isEmpty() && off.markerLeft.isEmpty());
    }

    void eachPartSwitchesOff()
    {
        OverlayViewState view;
        view.frameCount = 3;
        const OverlayItemFacts item{1, 2, u"a.dcm"_s, u"r"_s};
        OverlayOptions options;
        options.windowAndZoom = false;
        options.frame = false;
        options.orientation = false;
        options.itemAndReader = false;
        const OverlayTexts texts = overlayTexts(ctMetadata(), view, item, options);
        QVERIFY(texts.bottomLeft.isEmpty());
        QVERIFY(texts.bottomRight.isEmpty());
        QVERIFY(texts.topRight.isEmpty());
        QVERIFY(texts.markerLeft.isEmpty() && texts.markerTop.isEmpty());
        QCOMPARE(texts.topLeft, QStringList{u"CT"_s});
    }

    void theWindowShowsTheOverlayAndItsMarkersTurnWithTheView()
    {
        CanvasView *canvas = m_workbench->canvas();
        OverlayTexts texts = overlay()->currentTexts();
        QCOMPARE(texts.topLeft, QStringList{u"DX"_s});
        QCOMPARE(texts.topRight,
                 (QStringList{u"Item 1 / 2"_s, u"chest.dcm"_s, u"Reader: Dr Reader"_s}));
        QVERIFY(texts.bottomLeft.value(0).startsWith(u"W "_s));
        QCOMPARE(texts.bottomLeft.value(1),
                 u"Zoom %1 %"_s.arg(QString::number(canvas->scale() * 100, 'f', 0)));
        QCOMPARE(texts.markerRight, u"L"_s);
        QCOMPARE(texts.markerTop, u"H"_s);

        QTest::keyClick(m_window.get(), Qt::Key_BracketRight); // turn clockwise
        texts = overlay()->currentTexts();
        QCOMPARE(texts.markerRight, u"H"_s);
        QCOMPARE(texts.markerBottom, u"L"_s);
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ShiftModifier); // mirror left-right
        QCOMPARE(overlay()->currentTexts().markerRight, u"F"_s);

        // The overlay never takes a click from the tools.
        QVERIFY(overlay()->testAttribute(Qt::WA_TransparentForMouseEvents));
        QCOMPARE(canvas->childAt(canvas->rect().center()), nullptr);

        // The PNG has no orientation: no markers, and no modality line.
        m_workbench->goToNeighbour(+1);
        QTRY_COMPARE(overlay()->currentTexts().topRight.value(0), u"Item 2 / 2"_s);
        QTRY_VERIFY(m_workbench->canvas()->image() &&
                    m_workbench->canvas()->image()->image.width() == 60);
        texts = overlay()->currentTexts();
        QVERIFY(texts.markerLeft.isEmpty());
        QVERIFY(texts.topLeft.isEmpty());
    }

    void shiftOHidesEverythingAndTheCornersAreReallyDrawn()
    {
        CanvasView *canvas = m_workbench->canvas();
        const QImage shown = canvas->grab().toImage();
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ShiftModifier);
        QVERIFY(!overlay()->options().shown);
        QVERIFY(overlay()->currentTexts().bottomLeft.isEmpty());
        const QImage hidden = canvas->grab().toImage();
        // The bottom-left corner (window and zoom) changes when the text goes.
        const QRect corner(0, canvas->height() - 60, 200, 60);
        QVERIFY(shown.copy(corner) != hidden.copy(corner));
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ShiftModifier);
        QVERIFY(overlay()->options().shown);
    }

    void patientDetailsStartHiddenInEveryWindowOtherChoicesAreKept()
    {
        QAction *patient = overlayAction(u"Patient details"_s);
        QAction *markers = overlayAction(u"Orientation markers"_s);
        QVERIFY(patient && markers);
        QVERIFY(!patient->isChecked());
        QVERIFY(!overlay()->currentTexts().topLeft.contains(u"ID P-0042"_s));
        patient->trigger();
        QVERIFY(overlay()->currentTexts().topLeft.contains(u"ID P-0042"_s));
        QVERIFY(overlay()->currentTexts().topLeft.contains(u"Doe, Jane"_s));
        markers->trigger();
        QVERIFY(overlay()->currentTexts().markerLeft.isEmpty());

        closeWorkbench();
        openWorkbench();
        QVERIFY(!overlayAction(u"Patient details"_s)->isChecked());
        QVERIFY(!overlay()->currentTexts().topLeft.contains(u"ID P-0042"_s));
        QVERIFY(!overlayAction(u"Orientation markers"_s)->isChecked());
        QVERIFY(overlay()->currentTexts().markerLeft.isEmpty());
    }

    // Issue 14 finding 7: the status bar kept "Item 1 of 2" after a third item was imported.
    void itemCountsFollowItemsAddedLater()
    {
        QVERIFY(statusItemText().startsWith(u"Item 1 of 2"_s));
        QVERIFY(cv::imwrite((m_root + u"/late.png"_s).toStdString(),
                            cv::Mat(20, 20, CV_8U, cv::Scalar(10))));
        QCOMPARE(*m_workbench->workspace()->addItems({Item{u"late"_s, u"late.png"_s, {}, 20, 20}}),
                 1);
        QVERIFY2(statusItemText().startsWith(u"Item 1 of 3"_s), qPrintable(statusItemText()));
        QCOMPARE(overlay()->currentTexts().topRight.value(0), u"Item 1 / 3"_s);
    }
};

QTEST_MAIN(TestImageOverlay)
#include "tst_imageoverlay.moc"
