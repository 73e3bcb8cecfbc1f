// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"
#include "tests/widgets/greyimages.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/panels/problemspanel.h"
#include "widgets/panels/suggestionspanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace concord;
using namespace concord::testing;

// Pre-label suggestions in the labeling window (docs/prelabels.md, "In the window"), driven as
// an annotator drives them, with keys and the mouse: accepting makes the suggestion the
// annotator's own shape with its provenance in the journal, rejecting journals the reason,
// undo takes either back, and a damaged set file is reported by name.
class TestSuggestions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<LabelingWorkbench> m_workbench;

    static constexpr const char *SetId = "chest-detector-1";

    LabelingContext *context() const { return m_workbench->context(); }
    Workspace *workspace() const { return m_workbench->workspace(); }
    SuggestionLayer *layer() const { return m_workbench->suggestions(); }
    SuggestionsPanel *panel() const { return m_workbench->suggestionsPanel(); }
    CanvasView *canvas() const { return m_workbench->canvas(); }
    int labelId(const char *name) const
    {
        return context()->taxonomy().findByName(QLatin1String(name))->id;
    }

    static Suggestion box(const char *id, const char *itemId, int labelId, double score,
                          ImageRect rect)
    {
        Suggestion suggestion;
        suggestion.id = QLatin1String(id);
        suggestion.itemId = QLatin1String(itemId);
        suggestion.kind = SuggestionKind::Box;
        suggestion.labelId = labelId;
        suggestion.score = score;
        suggestion.rect = rect;
        return suggestion;
    }

    // A detector's set: on item0 boxes scoring 0.90, 0.60 and 0.30 and the image label Normal at
    // 0.55; on item1 one box.
    static PrelabelSet detectorSet(const Taxonomy &taxonomy)
    {
        const int nodule = taxonomy.findByName(QStringLiteral("Nodule"))->id;
        const int mass = taxonomy.findByName(QStringLiteral("Mass"))->id;
        PrelabelSet set;
        set.id = QLatin1String(SetId);
        set.source = {QStringLiteral("chest-detector"), QStringLiteral("1.2"),
                      QStringLiteral("onnx"), QStringLiteral("2026-12-07T08:00:00Z")};
        set.suggestions = {box("s1", "item0", nodule, 0.90, {20, 20, 40, 30}),
                           box("s2", "item0", mass, 0.60, {100, 40, 50, 40}),
                           box("s3", "item0", nodule, 0.30, {150, 10, 30, 30}),
                           box("s4", "item1", mass, 0.80, {10, 10, 20, 20})};
        Suggestion normal;
        normal.id = QStringLiteral("s5");
        normal.itemId = QStringLiteral("item0");
        normal.kind = SuggestionKind::ImageLabel;
        normal.labelId = taxonomy.findByName(QStringLiteral("Normal"))->id;
        normal.score = 0.55;
        set.suggestions.push_back(normal);
        return set;
    }

    // This session's journal lines, parsed.
    std::vector<Json> journalLines() const
    {
        QFile file(workspace()->folder().sessionJournalFile(workspace()->session().annotatorId,
                                                            workspace()->session().id));
        std::vector<Json> lines;
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : file.readAll().trimmed().split('\n'))
            lines.push_back(Json::parse(line.toStdString()));
        return lines;
    }

    // The data of this session's journal lines with operation `op`, in order.
    std::vector<Json> journalData(const char *op) const
    {
        std::vector<Json> data;
        for (const Json &line : journalLines()) {
            if (line.at("op").get<std::string>() == op)
                data.push_back(line.at("data"));
        }
        return data;
    }

    std::optional<SuggestionDecision> decisionOf(const char *suggestionId) const
    {
        const ItemWork *work = workspace()->myWork(QStringLiteral("item0"));
        if (!work)
            return std::nullopt;
        const auto found = work->suggestionDecisions().constFind(
            suggestionKey(QLatin1String(SetId), QLatin1String(suggestionId)));
        if (found == work->suggestionDecisions().constEnd())
            return std::nullopt;
        return *found;
    }

    QStringList pendingIds() const
    {
        QStringList ids;
        for (const SuggestionLayer::Entry &entry : layer()->pendingSuggestions())
            ids << entry.suggestion->id;
        return ids;
    }

    void openWindow(SessionMode mode = SessionMode::Labeling, const QString &planId = {})
    {
        m_window = std::make_unique<QMainWindow>();
        m_window->resize(1200, 800);
        auto opened = Workspace::open(m_root);
        QVERIFY(opened);
        QVERIFY(!(*opened)->startSession(QStringLiteral("reader"), mode, planId));
        m_workbench = std::make_unique<LabelingWorkbench>(std::move(*opened), m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->image() != nullptr, 10000);
        canvas()->setFocus();
    }

    // Answers the reject dialog that the next call opens: `check` sees it first, then it is
    // given `reason` and accepted.
    void answerRejectDialog(const QString &reason,
                            std::function<void(QInputDialog *)> check = nullptr)
    {
        QTimer::singleShot(0, this, [reason, check] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            if (check)
                check(dialog);
            dialog->setTextValue(reason);
            dialog->accept();
        });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().remove(QStringLiteral("prelabels"));
        m_root = m_dir.filePath(QString::number(QRandomGenerator::global()->generate()));
        const std::vector<Item> items = greyImageItems(2, {200, 100});
        QVERIFY(writeGreyImages(m_root, items, 40));
        const Project project =
            projectWithLabels(QStringLiteral("t"), QStringLiteral("Nodule\nMass\nNormal"));
        auto created = createProject(m_root, project,
                                     {{QStringLiteral("reader"), QStringLiteral("Reader")},
                                      {QStringLiteral("lead"), QStringLiteral("Lead"), Role::Lead}},
                                     items);
        QVERIFY(created);
        const Expected<void> written =
            writePrelabelSet(m_root, detectorSet(created->project().taxonomy));
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        created.reset();
        openWindow();
        // The threshold at 0.50: s1, s2 and the image label are on offer; s3 is below.
        panel()->thresholdSlider()->setValue(50);
    }

    void cleanup()
    {
        m_workbench.reset();
        m_window.reset();
        QSettings().remove(QStringLiteral("prelabels"));
    }

    void theSetAndTheItemsSuggestionsAreShown()
    {
        QCOMPARE(panel()->setList()->topLevelItemCount(), 1);
        QCOMPARE(panel()->setList()->topLevelItem(0)->text(0), QStringLiteral("chest-detector"));
        QCOMPARE(panel()->setList()->topLevelItem(0)->text(1), QStringLiteral("1.2"));
        QCOMPARE(panel()->suggestionList()->topLevelItemCount(), 4); // item0's, not item1's
        QCOMPARE(panel()->suggestionList()->topLevelItem(0)->text(1), QStringLiteral("0.90"));
        QCOMPARE(pendingIds(),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s5")}));

        // The 0.90 box is drawn in the label colour along its top edge; the 0.30 one is not.
        QImage shown = canvas()->grab().toImage();
        const auto colourAlongTopEdge = [&](ImageRect rect, int labelId) {
            const QColor colour(context()->taxonomy().find(labelId)->color);
            const QPointF left = canvas()->toView(QPointF(rect.x, rect.y));
            const QPointF right = canvas()->toView(QPointF(rect.right(), rect.y));
            int hits = 0;
            for (int x = int(left.x()) + 4; x < int(right.x()) - 4; ++x) {
                for (int dy = -1; dy <= 1; ++dy) {
                    const QColor pixel = shown.pixelColor(x, int(std::lround(left.y())) + dy);
                    if (std::abs(pixel.red() - colour.red()) < 30 &&
                        std::abs(pixel.green() - colour.green()) < 30 &&
                        std::abs(pixel.blue() - colour.blue()) < 30)
                        ++hits;
                }
            }
            return hits;
        };
        QVERIFY(colourAlongTopEdge({20, 20, 40, 30}, labelId("Nodule")) > 5);
        QCOMPARE(colourAlongTopEdge({150, 10, 30, 30}, labelId("Nodule")), 0);
        panel()->thresholdSlider()->setValue(20); // now the 0.30 box is drawn too
        shown = canvas()->grab().toImage();
        QVERIFY(colourAlongTopEdge({150, 10, 30, 30}, labelId("Nodule")) > 5);
        QCOMPARE(pendingIds(), (QStringList{QStringLiteral("s1"), QStringLiteral("s2"),
                                            QStringLiteral("s5"), QStringLiteral("s3")}));
    }

    // The reader's own box at a suggestion's corner carries its tag there too, drawn above the
    // suggestions: the suggestion's tag ("Mass 0.60", framed and written in Mass's colour) then
    // stands above the reader's tag instead of under it. It was hidden before.
    void aSuggestionsTagStandsClearOfTheReadersOwnTag()
    {
        const ImageRect at{100, 40, 50, 40}; // where s2, Mass 0.60, is
        QVERIFY(!workspace()->commit(
            edits::addBox(QStringLiteral("item0"),
                          BoxAnnotation{newAnnotationId(), labelId("Nodule"), at, {}, {}})
                .forward));
        canvas()->redrawAnnotations();
        const QImage shown = canvas()->grab().toImage();
        const QColor mass(context()->taxonomy().find(labelId("Mass"))->color);
        const QPointF corner = canvas()->toView(QPointF(at.x, at.y));
        const int tagHeight = QFontMetrics(canvas()->font()).height();
        // The band above the reader's own tag, which only the moved suggestion tag can fill.
        int massPixels = 0;
        for (int y = int(corner.y()) - 2 * tagHeight - 4; y < int(corner.y()) - tagHeight - 4;
             ++y) {
            for (int x = int(corner.x()); x < int(corner.x()) + 60; ++x) {
                if (x < 0 || y < 0 || x >= shown.width() || y >= shown.height())
                    continue;
                const QColor pixel = shown.pixelColor(x, y);
                if (std::abs(pixel.red() - mass.red()) < 40 &&
                    std::abs(pixel.green() - mass.green()) < 40 &&
                    std::abs(pixel.blue() - mass.blue()) < 40)
                    ++massPixels;
            }
        }
        QVERIFY2(massPixels > 10, qPrintable(QString::number(massPixels)));
    }

    void aAcceptsTheBestSuggestionWithItsProvenance()
    {
        QTest::keyClick(canvas(), Qt::Key_A);
        QCOMPARE(int(context()->myBoxes().size()), 1);
        const BoxAnnotation accepted = context()->myBoxes().front();
        QCOMPARE(accepted.rect.x, 20.0);
        QCOMPARE(accepted.rect.y, 20.0);
        QCOMPARE(accepted.rect.width, 40.0);
        QCOMPARE(accepted.rect.height, 30.0);
        QCOMPARE(accepted.labelId, labelId("Nodule"));
        QCOMPARE(context()->selectedBoxId(), accepted.id); // ready for the box tool

        const std::vector<Json> adds = journalData("box.add");
        QCOMPARE(int(adds.size()), 1);
        QCOMPARE(adds.front().at("prelabel").at("set").get<std::string>(), std::string(SetId));
        QCOMPARE(adds.front().at("prelabel").at("suggestion").get<std::string>(),
                 std::string("s1"));
        const auto decision = decisionOf("s1");
        QVERIFY(decision);
        QCOMPARE(decision->kind, SuggestionDecision::Kind::Accepted);
        QCOMPARE(decision->annotationId, accepted.id);
        QCOMPARE(pendingIds(), (QStringList{QStringLiteral("s2"),
                                            QStringLiteral("s5")})); // decided: no longer drawn

        // Ctrl+Z takes it back: no box, no decision, on offer again.
        QTest::keyClick(canvas(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(context()->myBoxes().empty());
        QVERIFY(!decisionOf("s1"));
        QCOMPARE(pendingIds(),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s5")}));
    }

    void theSelectedSuggestionIsTheOneAccepted()
    {
        QTest::keyClick(canvas(), Qt::Key_S); // the best first
        QCOMPARE(layer()->selectedKey(), suggestionKey(QLatin1String(SetId), QStringLiteral("s1")));
        QTest::keyClick(canvas(), Qt::Key_S);
        QCOMPARE(layer()->selectedKey(), suggestionKey(QLatin1String(SetId), QStringLiteral("s2")));
        QTest::keyClick(canvas(), Qt::Key_A);
        QCOMPARE(int(context()->myBoxes().size()), 1);
        QCOMPARE(context()->myBoxes().front().labelId, labelId("Mass"));
        QCOMPARE(context()->myBoxes().front().rect.x, 100.0);
        QVERIFY(journalData("box.add").front().at("prelabel").at("suggestion") == Json("s2"));

        // A click in the list selects as well.
        QTreeWidget *list = panel()->suggestionList();
        QTreeWidgetItem *normalRow =
            list->findItems(QStringLiteral("Normal"), Qt::MatchStartsWith).value(0);
        QVERIFY(normalRow);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(normalRow).center());
        QCOMPARE(layer()->selectedKey(), suggestionKey(QLatin1String(SetId), QStringLiteral("s5")));
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_A);
        QCOMPARE(context()->myClassLabels(), std::vector<int>{labelId("Normal")});
        QVERIFY(decisionOf("s5"));
    }

    void shiftAAcceptsExactlyThoseAtOrAboveTheSlider()
    {
        panel()->thresholdSlider()->setValue(58); // s1 (0.90) and s2 (0.60)
        QVERIFY(panel()->acceptAllAction()->text().contains(QStringLiteral("0.58")));
        QTest::keyClick(canvas(), Qt::Key_A, Qt::ShiftModifier);
        QCOMPARE(int(context()->myBoxes().size()), 2);
        QVERIFY(context()->myClassLabels().empty()); // Normal at 0.55 stays a suggestion
        QVERIFY(decisionOf("s1") && decisionOf("s2"));
        QVERIFY(!decisionOf("s3") && !decisionOf("s5"));
        QStringList provenance;
        for (const Json &add : journalData("box.add"))
            provenance << QString::fromStdString(
                add.at("prelabel").at("suggestion").get<std::string>());
        QCOMPARE(provenance, (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
        QVERIFY(workspace()->myWork(QStringLiteral("item1")) == nullptr ||
                workspace()->myWork(QStringLiteral("item1"))->boxes.empty());

        // One step: a single Ctrl+Z takes both back.
        QTest::keyClick(canvas(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(context()->myBoxes().empty());
        QVERIFY(!decisionOf("s1") && !decisionOf("s2"));

        // Lowered to 0.50 the image label comes too.
        panel()->thresholdSlider()->setValue(50);
        QTest::keyClick(canvas(), Qt::Key_A, Qt::ShiftModifier);
        QCOMPARE(int(context()->myBoxes().size()), 2);
        QCOMPARE(context()->myClassLabels(), std::vector<int>{labelId("Normal")});
        QVERIFY(pendingIds().isEmpty());
    }

    void rejectingAsksWhyAndJournalsTheReason()
    {
        QTest::keyClick(canvas(), Qt::Key_S);
        QTest::keyClick(canvas(), Qt::Key_S); // s2
        answerRejectDialog(QStringLiteral("Wrong label"), [](QInputDialog *dialog) {
            // The common reasons are offered, and free text is allowed.
            QVERIFY(dialog->isComboBoxEditable());
            QCOMPARE(dialog->comboBoxItems(), SuggestionsPanel::commonRejectReasons());
        });
        QTest::keyClick(canvas(), Qt::Key_R, Qt::ShiftModifier);
        const std::vector<Json> rejects = journalData("prelabel.reject");
        QCOMPARE(int(rejects.size()), 1);
        QVERIFY(rejects.front().at("set") == Json(SetId));
        QVERIFY(rejects.front().at("suggestion") == Json("s2"));
        QVERIFY(rejects.front().at("reason") == Json("Wrong label"));
        const auto decision = decisionOf("s2");
        QVERIFY(decision);
        QCOMPARE(decision->kind, SuggestionDecision::Kind::Rejected);
        QCOMPARE(decision->reason, QStringLiteral("Wrong label"));
        QVERIFY(context()->myBoxes().empty()); // nothing was added
        QCOMPARE(pendingIds(), (QStringList{QStringLiteral("s1"), QStringLiteral("s5")}));
        const QList<QTreeWidgetItem *> rows = panel()->suggestionList()->findItems(
            QStringLiteral("rejected: Wrong label"), Qt::MatchExactly, 2);
        QCOMPARE(rows.size(), 1);

        // Undo brings it back on offer, journaled as prelabel.unreject. (The offscreen platform
        // does not give the window back its activation when the modal dialog closes, as a
        // desktop does; shortcuts need an active window.)
        QApplication::setActiveWindow(canvas()->window());
        QTest::keyClick(canvas(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!decisionOf("s2"));
        QCOMPARE(int(journalData("prelabel.unreject").size()), 1);
        QCOMPARE(pendingIds(),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s5")}));

        // The last reason is offered first next time; a reason of one's own is kept as given.
        answerRejectDialog(QStringLiteral("Rib crossing, not a nodule"), [](QInputDialog *dialog) {
            QCOMPARE(dialog->textValue(), QStringLiteral("Wrong label"));
        });
        QTest::keyClick(canvas(), Qt::Key_R, Qt::ShiftModifier); // the best: s1
        QCOMPARE(decisionOf("s1")->reason, QStringLiteral("Rib crossing, not a nodule"));
    }

    void anAcceptedBoxIsEditedByTheBoxToolAndKeepsItsId()
    {
        QTest::keyClick(canvas(), Qt::Key_A);
        QCOMPARE(int(context()->myBoxes().size()), 1);
        const quint64 id = context()->myBoxes().front().id;
        // Drag its bottom-right corner from (60, 50) to (70, 64).
        const QPoint from = canvas()->toView(QPointF(60, 50)).toPoint();
        const QPoint to = canvas()->toView(QPointF(70, 64)).toPoint();
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(canvas(), to);
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(int(context()->myBoxes().size()), 1);
        const BoxAnnotation edited = context()->myBoxes().front();
        QCOMPARE(edited.id, id);
        QCOMPARE(edited.rect.x, 20.0);
        QVERIFY(std::abs(edited.rect.right() - 70) <= 1);
        QVERIFY(std::abs(edited.rect.bottom() - 64) <= 1);
        QVERIFY(journalLines().back().at("op") == Json("box.change"));
        // Still the accepted suggestion: statistics compare the edit with the proposal by id.
        QCOMPARE(decisionOf("s1")->annotationId, id);
        QVERIFY(!pendingIds().contains(QStringLiteral("s1")));
    }

    void aSwitchedOffSetOffersNothing()
    {
        QTreeWidgetItem *set = panel()->setList()->topLevelItem(0);
        set->setCheckState(0, Qt::Unchecked);
        QVERIFY(pendingIds().isEmpty());
        QTest::keyClick(canvas(), Qt::Key_A, Qt::ShiftModifier);
        QVERIFY(context()->myBoxes().empty());
        panel()->setList()->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QCOMPARE(pendingIds(),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s5")}));
    }

    void aSetWrittenWhileOpenShowsUp()
    {
        PrelabelSet second = detectorSet(context()->taxonomy());
        second.id = QStringLiteral("second-model-1");
        second.source.modelName = QStringLiteral("second-model");
        second.suggestions.resize(1);
        second.suggestions[0].score = 0.95;
        QVERIFY(writePrelabelSet(m_root, second));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->setList()->topLevelItemCount(), 2, 10000);
        QCOMPARE(layer()->pendingSuggestions().front().set->id, QStringLiteral("second-model-1"));
    }

    void aDamagedSetIsReportedByNameAndTheOthersStillLoad()
    {
        QFile damaged(prelabelFolder(m_root) + QStringLiteral("/broken-model-1.json"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"id\": \"broken-model-1\", \"suggestions\": [ {\"id\": ");
        damaged.close();
        panel()->reload();
        QVERIFY(panel()->problemText().contains(QStringLiteral("broken-model-1.json")));
        QCOMPARE(int(panel()->problems().size()), 1);
        QCOMPARE(int(layer()->sets().size()), 1); // the good set is still offered
        QCOMPARE(pendingIds(),
                 (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s5")}));
        auto *problems = m_window->findChild<ProblemsPanel *>();
        QVERIFY(problems);
        bool named = false;
        for (int i = 0; i < problems->problemCount(); ++i)
            named = named || problems->row(i)
                                 .join(QLatin1Char(' '))
                                 .contains(QStringLiteral("broken-model-1.json"));
        QVERIFY(named);
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("problems"))->isVisible());

        // Opened afresh with the damage already there: no crash, the same report.
        m_workbench.reset();
        m_window.reset();
        openWindow();
        QVERIFY(panel()->problemText().contains(QStringLiteral("broken-model-1.json")));
        QCOMPARE(int(layer()->sets().size()), 1);
    }

    // A calibration read measures how readers agree on their own: no model's proposals in it.
    void hiddenInACalibrationRead()
    {
        QVERIFY(layer()->isAvailable());
        m_workbench.reset();
        m_window.reset();
        QString planId;
        {
            auto lead = Workspace::open(m_root);
            QVERIFY(lead);
            QVERIFY(!(*lead)->startSession(QStringLiteral("lead")));
            CalibrationPlan plan;
            plan.name = QStringLiteral("round 1");
            plan.participantIds = {QStringLiteral("reader")};
            plan.itemIds = {QStringLiteral("item0"), QStringLiteral("item1")};
            const Expected<CalibrationPlan> added = (*lead)->addCalibrationPlan(plan);
            QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
            planId = added->id;
            QVERIFY(!(*lead)->endSession());
        }
        openWindow(SessionMode::Calibration, planId);
        QCOMPARE(context()->currentItemId(), QStringLiteral("item0"));
        QVERIFY(!layer()->isAvailable());
        QVERIFY(pendingIds().isEmpty());
        QCOMPARE(panel()->suggestionList()->topLevelItemCount(), 0);
        QTest::keyClick(canvas(), Qt::Key_A);
        QVERIFY(context()->myBoxes().empty());
    }
};

QTEST_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
