// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "tests/widgets/teamwindowfixture.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"
#include "widgets/models/taxonomymodel.h"
#include "widgets/panels/classificationpanel.h"
#include "widgets/team/guidelinecomparedialog.h"
#include "widgets/team/guidelinedraftdialog.h"
#include "widgets/team/guidelinepanel.h"
#include "widgets/team/labeldetailsform.h"
#include "widgets/team/taxonomyeditordialog.h"
#include "widgets/team/teamactions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <opencv2/imgcodecs.hpp>

using namespace concord;

// The lead edits the taxonomy in its editor (drag to re-parent, colour, key, attributes, the
// leaf-only option), sees the warnings, publishes the result with a guideline version, and the
// labeling window then refuses categories from the palette and hotkeys.
class TestTaxonomyEditor : public QObject, private testing::TeamWindowFixture
{
    Q_OBJECT

private:
    static int idOf(const Taxonomy &taxonomy, const char *name)
    {
        const Label *label = taxonomy.findByName(QLatin1String(name));
        return label ? label->id : 0;
    }

    // What a QTreeView does on a drop: the dragged row's mime data dropped at (row, parent).
    static bool drag(TaxonomyModel *model, int labelId, int row, int parentId)
    {
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(labelId)}));
        return model->dropMimeData(data.get(), Qt::MoveAction, row, 0, model->indexOf(parentId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.filePath(QStringLiteral("tax.concord"));
        Project project = Project::create(QStringLiteral("Chest"),
                                          Taxonomy::fromIndentedText(QStringLiteral(
                                              "Opacity\n  Nodule\nDevice\n  Tube\nNormal\n")));
        QVERIFY(testing::createProject(
            m_root, project,
            {{QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead},
             {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator}},
            {Item{QStringLiteral("a"), QStringLiteral("a.png"), {}, 64, 64}}));
        QVERIFY(cv::imwrite((m_root + QStringLiteral("/a.png")).toStdString(),
                            cv::Mat(64, 64, CV_8U, cv::Scalar(90))));
        showWindow();
    }

    void cleanupTestCase() { m_window.reset(); }

    void onlyTheLeadMayOpenTheEditor()
    {
        QVERIFY(m_window->openProject(m_root, QStringLiteral("alice")));
        QAction *edit = nullptr;
        for (QAction *action : m_window->teamActions()->teamActions()) {
            if (action->text().contains(QStringLiteral("taxonomy")))
                edit = action;
        }
        QVERIFY(edit);
        QVERIFY(!edit->isEnabled());
        QVERIFY(m_window->openProject(m_root, QStringLiteral("bob")));
        for (QAction *action : m_window->teamActions()->teamActions()) {
            if (action->text().contains(QStringLiteral("taxonomy")))
                QVERIFY(action->isEnabled());
        }
    }

    // Issue 14 finding 9: Cancel threw edits away without asking.
    void cancelAsksBeforeDiscardingEdits()
    {
        QVERIFY(m_window->openProject(m_root, QStringLiteral("bob"))); // the lead
        TaxonomyEditorDialog *editor = m_window->teamActions()->openTaxonomyEditor();
        QVERIFY(editor);
        // Unchanged: Cancel closes at once.
        editor->reject();
        QVERIFY(!editor->isVisible());

        editor = m_window->teamActions()->openTaxonomyEditor();
        editor->model()->addLabel(QStringLiteral("Calcification"), -1);
        const auto answer = [this](const QString &button) {
            QTimer::singleShot(0, this, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY2(box->text().contains(QStringLiteral("added, 0 removed")),
                         qPrintable(box->text()));
                for (QAbstractButton *candidate : box->buttons()) {
                    if (candidate->text() == button)
                        candidate->click();
                }
            });
        };
        answer(QStringLiteral("Keep editing"));
        editor->reject();
        QVERIFY(editor->isVisible());
        QVERIFY(editor->model()->taxonomy().findByName(QStringLiteral("Calcification")));
        answer(QStringLiteral("Discard changes"));
        editor->reject();
        QVERIFY(!editor->isVisible());
        // The labeling window is the active one again, for the shortcuts of the next test.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void editPublishAndLabelWithLeavesOnly()
    {
        QVERIFY(m_window->openProject(m_root, QStringLiteral("bob")));
        TaxonomyEditorDialog *editor = m_window->teamActions()->openTaxonomyEditor();
        QVERIFY(editor);
        TaxonomyModel *model = editor->model();
        const int nodule = idOf(model->taxonomy(), "Nodule");
        const int device = idOf(model->taxonomy(), "Device");
        const int tube = idOf(model->taxonomy(), "Tube");
        const int opacity = idOf(model->taxonomy(), "Opacity");

        // Nothing is annotated yet: every label is unused.
        QVERIFY2(editor->warnings()
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("No annotation uses \"Opacity / Nodule\"")),
                 qPrintable(editor->warnings().join(QLatin1Char('\n'))));

        // Drag Tube onto Opacity (re-parent), then before Nodule (reorder).
        QVERIFY(drag(model, tube, -1, opacity));
        QCOMPARE(model->taxonomy().pathOf(tube), QStringLiteral("Opacity / Tube"));
        QVERIFY(drag(model, tube, 0, opacity));
        QCOMPARE(model->taxonomy().childrenOf(opacity), (std::vector<int>{tube, nodule}));
        // A label dropped inside its own subtree stays where it is.
        QVERIFY(!drag(model, opacity, -1, tube));
        // Device is now empty: an empty category.
        QVERIFY(editor->warnings()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("\"Device\" has no labels under it")));
        QCOMPARE(model->rowCount(model->indexOf(device)), 0);

        // Details of Nodule: rename by typing, colour, attributes.
        editor->selectLabel(nodule);
        LabelDetailsForm *details = editor->details();
        auto *name = details->findChild<QLineEdit *>(QStringLiteral("labelName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Pulmonary nodule"));
        QCOMPARE(model->taxonomy().find(nodule)->name, QStringLiteral("Pulmonary nodule"));
        QCOMPARE(model->data(model->indexOf(nodule), Qt::DisplayRole).toString(),
                 QStringLiteral("Pulmonary nodule"));
        details->setColor(QStringLiteral("#ff0000"));
        details->addAttribute(
            {QStringLiteral("severity"),
             AttributeScale::Ordinal,
             {QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")}});
        QCOMPARE(model->taxonomy().find(nodule)->color, QStringLiteral("#ff0000"));
        QCOMPARE(model->taxonomy().find(nodule)->attributes.front().values.size(), 3);
        QCOMPARE(
            model->data(model->indexOf(nodule, TaxonomyModel::AttributesColumn), Qt::DisplayRole)
                .toString(),
            QStringLiteral("severity"));

        // DICOM SEG codes: a malformed typed code is shown and not taken; picking a lesion type
        // from the standard's list fills in its category (docs/dicom-exchange.md, "Codes").
        auto *category = details->findChild<QComboBox *>(QStringLiteral("labelSegmentCategory"));
        auto *type = details->findChild<QComboBox *>(QStringLiteral("labelSegmentType"));
        auto *codeProblem = details->findChild<QLabel *>(QStringLiteral("labelSegmentCodeProblem"));
        QVERIFY(category && type && codeProblem);
        QTest::keyClicks(type->lineEdit(), QStringLiteral("27925004"));
        QVERIFY(!codeProblem->isHidden());
        QVERIFY2(codeProblem->text().contains(QStringLiteral("SCHEME:VALUE:MEANING")),
                 qPrintable(codeProblem->text()));
        QVERIFY(model->taxonomy().find(nodule)->segmentType.isEmpty());
        const int noduleType = type->findText(QStringLiteral("SCT:27925004:Nodule"));
        QVERIFY(noduleType > 0);
        type->setCurrentIndex(noduleType);
        Q_EMIT type->activated(noduleType);
        QVERIFY(codeProblem->isHidden());
        QCOMPARE(category->currentText(),
                 QStringLiteral("SCT:49755003:Morphologically Abnormal Structure"));
        QCOMPARE(model->taxonomy().find(nodule)->segmentType.value, QStringLiteral("27925004"));
        QCOMPARE(model->taxonomy().find(nodule)->segmentCategory.value, QStringLiteral("49755003"));

        // A hotkey given twice is a warning; typing it in place in the tree goes through setData.
        QVERIFY(model->setData(model->indexOf(tube, TaxonomyModel::HotkeyColumn),
                               QStringLiteral("1"), Qt::EditRole));
        QVERIFY(editor->warnings()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Hotkey 1 is given to")));
        // A hotkey the window already uses is a warning that names the command: the box tool's
        // key, the canvas's hold-to-hide key, and S, whose Ctrl+S (the image-label toggle) is Save.
        const auto warningsWithKey = [&](const QString &key) {
            model->setData(model->indexOf(tube, TaxonomyModel::HotkeyColumn), key, Qt::EditRole);
            return editor->warnings().join(QLatin1Char('\n'));
        };
        const QString boxKey = warningsWithKey(QStringLiteral("B"));
        QVERIFY2(boxKey.contains(QStringLiteral(
                     "Hotkey B of \"Opacity / Tube\" collides with the command \"Box\" (B)")),
                 qPrintable(boxKey));
        const QString hideKey = warningsWithKey(QStringLiteral("H"));
        QVERIFY2(hideKey.contains(QStringLiteral("\"Hide annotations (hold)\" (H)")),
                 qPrintable(hideKey));
        const QString saveKey = warningsWithKey(QStringLiteral("S"));
        QVERIFY2(saveKey.contains(QStringLiteral("\"Save\" (Ctrl+S)")), qPrintable(saveKey));
        QVERIFY(model->setData(model->indexOf(tube, TaxonomyModel::HotkeyColumn),
                               QStringLiteral("U"), Qt::EditRole));
        QVERIFY(!editor->warnings().join(QLatin1Char('\n')).contains(QStringLiteral("Hotkey")));

        editor->findChild<QCheckBox *>(QStringLiteral("leafLabelsOnly"))->setChecked(true);
        QVERIFY(model->taxonomy().leafLabelsOnly());
        const Taxonomy edited = model->taxonomy();

        // "Continue to guideline draft": the draft carries the taxonomy; publishing makes it the
        // project's.
        editor->findChild<QPushButton *>(QStringLiteral("taxonomyToDraft"))->click();
        auto *draft = m_window->findChild<GuidelineDraftDialog *>(QStringLiteral("guidelineDraft"));
        QVERIFY(draft);
        QVERIFY(draft->findChild<QLabel *>(QStringLiteral("draftTaxonomyNote"))->isVisible());
        QCOMPARE(workspace()->project().taxonomy.find(nodule)->name,
                 QStringLiteral("Nodule")); // not yet
        const int version = draft->publish();
        QCOMPARE(version, 2);
        QCOMPARE(workspace()->project().taxonomy, edited);
        QCOMPARE(*workspace()->project().findGuideline(2)->taxonomy, edited);
        QCOMPARE(workspace()
                     ->project()
                     .taxonomyOf(*workspace()->project().findGuideline(1))
                     .find(nodule)
                     ->name,
                 QStringLiteral("Nodule"));
        draft->close();

        // The guideline panel compares versions 1 and 2: the rename shows in the taxonomy.
        GuidelineCompareDialog *comparison =
            m_window->teamActions()->guidelinePanel()->openComparison();
        QStringList added;
        QStringList removed;
        for (const DiffLine &line : comparison->shownDiff().taxonomy) {
            if (line.kind == DiffLine::Kind::Added)
                added.append(line.text.trimmed());
            if (line.kind == DiffLine::Kind::Removed)
                removed.append(line.text.trimmed());
        }
        QVERIFY2(added.contains(QStringLiteral("Pulmonary nodule  [key 2, #ff0000]")),
                 qPrintable(added.join(QLatin1Char('|'))));
        QVERIFY(added.contains(QStringLiteral("(only leaf labels may be used)")));
        QVERIFY2(added.contains(QStringLiteral("· DICOM SEG: SCT 49755003 Morphologically "
                                               "Abnormal Structure / SCT 27925004 Nodule")),
                 qPrintable(added.join(QLatin1Char('|'))));
        QVERIFY(removed.contains(QStringLiteral("Nodule  [key 2, #00e5ff]")));
        QVERIFY(comparison->shownHtml().contains(QStringLiteral("The text is the same")));
        comparison->close();

        // The open labeling window follows at once: the category Opacity cannot be chosen,
        // neither as the active label nor as an image label; its leaf can.
        LabelingWorkbench *workbench = m_window->workbench();
        context()->showItem(QStringLiteral("a"));
        workbench->chooseLabel(nodule);
        QCOMPARE(context()->activeLabelId(), nodule);
        workbench->chooseLabel(opacity);
        QCOMPARE(context()->activeLabelId(), nodule);
        QTest::keyClick(m_window.get(), Qt::Key_U); // Tube's new hotkey
        QCOMPARE(context()->activeLabelId(), tube);
        QTest::keyClick(m_window.get(), Qt::Key_1); // Opacity's key: refused
        QCOMPARE(context()->activeLabelId(), tube);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(context()->myClassLabels().empty());
        QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(context()->myClassLabels(), std::vector<int>{tube});
    }
};

QTEST_MAIN(TestTaxonomyEditor)
#include "tst_taxonomyeditor.moc"
