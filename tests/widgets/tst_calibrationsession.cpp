// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinelinks.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "teamwindowfixture.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"
#include "widgets/team/calibrationreviewwindow.h"
#include "widgets/team/calibrationsetupdialog.h"
#include "widgets/team/guidelinedraftdialog.h"
#include "widgets/team/guidelinepanel.h"
#include "widgets/team/planreadingbar.h"
#include "widgets/team/teamactions.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace concord;

// A calibration session end to end on one machine, as the lead and two readers drive the window:
// the lead picks the items, each reader labels blind after switching profile, the review shows
// both readings with the disputed item first, the lead records the reference label, turns the
// item into a guideline edge case and publishes the new version, and later labels carry it.
class TestCalibrationSession : public QObject, private testing::TeamWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        std::unique_ptr<Workspace> created =
            createChestProject(QStringLiteral("cal.concord"), 3,
                               {{QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator},
                                {QStringLiteral("carol"), QStringLiteral("Carol"), Role::Annotator},
                                {QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead}});
        QVERIFY(created);
        created.reset();
        showWindow();
    }

    void cleanupTestCase() { m_window.reset(); }

    void calibrationRoundTrip()
    {
        // The lead picks two items by hand and the two readers.
        switchTo("bob");
        QString planId;
        {
            CalibrationSetupDialog setup(*workspace(), m_window.get());
            setup.setSampling(CalibrationSampling::ByHand);
            setup.setHandPicked({QStringLiteral("item1"), QStringLiteral("item0")});
            setup.setParticipants({QStringLiteral("alice"), QStringLiteral("carol")});
            const Expected<CalibrationPlan> plan = workspace()->addCalibrationPlan(setup.plan());
            QVERIFY(plan);
            QCOMPARE(plan->itemIds,
                     (QStringList{QStringLiteral("item0"), QStringLiteral("item1")}));
            QCOMPARE(plan->guidelineVersion, 1);
            planId = plan->id;
        }

        // Alice reads blind: Nodule on item0, Normal on item1.
        switchTo("alice");
        QVERIFY(m_window->teamActions()->readCalibration(planId));
        QCOMPARE(workspace()->session().mode, SessionMode::Calibration);
        readItem(QStringLiteral("item0"), Qt::Key_1);
        readItem(QStringLiteral("item1"), Qt::Key_2);
        QCOMPARE(workspace()->myStatus(QStringLiteral("item0")), ItemStatus::Done);

        // Carol reads blind: before she submits item0 she cannot see Alice's reading of it.
        switchTo("carol");
        QVERIFY(m_window->teamActions()->readCalibration(planId));
        CanvasView *canvas = m_window->workbench()->canvas();
        canvas->setOtherReadersVisible(true);
        readItem(QStringLiteral("item0"), Qt::Key_2, /*submit*/ false);
        QVERIFY(!workspace()->visibleWork(QStringLiteral("alice"), QStringLiteral("item0")));
        QVERIFY(canvas->otherReadersOnScreen().isEmpty());
        m_window->workbench()->submitCurrent(ItemStatus::Done);
        QVERIFY(workspace()->visibleWork(QStringLiteral("alice"), QStringLiteral("item0")));
        readItem(QStringLiteral("item1"), Qt::Key_2);

        // The lead reviews: both readers on screen, the disputed item first.
        switchTo("bob");
        CalibrationReviewWindow *review = m_window->teamActions()->openReview(planId);
        QVERIFY(review);
        QCOMPARE(review->itemOrder(),
                 (QStringList{QStringLiteral("item0"), QStringLiteral("item1")}));
        QCOMPARE(review->currentItemId(), QStringLiteral("item0"));
        QCOMPARE(review->readersOnScreen(),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("carol")}));
        QVERIFY2(review->summaryText().contains(QStringLiteral("50%")),
                 qPrintable(review->summaryText()));

        // The resolution is recorded, in the journal.
        QVERIFY(review->recordReference({labelId("Nodule")}));
        QCOMPARE(workspace()->referenceLabel(QStringLiteral("item0"))->labelIds,
                 std::vector<int>{labelId("Nodule")});

        // ...and becomes an edge case of a new guideline version.
        review->makeGuidelineExample(labelId("Nodule"));
        GuidelineDraftDialog *draft =
            review->findChild<GuidelineDraftDialog *>(QStringLiteral("guidelineDraft"));
        QVERIFY(draft);
        QVERIFY2(draft->draftText().contains(itemLinkUrl(QStringLiteral("item0"))),
                 qPrintable(draft->draftText()));
        QCOMPARE(draft->publish(), 2);
        draft->close();
        QCOMPARE(m_window->teamActions()->guidelinePanel()->shownVersion(), 2);
        QVERIFY(m_window->teamActions()->guidelinePanel()->shownMarkdown().contains(
            QStringLiteral("Edge case: Nodule")));
        // With Nodule the active label, the panel puts its edge case, with the item link, on top.
        m_window->workbench()->chooseLabel(labelId("Normal"));
        QVERIFY(!m_window->teamActions()->guidelinePanel()->labelGuidanceMarkdown().contains(
            QStringLiteral("Edge case")));
        m_window->workbench()->chooseLabel(labelId("Nodule"));
        QVERIFY2(m_window->teamActions()->guidelinePanel()->labelGuidanceMarkdown().contains(
                     itemLinkUrl(QStringLiteral("item0"))),
                 qPrintable(m_window->teamActions()->guidelinePanel()->labelGuidanceMarkdown()));
        review->close();

        // Later labels carry version 2; Alice's calibration reading keeps version 1.
        switchTo("alice");
        readItem(QStringLiteral("item2"), Qt::Key_2);
        const ItemWork *later = workspace()->myWork(QStringLiteral("item2"));
        QVERIFY(later);
        QCOMPARE(later->classLabels.provenance.guidelineVersion, 2);
        // Her calibration reading lives apart from her ordinary work (there is none on item0).
        QCOMPARE(workspace()->myWork(QStringLiteral("item0")), nullptr);
        const ItemWork *calibrationReading =
            WorkspaceInternals::store(*workspace())
                .itemWork(QStringLiteral("alice"), QStringLiteral("item0"), planId);
        QVERIFY(calibrationReading);
        QCOMPARE(calibrationReading->classLabels.provenance.guidelineVersion, 1);

        // The reference survives reopening (it is in the lead's journal, not in memory only).
        switchTo("bob");
        QVERIFY(workspace()->referenceLabel(QStringLiteral("item0")));

        // The review shows the readings of the session only: the lead's ordinary labels on the
        // item are not a reading of it.
        QVERIFY(!workspace()->commit(
            edits::setClassLabels(QStringLiteral("item0"), {}, {labelId("Nodule")}).forward));
        CalibrationReviewWindow *again = m_window->teamActions()->openReview(planId);
        again->selectItem(QStringLiteral("item0"));
        QCOMPARE(again->currentItemId(), QStringLiteral("item0"));
        QCOMPARE(again->readersOnScreen(),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("carol")}));
        again->close();
    }

    void aCalibrationReadStartsBlankAndIsMarked()
    {
        // After calibrationRoundTrip Alice has ordinary work on item2 (submitted) and a reading
        // of item1 in the first session. A new session over both starts blank all the same.
        switchTo("bob");
        CalibrationPlan round2;
        round2.name = QStringLiteral("Round 2");
        round2.participantIds = {QStringLiteral("alice")};
        round2.itemIds = {QStringLiteral("item1"), QStringLiteral("item2")};
        const Expected<CalibrationPlan> plan = workspace()->addCalibrationPlan(round2);
        QVERIFY(plan);

        switchTo("alice");
        auto *bar = m_window->findChild<PlanReadingBar *>(QStringLiteral("planReadingBar"));
        auto *progress = m_window->findChild<QLabel *>(QStringLiteral("itemProgress"));
        QVERIFY(bar && progress);
        QVERIFY(bar->text().isEmpty()); // ordinary labeling: no bar
        QVERIFY(workspace()->myWork(QStringLiteral("item2")));

        QVERIFY(m_window->teamActions()->readCalibration(plan->id));
        QVERIFY2(bar->text().contains(QStringLiteral("Calibration read")) &&
                     bar->text().contains(QStringLiteral("Round 2")) &&
                     bar->text().contains(QStringLiteral("0 of 2")),
                 qPrintable(bar->text()));
        QCOMPARE(progress->text(), QStringLiteral("0 of 2 items finished"));
        QCOMPARE(context()->currentItemId(), QStringLiteral("item1"));
        // The status bar (and the overlay, from the same facts) counts the session's items.
        auto *itemLabel = m_window->findChild<QLabel *>(QStringLiteral("currentItemFacts"));
        QVERIFY(itemLabel);
        QVERIFY2(itemLabel->text().startsWith(QStringLiteral("Item 1 of 2 ")),
                 qPrintable(itemLabel->text()));
        for (const char *itemId : {"item1", "item2"}) {
            QCOMPARE(workspace()->myWork(QLatin1String(itemId)), nullptr);
            QCOMPARE(workspace()->myStatus(QLatin1String(itemId)), ItemStatus::New);
        }

        readItem(QStringLiteral("item1"), Qt::Key_1);
        QVERIFY2(bar->text().contains(QStringLiteral("1 of 2")), qPrintable(bar->text()));
        QCOMPARE(progress->text(), QStringLiteral("1 of 2 items finished"));

        // Finishing goes back to ordinary labeling, where her earlier work is as it was.
        QTest::mouseClick(bar->findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(bar->text().isEmpty());
        QCOMPARE(workspace()->session().mode, SessionMode::Labeling);
        QCOMPARE(workspace()->myStatus(QStringLiteral("item2")), ItemStatus::Done);
        QCOMPARE(workspace()->myWork(QStringLiteral("item1")), nullptr);
        QVERIFY(progress->text().endsWith(QStringLiteral("of 3 items finished")));
        QVERIFY2(itemLabel->text().contains(QStringLiteral(" of 3 ")),
                 qPrintable(itemLabel->text()));
    }

    void damagedArchiveIsRefusedWithAClearMessage()
    {
        switchTo("alice");
        const QString archive = m_dir.filePath(QStringLiteral("alice.concord-session"));
        bool ok = false;
        m_window->teamActions()->sendWork(archive, &ok);
        QVERIFY(ok);
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        QVERIFY(file.seek(0));
        file.write(bytes);
        file.close();

        switchTo("bob");
        const QString message = m_window->teamActions()->receiveWork(archive, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("alice.concord-session")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("nothing in the project was changed")));
    }
};

QTEST_MAIN(TestCalibrationSession)
#include "tst_calibrationsession.moc"
