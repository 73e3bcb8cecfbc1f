// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamwindowfixture.h"
#include "tests/widgets/testsettings.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/quality/qualityactions.h"
#include "widgets/team/teamactions.h"
#include "widgets/windowlayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

using namespace concord;

// The image first: at the default 1400×900 the canvas keeps at least 70 % of the window's
// width, reading mode (F11) shows only the image and gives every panel back, and the layout a
// user leaves is the one they find next time.
class TestWindowLayout : public QObject, private testing::TeamWindowFixture
{
    Q_OBJECT

private:
    QStringList visibleDocks() const
    {
        QStringList names;
        for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->isVisible())
                names.append(dock->objectName());
        }
        names.sort();
        return names;
    }

    void verifyTheImageTakesMostOfTheWindow()
    {
        const CanvasView *canvas = m_window->workbench()->canvas();
        QString docks;
        for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->isVisible())
                docks += QStringLiteral(" %1 %2 (min %3);")
                             .arg(dock->objectName())
                             .arg(dock->width())
                             .arg(dock->minimumSizeHint().width());
        }
        QVERIFY2(canvas->width() >= 0.7 * m_window->width(),
                 qPrintable(QStringLiteral("canvas %1 of %2 px;%3")
                                .arg(canvas->width())
                                .arg(m_window->width())
                                .arg(docks)));
        // Every panel is still one click away: the right column is one dock area of tabs.
        QVERIFY(visibleDocks().contains(QStringLiteral("items")));
        QVERIFY(visibleDocks().contains(QStringLiteral("labels")));
    }

    void openAsAlice()
    {
        QVERIFY(m_window->openProject(m_root, QStringLiteral("alice")));
        QCoreApplication::processEvents(); // the docks' sizes apply once laid out
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useTestSettings(QStringLiteral("tst_windowlayout"), QStringLiteral("layout"));
        QVERIFY(
            createChestProject(QStringLiteral("layout.concord"), 2,
                               {{QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator},
                                {QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead}}));
        showWindow();
        QCOMPARE(m_window->size(), QSize(1400, 900));
        openAsAlice();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().remove(QStringLiteral("layout"));
    }

    void theImageTakesMostOfTheWindow() { verifyTheImageTakesMostOfTheWindow(); }

    void alsoForALeadWithTheDecisionPanel()
    {
        // A lead has more docks (the Decision panel); the default layout still holds.
        m_window->closeProject();
        QSettings().remove(QStringLiteral("layout"));
        QVERIFY(m_window->openProject(m_root, QStringLiteral("bob")));
        QTest::qWait(50); // the default sizes are applied again once laid out
        verifyTheImageTakesMostOfTheWindow();
        m_window->closeProject();
        QSettings().remove(QStringLiteral("layout"));
        openAsAlice();
    }

    void readingModeShowsOnlyTheImageAndGivesThePanelsBack()
    {
        const QStringList before = visibleDocks();
        const int canvasWidth = m_window->workbench()->canvas()->width();
        QAction *reading = m_window->windowLayout()->readingModeAction();
        QCOMPARE(reading->shortcut(), QKeySequence(Qt::Key_F11));
        reading->trigger();
        QVERIFY(m_window->windowLayout()->isReading());
        QTRY_VERIFY(m_window->workbench()->canvas()->width() > canvasWidth);
        QVERIFY(visibleDocks().isEmpty());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->statusBar()->isVisible());
        for (const QToolBar *toolBar : m_window->findChildren<QToolBar *>())
            QVERIFY(!toolBar->isVisible());

        reading->trigger();
        QCoreApplication::processEvents();
        QVERIFY(!m_window->windowLayout()->isReading());
        QCOMPARE(visibleDocks(), before);
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());

        // Tab on the image does the same (issue 14, deliverable 2); Shift+Tab is left to focus.
        CanvasView *canvas = m_window->workbench()->canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Tab);
        QVERIFY(m_window->windowLayout()->isReading());
        QTest::keyClick(canvas, Qt::Key_Tab);
        QVERIFY(!m_window->windowLayout()->isReading());
        QCOMPARE(visibleDocks(), before);
    }

    void greyedOutActionsSayWhy()
    {
        // Alice is an annotator: the lead's and reviewers' actions are disabled, and each says
        // why in its tooltip, which the menus show.
        QList<QAction *> actions = m_window->teamActions()->teamActions();
        actions += m_window->qualityActions()->actions();
        int disabled = 0;
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->isEnabled())
                continue;
            ++disabled;
            QVERIFY2(action->toolTip().contains(QStringLiteral("Not available: ")),
                     qPrintable(action->text() + QStringLiteral(": ") + action->toolTip()));
        }
        QVERIFY2(disabled >= 5, qPrintable(QString::number(disabled)));
        for (const QAction *entry : m_window->menuBar()->actions())
            QVERIFY2(entry->menu()->toolTipsVisible(), qPrintable(entry->text()));
    }

    void theLayoutALeavesIsTheOneTheyFind()
    {
        auto *labels = m_window->findChild<QDockWidget *>(QStringLiteral("labels"));
        QVERIFY(labels);
        labels->hide();
        // Closing in reading mode keeps the layout from before it.
        m_window->windowLayout()->setReading(true);
        m_window->closeProject();
        QVERIFY(!m_window->windowLayout()->isReading());
        openAsAlice();
        QVERIFY(!visibleDocks().contains(QStringLiteral("labels")));
        QVERIFY(visibleDocks().contains(QStringLiteral("items")));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
