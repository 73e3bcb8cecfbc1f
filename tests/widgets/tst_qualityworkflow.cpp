// SPDX-License-Identifier: GPL-3.0-or-later
// The quality workflow end to end in the window (docs/quality.md): three readers read blind,
// each served by "Next in my queue"; routing sends one item to review and one to adjudication;
// a reviewer accepts, an adjudicator takes a reader's answer; every item ends accepted, and the
// truth exported as COCO holds the accepted answers.
#include "tests/widgets/teamwindowfixture.h"

#include "core/exchange/cocoexporter.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/itemtruth.h"
#include "core/quality/policypublishing.h"
#include "core/quality/qualityworkflow.h"
#include "widgets/quality/decisionpanel.h"
#include "widgets/quality/qualityactions.h"
#include "widgets/quality/qualitywindow.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace concord;

class TestQualityWorkflow : public QObject, public testing::TeamWindowFixture
{
    Q_OBJECT

private:
    QualityActions *quality() const { return m_window->qualityActions(); }

    static int column(const QTableWidget *table, const QString &header)
    {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->horizontalHeaderItem(c)->text() == header)
                return c;
        }
        return -1;
    }

    // Reads the item the queue serves, with the hotkey `keys` gives for its index (Key_unknown:
    // no label), then submits. Returns the item's index, -1 when the queue was empty.
    int readNext(const Qt::Key keys[4])
    {
        if (!quality()->goToNextInQueue())
            return -1;
        const QString itemId = context()->currentItemId();
        const int index = itemId.mid(4).toInt();
        // Blind: nobody else's work on the item is visible before submitting it.
        if (!workspace()->visibleAuthors(itemId).isEmpty())
            return -2;
        if (keys[index] != Qt::Key_unknown)
            QTest::keyClick(m_window.get(), keys[index], Qt::ControlModifier);
        m_window->workbench()->submitCurrent(ItemStatus::Done);
        return index;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace =
            createChestProject(QStringLiteral("chest"), 4,
                               {{QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator},
                                {QStringLiteral("ben"), QStringLiteral("Ben"), Role::Annotator},
                                {QStringLiteral("cat"), QStringLiteral("Cat"), Role::Annotator},
                                {QStringLiteral("rev"), QStringLiteral("Rev"), Role::Reviewer},
                                {QStringLiteral("adj"), QStringLiteral("Adj"), Role::Adjudicator},
                                {QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}});
        QVERIFY(workspace);
        // Three readers; a third of pairs agreeing (2 of 3 readers) is medium, none is low.
        QualityPolicy policy;
        policy.readersPerItem = 3;
        policy.lowThreshold = 0.3;
        policy.qcRate = 0;
        QVERIFY(publishQualityPolicy(workspace->folder(), policy, QStringLiteral("lea")));
        workspace.reset();
        showWindow();
    }

    void readersReadBlindFromTheirQueue()
    {
        // item0 all Nodule; item1 two Nodule, one Normal; item2 Nodule, Normal, nothing;
        // item3 all Normal.
        const Qt::Key reads[3][4] = {{Qt::Key_1, Qt::Key_1, Qt::Key_1, Qt::Key_2},
                                     {Qt::Key_1, Qt::Key_1, Qt::Key_2, Qt::Key_2},
                                     {Qt::Key_1, Qt::Key_2, Qt::Key_unknown, Qt::Key_2}};
        const char *readers[] = {"ann", "ben", "cat"};
        for (int r = 0; r < 3; ++r) {
            switchTo(readers[r]);
            // The status bar says what comes next, as reading (gold too: it must not stand out).
            QSignalSpy said(quality(), &QualityActions::statusMessage);
            QVERIFY(quality()->goToNextInQueue());
            QVERIFY(!said.isEmpty());
            QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("for reading")),
                     qPrintable(said.last().at(0).toString()));
            // A reader has no decision panel figures and no Quality window.
            QVERIFY(!quality()->actions().at(1)->isEnabled());
            QSet<int> served;
            for (int i = 0; i < 4; ++i) {
                const int index = readNext(reads[r]);
                QVERIFY2(index >= 0, index == -2 ? "another reader's work was visible" : "empty");
                served.insert(index);
            }
            QCOMPARE(served, (QSet<int>{0, 1, 2, 3})); // each item once
            QVERIFY(!quality()->goToNextInQueue());    // all read
        }
    }

    void routingSortsTheItems()
    {
        switchTo("lea");
        const Expected<ProjectRouting> routing = QualityWorkflow(*workspace()).routing();
        QVERIFY(routing);
        const ItemState expected[] = {ItemState::Accepted, ItemState::Review,
                                      ItemState::Adjudication, ItemState::Accepted};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(routing->items[size_t(i)].route.state, expected[i]);
        QCOMPARE(*routing->items[1].route.agreement.value, 1.0 / 3.0);
    }

    void aReviewerAccepts()
    {
        switchTo("rev");
        QVERIFY(quality()->goToNextInQueue());
        QCOMPARE(context()->currentItemId(), QStringLiteral("item1"));
        DecisionPanel *panel = quality()->decisionPanel();
        QVERIFY(panel->acceptButton()->isVisibleTo(panel));
        QVERIFY(!panel->adjudicateButton()->isVisibleTo(panel)); // not an adjudication item
        // A finding against one reader's image labels goes with the verdict.
        QComboBox *about = panel->findingTargetBox();
        QVERIFY(about->isVisibleTo(panel));
        const int target =
            about->findData(QStringList{QStringLiteral("ben"), QStringLiteral("labels")});
        QVERIFY2(target >= 0, "every round reader's labels can be flagged");
        about->setCurrentIndex(target);
        panel->categoryBox()->setCurrentIndex(
            panel->categoryBox()->findData(QStringLiteral("wrong-label")));
        QTest::mouseClick(panel->addFindingButton(), Qt::LeftButton);
        QCOMPARE(panel->pendingFindings().size(), size_t(1));
        QTest::mouseClick(panel->acceptButton(), Qt::LeftButton);
        QVERIFY(panel->pendingFindings().empty());
        const AnnotatorWork *reviewer =
            WorkspaceInternals::store(*workspace()).work(QStringLiteral("rev"));
        QVERIFY(reviewer && !reviewer->decisions().empty());
        QVERIFY(reviewer->decisions().back().findings ==
                (std::vector<ReviewFinding>{{QStringLiteral("ben"), QStringLiteral("wrong-label"),
                                             QStringLiteral("labels")}}));
        // The decision moves on; nothing else is in the reviewer's queue.
        QVERIFY(!quality()->goToNextInQueue());
    }

    void anAdjudicatorTakesAReadersAnswer()
    {
        switchTo("adj");
        QVERIFY(quality()->goToNextInQueue());
        QCOMPARE(context()->currentItemId(), QStringLiteral("item2"));
        DecisionPanel *panel = quality()->decisionPanel();
        QCOMPARE(panel->takeAnswerButtons().size(), 3);
        QVERIFY(panel->takeAnswerButtons().at(0)->text().contains(QStringLiteral("Ann")));
        // What each reader answered is written out, so the buttons can be chosen knowingly.
        const QString answers = panel->answersText();
        for (const char *reader : {"Ann", "Ben", "Cat"})
            QVERIFY2(answers.contains(QLatin1String(reader)), qPrintable(answers));
        QVERIFY2(answers.contains(QStringLiteral("Nodule")), qPrintable(answers));
        QTest::mouseClick(panel->takeAnswerButtons().at(0), Qt::LeftButton);
        QCOMPARE(context()->myClassLabels(), std::vector<int>{labelId("Nodule")});
        // Taking an answer is one undo step.
        context()->undo();
        QVERIFY(context()->myClassLabels().empty());
        QTest::mouseClick(panel->takeAnswerButtons().at(0), Qt::LeftButton);
        QTest::mouseClick(panel->adjudicateButton(), Qt::LeftButton);
    }

    void everythingIsAcceptedAndTheTruthExports()
    {
        switchTo("lea");
        QualityWindow *window = quality()->openQualityWindow();
        QCOMPARE(window->routing().counts[size_t(ItemState::Accepted)], 4);
        QCOMPARE(window->itemTable()->rowCount(), 4);
        window->close();

        const AnnotationStore truths = truthStore(workspace()->project(), workspace()->items(),
                                                  WorkspaceInternals::store(*workspace()),
                                                  workspace()->project().currentQualityPolicy());
        const Json coco = buildCocoDocument(workspace()->project(), workspace()->items(), truths);
        std::map<int, int> labelByImage;
        for (const Json &label : coco["image_labels"])
            labelByImage[label["image_id"].get<int>()] = label["category_id"].get<int>();
        const int nodule = labelId("Nodule"), normal = labelId("Normal");
        QCOMPARE(labelByImage,
                 (std::map<int, int>{{1, nodule}, {2, nodule}, {3, nodule}, {4, normal}}));
    }

    // Once the lead settles an item's reference, everyone who read it is scored on it, and the
    // Quality window shows each reader's gold score next to their QC figures.
    void theWindowScoresReadersOnGold()
    {
        switchTo("lea");
        QVERIFY(!workspace()->recordReferenceLabel(QStringLiteral("item3"), {labelId("Normal")}));
        QualityWindow *window = quality()->openQualityWindow();
        window->refresh();
        QTableWidget *readers = window->readerTable();
        const int goldColumn = column(readers, QStringLiteral("Gold items read"));
        QStringList scored;
        for (int row = 0; row < readers->rowCount(); ++row) {
            const QTableWidgetItem *goldRead = readers->item(row, goldColumn);
            if (goldRead && goldRead->text() == QLatin1String("1"))
                scored << readers->item(row, 0)->toolTip(); // the reader id; the text is their name
        }
        scored.sort();
        QCOMPARE(scored, (QStringList{QStringLiteral("ann"), QStringLiteral("ben"),
                                      QStringLiteral("cat")}));
        window->close();
    }

    // The lead's report: throughput beside the scores, the printed report in its tab, and
    // saving it by the suffix chosen; a reader gets no report.
    void theWindowReportsAndSavesIt()
    {
        switchTo("lea");
        QualityWindow *window = quality()->openQualityWindow();
        window->refresh();
        const Json &report = window->report();
        QCOMPARE(report.value("format", std::string()), std::string("concord-quality-report"));
        QTableWidget *readers = window->readerTable();
        const int readColumn = column(readers, QStringLiteral("Items read"));
        for (int row = 0; row < readers->rowCount(); ++row) {
            const QString reader = readers->item(row, 0)->toolTip();
            for (const Json &r : report.at("readers")) {
                if (r.at("reader") == reader.toStdString())
                    QCOMPARE(readers->item(row, readColumn)->text(),
                             QString::number(r.at("throughput").at("reads").get<int>()));
            }
        }
        window->showReportTab();
        QTextBrowser *page = window->findChild<QTextBrowser *>();
        QVERIFY(page && page->toPlainText().contains(QLatin1String("By guideline version")));

        QTemporaryDir out;
        QVERIFY(!window->saveReport(out.filePath(QStringLiteral("q.pdf"))));
        QVERIFY(!window->saveReport(out.filePath(QStringLiteral("q.html"))));
        QVERIFY(!window->saveReport(out.filePath(QStringLiteral("q.json"))));
        QFile pdf(out.filePath(QStringLiteral("q.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
        QFile json(out.filePath(QStringLiteral("q.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(Json::parse(json.readAll().toStdString()) == report);
        const MaybeError text = window->saveReport(out.filePath(QStringLiteral("q.txt")));
        QVERIFY(text && text->message.contains(QLatin1String(".pdf")));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("q.txt"))));
        window->close();

        switchTo("ann");
        QualityWindow reader(*workspace());
        QVERIFY(reader.report().is_null());
    }
};

QTEST_MAIN(TestQualityWorkflow)
#include "tst_qualityworkflow.moc"
