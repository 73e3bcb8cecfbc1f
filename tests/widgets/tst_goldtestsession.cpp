// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"
#include "widgets/team/goldtestactions.h"
#include "widgets/team/goldtestresultsdialog.h"
#include "widgets/team/goldtestresultview.h"
#include "widgets/team/goldtestsetupdialog.h"
#include "widgets/team/teamactions.h"

#include <QAction>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <opencv2/imgcodecs.hpp>

using namespace concord;

// A gold test end to end on one machine: the lead, who has settled the reference of four items,
// starts a gold test for a reader; the reader takes it blind in a gold-test session (neither
// the reference nor the lead's own reading is visible), submits every item with the keyboard,
// and the result opens with accuracy, kappa and the confusion matrix; the lead then sees the
// reader's score.
class TestGoldTestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<MainWindow> m_window;

    Workspace *workspace() const { return m_window->workbench()->workspace(); }
    LabelingContext *context() const { return m_window->workbench()->context(); }
    GoldTestActions *goldTests() const { return m_window->teamActions()->goldTests(); }
    int labelId(const char *name) const
    {
        return context()->taxonomy().findByName(QLatin1String(name))->id;
    }

    void switchTo(const char *annotatorId)
    {
        QVERIFY(m_window->openProject(m_root, QLatin1String(annotatorId)));
        QCOMPARE(workspace()->session().annotatorId, QLatin1String(annotatorId));
    }

    // Reads one item: shows it, toggles the image label with Ctrl+hotkey, submits.
    void readItem(const QString &itemId, Qt::Key hotkey)
    {
        context()->showItem(itemId);
        QCOMPARE(context()->currentItemId(), itemId);
        QTest::keyClick(m_window.get(), hotkey, Qt::ControlModifier);
        m_window->workbench()->submitCurrent(ItemStatus::Done);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.filePath(QStringLiteral("gold.concord"));
        Project project = Project::create(
            QStringLiteral("Chest"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal")));
        project.classificationMode = ClassificationMode::SingleLabel;
        auto created = Workspace::create(m_root, project);
        QVERIFY(created);
        Workspace &setup = **created;
        std::vector<Item> items;
        for (int i = 0; i < 4; ++i) {
            const QString name = QStringLiteral("img%1.png").arg(i);
            QVERIFY(cv::imwrite((m_root + QLatin1Char('/') + name).toStdString(),
                                cv::Mat(100, 200, CV_8U, cv::Scalar(40 * i))));
            items.push_back(Item{QStringLiteral("item%1").arg(i), name, {}, 200, 100});
        }
        QCOMPARE(*setup.addItems(items), 4);
        QVERIFY(!setup.addAnnotator(
            {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator}));
        QVERIFY(!setup.addAnnotator({QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead}));
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
        created->reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
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
