// SPDX-License-Identifier: GPL-3.0-or-later
// Taxonomy health in the window (docs/quality.md, "Taxonomy health"), on the demo project: its
// three calibration readers mix up nodules and consolidations on boxes, so the lead opens
// Team ▸ Taxonomy health, sees that pair first with the items where it happened, one reader of
// each label side by side, and turns it into a guideline draft in one step. Readers are refused.
#include "core/demo/demoproject.h"
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"
#include "widgets/canvas/asyncimageloader.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"
#include "widgets/quality/qualityactions.h"
#include "widgets/quality/qualitywindow.h"
#include "widgets/team/guidelinedraftdialog.h"
#include "widgets/team/taxonomyeditordialog.h"
#include "widgets/team/taxonomyhealthwindow.h"
#include "widgets/team/teamactions.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace concord;
using namespace concord::testing;

class TestTaxonomyHealthWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;

    QAction *healthAction() const
    {
        for (QAction *action : m_window->teamActions()->teamActions()) {
            if (action->text().contains(QStringLiteral("health")))
                return action;
        }
        return nullptr;
    }

    template <typename T> static T *topLevel(const QString &objectName)
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(widget);
                found && found->objectName() == objectName && found->isVisible())
                return found;
            if (auto *child = widget->findChild<T *>(objectName); child && child->isVisible())
                return child;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo"));
        QVERIFY(!createDemoProject(m_demo));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void theLeadSeesTheMostConfusedPairAndDraftsAGuideline()
    {
        QVERIFY(m_window->openProject(m_demo, QStringLiteral("lead")));
        QAction *action = healthAction();
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *health = topLevel<TaxonomyHealthWindow>(QStringLiteral("taxonomyHealth"));
        QVERIFY(health);
        QVERIFY(health->pairCount() > 0);
        // The demo's readers swap Nodule and Consolidation on boxes (core/demo/demoproject.cpp).
        const ConfusablePair &top = health->health().confusable.front();
        const Taxonomy &taxonomy = m_window->workbench()->workspace()->project().taxonomy;
        QCOMPARE(taxonomy.find(top.labelA)->name, QStringLiteral("Nodule"));
        QCOMPARE(taxonomy.find(top.labelB)->name, QStringLiteral("Consolidation"));
        QCOMPARE(top.kind, ConfusionKind::Boxes);
        QVERIFY(top.flagged);
        QVERIFY2(health->summaryText().contains(QStringLiteral("Nodule ↔ Consolidation")),
                 qPrintable(health->summaryText()));

        // The items where they were confused, and two readers side by side on the first.
        health->selectPair(0);
        QCOMPARE(health->itemsOnScreen().size(), top.itemIds.size());
        QVERIFY(health->itemsOnScreen().front().startsWith(QStringLiteral("chest-")));
        health->selectItem(0);
        const QStringList readers = health->readersOnScreen();
        QCOMPARE(readers,
                 (QStringList{top.instances.front().readerA, top.instances.front().readerB}));
        QVERIFY(readers[0] != readers[1]);

        // One step to a guideline draft with the pair's edge case and its items linked.
        auto *draftButton = health->findChild<QPushButton *>(QStringLiteral("startGuidelineDraft"));
        QVERIFY(draftButton && draftButton->isEnabled());
        QTest::mouseClick(draftButton, Qt::LeftButton);
        auto *draft = topLevel<GuidelineDraftDialog>(QStringLiteral("guidelineDraft"));
        QVERIFY(draft);
        QVERIFY2(draft->draftText().contains(QStringLiteral("### Edge case: Nodule")),
                 qPrintable(draft->draftText()));
        QVERIFY(draft->draftText().contains(QStringLiteral("*Consolidation*")));
        QCOMPARE(draft->draftText().count(QStringLiteral("](concord-item:")), top.itemIds.size());
        // The current guideline is kept above it.
        QVERIFY(draft->draftText().startsWith(QStringLiteral("# Chest X-ray labeling guideline")));
        draft->close();

        // ...or one item as an edge case.
        QVERIFY(health->draftForItem().contains(QStringLiteral("### Edge case: Nodule")));
        QVERIFY(health->draftForItem().contains(QStringLiteral("read as Nodule by")));

        // The gaps and the structure.
        QVERIFY(health->gapsHtml().contains(QStringLiteral("Normal")));
        QVERIFY(!health->warningTexts().isEmpty());
        health->close();
    }

    void reachedFromTheQualityWindowAndTheTaxonomyEditor()
    {
        QVERIFY(m_window->openProject(m_demo, QStringLiteral("lead")));
        QualityWindow *quality = m_window->qualityActions()->openQualityWindow();
        auto *fromQuality =
            quality->findChild<QPushButton *>(QStringLiteral("taxonomyHealthButton"));
        QVERIFY(fromQuality);
        QTest::mouseClick(fromQuality, Qt::LeftButton);
        auto *health = topLevel<TaxonomyHealthWindow>(QStringLiteral("taxonomyHealth"));
        QVERIFY(health);
        health->close();
        quality->close();
        QVERIFY(!topLevel<TaxonomyHealthWindow>(QStringLiteral("taxonomyHealth")));

        TaxonomyEditorDialog *editor = m_window->teamActions()->openTaxonomyEditor();
        auto *fromEditor = editor->findChild<QPushButton *>(QStringLiteral("taxonomyHealthButton"));
        QVERIFY(fromEditor && fromEditor->isEnabled());
        QTest::mouseClick(fromEditor, Qt::LeftButton);
        QVERIFY(topLevel<TaxonomyHealthWindow>(QStringLiteral("taxonomyHealth")));
        editor->close();
    }

    void aReaderIsRefused()
    {
        QVERIFY(m_window->openProject(m_demo, QStringLiteral("anna")));
        QAction *action = healthAction();
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(QStringLiteral("leads")));
        // Even when opened, core refuses and the window shows no reader's work.
        TaxonomyHealthWindow window(m_window->workbench()->workspace(), {});
        QCOMPARE(window.pairCount(), 0);
        QVERIFY2(window.summaryText().contains(QStringLiteral("blind")),
                 qPrintable(window.summaryText()));
    }

    // Review finding: an image that finished loading after the pair selection was cleared was
    // drawn anyway, with every visible reader's work.
    void aLoadAfterTheSelectionMovedOnDrawsNothing()
    {
        QVERIFY(m_window->openProject(m_demo, QStringLiteral("lead")));
        TaxonomyHealthWindow window(m_window->workbench()->workspace(), {});
        window.show();
        QVERIFY(window.pairCount() >
                0); // the first pair and item are selected: a load is on its way
        auto *loader = window.findChild<AsyncImageLoader *>();
        QVERIFY(loader);
        QSignalSpy loaded(loader, &AsyncImageLoader::loaded);
        window.findChild<QTreeWidget *>(QStringLiteral("confusedPairs"))->setCurrentItem(nullptr);
        QVERIFY(loaded.wait(10000)); // the image of the item no longer selected arrives
        for (const char *name : {"leftReaderCanvas", "rightReaderCanvas"}) {
            auto *canvas = window.findChild<CanvasView *>(QLatin1String(name));
            QVERIFY(canvas);
            QVERIFY(canvas->image() == nullptr);
        }
    }

    // Review finding: a reader's name holding "%2" took the count's place in the Gaps table.
    void namesWithPlaceholdersStayAsTyped()
    {
        QTemporaryDir dir;
        const auto created = createProject(
            dir.path(), projectWithLabels(QStringLiteral("p"), QStringLiteral("A\nNormal")),
            {{QStringLiteral("r1"), QStringLiteral("Dr %2 Smith")},
             {QStringLiteral("r2"), QStringLiteral("Ray")},
             {QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}},
            numberedItems(1));
        QVERIFY(created);
        Workspace &workspace = *created;
        const int normal = workspace.project().taxonomy.findByName(QStringLiteral("Normal"))->id;
        for (const char *reader : {"r1", "r2"}) {
            QVERIFY(!workspace.startSession(QLatin1String(reader)));
            QVERIFY(!labelAndSubmit(workspace, QStringLiteral("i1"), {normal}));
            QVERIFY(!workspace.endSession());
        }
        QVERIFY(!workspace.startSession(QStringLiteral("lea")));
        TaxonomyHealthWindow window(&workspace, {});
        QVERIFY2(window.gapsHtml().contains(QStringLiteral("Dr %2 Smith")),
                 qPrintable(window.gapsHtml()));
        QVERIFY(!window.health().needsTwoReaders);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestTaxonomyHealthWindow)
#include "tst_taxonomyhealthwindow.moc"
