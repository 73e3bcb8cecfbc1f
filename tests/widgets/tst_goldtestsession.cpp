// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "teamwindowfixture.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"
#include "widgets/team/goldtestactions.h"
#include "widgets/team/goldtestresultsdialog.h"
#include "widgets/team/goldtestresultview.h"
#include "widgets/team/goldtestsetupdialog.h"
#include "widgets/team/teamactions.h"

#include <QAction>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace concord;

// A gold test end to end on one machine: the lead, who has settled the reference of four items,
// starts a gold test for a reader; the reader takes it blind in a gold-test session (neither
// the reference nor the lead's own reading is visible), submits every item with the keyboard,
// and the result opens with accuracy, kappa and the confusion matrix; the lead then sees the
// reader's score.
class TestGoldTestSession : public QObject, private testing::TeamWindowFixture
{
    Q_OBJECT

private:
    GoldTestActions *goldTests() const { return m_window->teamActions()->goldTests(); }

private Q_SLOTS:
    void initTestCase()
    {
        std::unique_ptr<Workspace> created =
            createChestProject(QStringLiteral("gold.concord"), 4,
                               {{QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator},
                                {QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead}});
        QVERIFY(created);
        Workspace &setup = *created;
        // The lead has settled the references (as in a calibration review): Nodule, Nodule,
        // Normal, Normal; and read item0 himself.
        QVERIFY(!setup.startSession(QStringLiteral("bob")));
        const int nodule = setup.project().taxonomy.findByName(QStringLiteral("Nodule"))->id;
        const int normal = setup.project().taxonomy.findByName(QStringLiteral("Normal"))->id;
        for (int i = 0; i < 4; ++i)
            QVERIFY(!setup.recordReferenceLabel(QStringLiteral("item%1").arg(i),
                                                {i < 2 ? nodule : normal}));
        QVERIFY(
            !setup.commit(edits::setClassLabels(QStringLiteral("item0"), {}, {nodule}).forward));
        created.reset();
        showWindow();
    }

    void cleanupTestCase() { m_window.reset(); }

    void goldTestEndToEnd()
    {
        // The lead sets it up: a random sample draws that many items, "all" takes every one.
        switchTo("bob");
        QVERIFY(goldTests()->startAction()->isEnabled());
        QString planId;
        {
            GoldTestSetupDialog setup(*workspace(), m_window.get());
            setup.setReaders({QStringLiteral("alice")});
            setup.setSampleSize(2);
            QCOMPARE(setup.plan().itemIds.size(), 2);
            setup.setSampleSize(0);
            const Expected<CalibrationPlan> plan = workspace()->addGoldTest(setup.plan());
            QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
            QCOMPARE(plan->itemIds,
                     (QStringList{QStringLiteral("item0"), QStringLiteral("item1"),
                                  QStringLiteral("item2"), QStringLiteral("item3")}));
            planId = plan->id;
        }

        // The reader takes it in a gold-test session, blind to the reference and to the lead.
        switchTo("alice");
        QAction *take = m_window->teamActions()->goldTests()->actions().at(1);
        QVERIFY(take->isEnabled());
        QVERIFY(!goldTests()->startAction()->isEnabled());
        QVERIFY(goldTests()->takeGoldTest(planId));
        QCOMPARE(workspace()->session().mode, SessionMode::GoldTest);
        QCOMPARE(workspace()->session().planId, planId);
        QCOMPARE(context()->currentItemId(), QStringLiteral("item0"));
        CanvasView *canvas = m_window->workbench()->canvas();
        canvas->setOtherReadersVisible(true);
        QVERIFY(canvas->otherReadersOnScreen().isEmpty());
        QVERIFY(!workspace()->referenceLabel(QStringLiteral("item0")));

        readItem(QStringLiteral("item0"), Qt::Key_1); // Nodule: right
        readItem(QStringLiteral("item1"), Qt::Key_2); // Normal: wrong, the reference is Nodule
        readItem(QStringLiteral("item2"), Qt::Key_2); // Normal: right
        QVERIFY(!workspace()->referenceLabel(QStringLiteral("item0"))); // still running
        QVERIFY(!goldTests()->results());
        readItem(QStringLiteral("item3"), Qt::Key_2); // Normal: right; the last item

        // The result opens by itself once the last item is submitted.
        QTRY_VERIFY(goldTests()->results() && goldTests()->results()->isVisible());
        GoldTestResultsDialog *results = goldTests()->results();
        QCOMPARE(results->scoreTable()->topLevelItemCount(), 1); // her own score only
        const QString headline = results->resultView()->headline();
        QVERIFY2(headline.contains(QStringLiteral("75% (3 of 4)")), qPrintable(headline));
        // po = 3/4, pe = 2/4·1/4 + 2/4·3/4 = 1/2: kappa = 0.5.
        QVERIFY2(headline.contains(QStringLiteral("0.50")), qPrintable(headline));
        const QTableWidget *matrix = results->resultView()->confusionTable();
        QCOMPARE(matrix->rowCount(), 2);
        QCOMPARE(matrix->verticalHeaderItem(0)->text(), QStringLiteral("Nodule"));
        QCOMPARE(matrix->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(matrix->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(matrix->item(1, 0)->text(), QStringLiteral("0"));
        QCOMPARE(matrix->item(1, 1)->text(), QStringLiteral("2"));
        QCOMPARE(matrix->item(0, 2)->text(), QStringLiteral("1 of 2")); // Nodule items read right
        QVERIFY(!take->isEnabled());
        // Finished: the reference and the lead's reading are visible again.
        QVERIFY(workspace()->referenceLabel(QStringLiteral("item1")));
        results->close();

        // The lead sees every reader's score.
        switchTo("bob");
        GoldTestResultsDialog *lead = goldTests()->openResults();
        QCOMPARE(lead->scoreTable()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = lead->scoreTable()->topLevelItem(0);
        QCOMPARE(row->text(GoldTestResultsDialog::ReaderColumn), QStringLiteral("Alice"));
        QCOMPARE(row->text(GoldTestResultsDialog::SubmittedColumn), QStringLiteral("4 of 4"));
        QCOMPARE(row->text(GoldTestResultsDialog::AccuracyColumn), QStringLiteral("75% (3 of 4)"));
        lead->close();
    }
};

QTEST_MAIN(TestGoldTestSession)
#include "tst_goldtestsession.moc"
