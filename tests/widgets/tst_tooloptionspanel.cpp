// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamwindowfixture.h"
#include "tests/widgets/testsettings.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/panels/tooloptionspanel.h"
#include "widgets/tools/brushoptionswidget.h"

#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace concord;

// The Tool options dock at the window's default size (issue 14, finding 9): for every tool, no
// label is clipped, and the general options follow the tool's own without a blank gap, whichever
// tools were shown before.
class TestToolOptionsPanel : public QObject, private testing::TeamWindowFixture
{
    Q_OBJECT

private:
    QScrollArea *scrollArea() const
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("toolOptions"));
        return dock ? qobject_cast<QScrollArea *>(dock->widget()) : nullptr;
    }

    // The tools' actions, in toolbar order: the checkable actions with a one-letter key.
    QList<QAction *> toolActions() const
    {
        QList<QAction *> tools;
        for (QAction *action : m_window->workbench()->findChildren<QAction *>()) {
            if (action->isCheckable() && action->actionGroup() &&
                action->shortcut().toString().size() == 1)
                tools << action;
        }
        return tools;
    }

    // Whether every visible label of the panel shows its whole text inside the dock.
    static void verifyNothingIsClipped(const QScrollArea *scroll, const QString &toolName)
    {
        const QWidget *viewport = scroll->viewport();
        QCOMPARE(scroll->widget()->width(), viewport->width()); // no hidden part on the right
        for (const QLabel *label : scroll->widget()->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(scroll) || label->text().isEmpty())
                continue;
            const QString what =
                toolName + QStringLiteral(": \"") + label->text() + QStringLiteral("\"");
            const QRect inViewport(label->mapTo(viewport, QPoint(0, 0)), label->size());
            QVERIFY2(inViewport.left() >= 0 && inViewport.right() < viewport->width(),
                     qPrintable(what + QStringLiteral(" lies outside the dock")));
            if (label->wordWrap()) {
                QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                         qPrintable(what + QStringLiteral(" is cut off at the bottom")));
            } else {
                QVERIFY2(label->sizeHint().width() <= label->width(),
                         qPrintable(what + QStringLiteral(" needs %1 px, has %2")
                                               .arg(label->sizeHint().width())
                                               .arg(label->width())));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useTestSettings(QStringLiteral("tst_tooloptionspanel"), QStringLiteral("layout"));
        QVERIFY(createChestProject(
            QStringLiteral("tools.concord"), 1,
            {{QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator}}));
        showWindow();
        QCOMPARE(m_window->size(), QSize(1400, 900));
        switchTo("alice");
        QCoreApplication::processEvents(); // the docks' sizes apply once laid out
        QCoreApplication::processEvents();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().remove(QStringLiteral("layout"));
    }

    void everyToolsOptionsFitTheDefaultDock()
    {
        QScrollArea *scroll = scrollArea();
        QVERIFY(scroll);
        const QList<QAction *> tools = toolActions();
        QVERIFY2(tools.size() >= 8, qPrintable(QString::number(tools.size())));
        // Twice round: the second time every tool's options exist, the tallest included.
        for (int round = 0; round < 2; ++round) {
            for (QAction *action : tools) {
                action->trigger();
                CanvasTool *tool = m_window->workbench()->canvas()->tool();
                QVERIFY(tool);
                QWidget *options = tool->optionsWidget();
                for (int i = 0; i < 10; ++i)
                    QCoreApplication::processEvents();
                // The threshold brush and region growing say which grey levels they took on the
                // first click, a longer text than before it.
                if (auto *brushOptions = qobject_cast<BrushOptionsWidget *>(options))
                    brushOptions->showRange(100 + round, 255); // a new text each round
                // Each level of nested layouts handles its layout request in a round of its own.
                for (int i = 0; i < 10; ++i)
                    QCoreApplication::processEvents();
                verifyNothingIsClipped(scroll, tool->name());

                // The Display options come right after the tool's own.
                QGroupBox *display = nullptr;
                for (QGroupBox *box : scroll->widget()->findChildren<QGroupBox *>()) {
                    if (box->title() == QLatin1String("Display"))
                        display = box;
                }
                QVERIFY(display);
                if (options) {
                    // No taller than its content needs, as a stack of all tools' options was.
                    const int needed = options->hasHeightForWidth()
                                           ? options->heightForWidth(options->width())
                                           : options->sizeHint().height();
                    QVERIFY2(options->height() <= needed,
                             qPrintable(QStringLiteral("%1: options %2 px high, need %3")
                                            .arg(tool->name())
                                            .arg(options->height())
                                            .arg(needed)));
                    const int gap =
                        display->mapTo(scroll->widget(), QPoint(0, 0)).y() -
                        options->mapTo(scroll->widget(), QPoint(0, options->height())).y();
                    const int spacing = scroll->widget()->layout()->spacing();
                    QVERIFY2(gap <= 2 * spacing + 2,
                             qPrintable(QStringLiteral("%1: %2 px between the tool's options "
                                                       "and Display")
                                            .arg(tool->name())
                                            .arg(gap)));
                }
            }
        }
    }
};

QTEST_MAIN(TestToolOptionsPanel)
#include "tst_tooloptionspanel.moc"
