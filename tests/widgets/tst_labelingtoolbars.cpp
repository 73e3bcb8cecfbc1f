// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoproject.h"
#include "tests/widgets/testsettings.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/labelingtoolbars.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace concord;

// The labeling toolbars: icons on every button, the key in every tooltip, the tools one
// exclusive group whose checked button stands out, and nothing pushed into the overflow
// chevron at the default 1400×900.
class TestLabelingToolBars : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QList<QToolBar *> toolBars() const { return m_window->toolBars()->toolBars(); }

    // Pixels of `image` within a small distance of `colour`.
    static int pixelsLike(const QImage &image, const QColor &colour)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() == 255 && std::abs(pixel.red() - colour.red()) +
                                                    std::abs(pixel.green() - colour.green()) +
                                                    std::abs(pixel.blue() - colour.blue()) <
                                                40)
                    ++count;
            }
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useTestSettings(QStringLiteral("tst_labelingtoolbars"), QStringLiteral("layout"));
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.filePath(QStringLiteral("demo.concord"));
        QVERIFY(!createDemoProject(root));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(root, QLatin1String(DemoAnnotatorId)));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->size(), QSize(1400, 900));
    }

    void theToolBarsAreNamedAndShown()
    {
        QStringList names;
        for (const QToolBar *bar : toolBars()) {
            names << bar->objectName();
            QVERIFY(bar->isVisible());
            QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("navigationToolBar"), QStringLiteral("toolsToolBar"),
                              QStringLiteral("commandsToolBar")}));
    }

    void everyActionHasAnIconAndItsKeyInItsTooltip()
    {
        int withKeys = 0;
        for (const QToolBar *bar : toolBars()) {
            QVERIFY(!bar->actions().isEmpty());
            for (const QAction *action : bar->actions()) {
                if (action->isSeparator())
                    continue;
                QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
                QVERIFY2(!action->icon().pixmap(24).isNull(), qPrintable(action->text()));
                if (action->shortcut().isEmpty())
                    continue;
                ++withKeys;
                const QString key = action->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(action->toolTip().contains(key),
                         qPrintable(action->toolTip() + QStringLiteral(" lacks ") + key));
            }
        }
        QVERIFY(withKeys >= 20);
    }

    void iconsTakeThePalettesTextColour()
    {
        const QAction *box = m_window->toolBars()->toolsBar()->actions().first();
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::ButtonText, QColor(235, 235, 235));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(110, 110, 110));
        for (const QPalette &palette : {dark, light}) {
            QApplication::setPalette(palette);
            for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
                const QImage image = box->icon().pixmap(24, mode).toImage();
                const QColor expected =
                    palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                  QPalette::ButtonText);
                QVERIFY(pixelsLike(image, expected) > 30); // the opaque strokes
            }
        }
    }

    void aTooltipFollowsItsShortcut()
    {
        QAction *tool = m_window->toolBars()->toolsBar()->actions().at(1);
        const QKeySequence before = tool->shortcut();
        tool->setShortcut(QKeySequence(Qt::Key_F7));
        QVERIFY2(toolTipNamesShortcut(tool->toolTip(), QKeySequence(Qt::Key_F7)),
                 qPrintable(tool->toolTip()));
        // A tooltip set later without the key (as setActionAvailable does) gets it back.
        tool->setToolTip(QStringLiteral("Ruler"));
        QCOMPARE(tool->toolTip(), QStringLiteral("Ruler  (F7)"));
        tool->setShortcut(before);
    }

    void theToolsAreOneExclusiveGroup()
    {
        const QList<QAction *> tools = m_window->toolBars()->toolsBar()->actions();
        QVERIFY(tools.size() >= 8);
        QActionGroup *group = tools.first()->actionGroup();
        QVERIFY(group);
        QVERIFY(group->isExclusive());
        int checked = 0;
        for (const QAction *tool : tools) {
            QCOMPARE(tool->actionGroup(), group);
            QVERIFY(tool->isCheckable());
            checked += tool->isChecked() ? 1 : 0;
        }
        QCOMPARE(checked, 1);
        tools.at(2)->trigger();
        QVERIFY(tools.at(2)->isChecked());
        QVERIFY(!tools.first()->isChecked());
        tools.first()->trigger();
    }

    void theActiveToolStandsOut()
    {
        QToolBar *bar = m_window->toolBars()->toolsBar();
        const QList<QAction *> tools = bar->actions();
        tools.first()->trigger();
        auto *checked = qobject_cast<QToolButton *>(bar->widgetForAction(tools.first()));
        auto *unchecked = qobject_cast<QToolButton *>(bar->widgetForAction(tools.at(1)));
        QVERIFY(checked && unchecked);
        QVERIFY(checked->isChecked());
        QVERIFY(!unchecked->isChecked());
        QCOMPARE(checked->size(), unchecked->size()); // checking shifts nothing
        const QColor highlight = bar->palette().color(QPalette::Highlight);
        const int framed = pixelsLike(checked->grab().toImage(), highlight);
        const int plain = pixelsLike(unchecked->grab().toImage(), highlight);
        // A 2 px frame in the highlight colour all round: over a hundred pixels on a 30 px
        // button, and none on a plain one.
        QVERIFY2(framed > 100 && plain < 10,
                 qPrintable(QStringLiteral("framed %1, plain %2").arg(framed).arg(plain)));
    }

    void nothingOverflowsAt1400By900()
    {
        for (QToolBar *bar : toolBars()) {
            const auto *extension =
                bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY(extension);
            QVERIFY2(!extension->isVisible(), qPrintable(bar->objectName()));
            for (QAction *action : bar->actions()) {
                if (action->isSeparator())
                    continue;
                QWidget *button = bar->widgetForAction(action);
                QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
            }
        }
    }

    void closingTheProjectHidesTheToolBars()
    {
        m_window->closeProject();
        for (const QToolBar *bar : toolBars()) {
            QVERIFY(bar->actions().isEmpty());
            QVERIFY(!bar->isVisible());
        }
    }
};

QTEST_MAIN(TestLabelingToolBars)
#include "tst_labelingtoolbars.moc"
