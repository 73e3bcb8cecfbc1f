// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/attributefixtures.h"
#include "tests/widgets/toolcanvasfixture.h"
#include "widgets/editing/maskoperations.h"
#include "widgets/panels/attributeform.h"
#include "widgets/panels/classificationpanel.h"
#include "widgets/panels/tooloptionspanel.h"
#include "widgets/tools/boxtool.h"

#include <QAbstractItemView>
#include <QComboBox>

using namespace concord;
using concord::testing::ToolCanvasFixture;

// Recording attribute values from the panels: select a box on a real canvas, pick a value in
// the tool options' form, undo it; the same for an image label in the classification panel.
class TestAttributeForm : public QObject, private ToolCanvasFixture
{
    Q_OBJECT

private:
    std::unique_ptr<BoxTool> m_tool;
    std::unique_ptr<MaskOperations> m_operations;
    int m_nodule = 0, m_effusion = 0;

    // Opens the combo box's list and clicks the entry with `text`, as a user does.
    static void pick(QComboBox *combo, const QString &text)
    {
        combo->showPopup();
        QAbstractItemView *view = combo->view();
        const int row = combo->findText(text);
        QVERIFY(row >= 0);
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTRY_VERIFY(!view->isVisible());
    }

private Q_SLOTS:
    void init()
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("Nodule\nEffusion"));
        m_nodule = testing::declareAttributes(taxonomy, QStringLiteral("Nodule"),
                                              {testing::severityAttribute()});
        m_effusion = testing::declareAttributes(taxonomy, QStringLiteral("Effusion"),
                                                {testing::lateralityAttribute()});
        openCanvas(cv::Mat(100, 200, CV_8U, cv::Scalar(90)), taxonomy);
        if (QTest::currentTestFailed())
            return;
        m_tool = std::make_unique<BoxTool>(m_context.get());
        m_operations = std::make_unique<MaskOperations>(m_context.get());
        m_canvas->setTool(m_tool.get());
    }

    void cleanup()
    {
        m_operations.reset();
        m_tool.reset();
        closeCanvas();
    }

    void boxValueIsPickedAndUndone()
    {
        ToolOptionsPanel panel(m_context.get(), m_operations.get());
        panel.show();
        auto *form = panel.findChild<AttributeForm *>();
        QVERIFY(form);
        QVERIFY(!form->isVisible()); // nothing selected

        m_context->setActiveLabelId(m_nodule);
        drag({QPoint(20, 20), QPoint(70, 50), QPoint(120, 80)});
        QCOMPARE(int(m_context->myBoxes().size()), 1);
        const quint64 boxId = m_context->myBoxes().front().id;
        // Click elsewhere, then on the box: selection is what brings the form up.
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 150));
        QVERIFY(!form->isVisible());
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(60, 50));
        QCOMPARE(m_context->selectedBoxId(), boxId);
        QVERIFY(form->isVisible());

        QComboBox *severity = form->comboFor(QStringLiteral("severity"));
        QVERIFY(severity);
        QCOMPARE(severity->focusPolicy(), Qt::NoFocus); // number keys stay with the canvas
        QCOMPARE(severity->currentText(), QStringLiteral("not set"));
        QCOMPARE(severity->count(), 4);
        pick(severity, QStringLiteral("moderate"));
        QCOMPARE(m_context->myBoxes().front().attributes.value(QStringLiteral("severity")),
                 QStringLiteral("moderate"));
        QCOMPARE(journalOps().last(), QStringLiteral("attribute.set"));
        QCOMPARE(m_context->undoStack()->undoText(), QStringLiteral("Set severity to moderate"));

        m_context->undoStack()->undo();
        QVERIFY(m_context->myBoxes().front().attributes.isEmpty());
        QCOMPARE(severity->currentText(), QStringLiteral("not set"));
        QCOMPARE(journalOps().last(), QStringLiteral("attribute.set")); // undo is the inverse event
        m_context->undoStack()->redo();
        QCOMPARE(severity->currentText(), QStringLiteral("moderate"));

        // "not set" clears it again.
        pick(severity, QStringLiteral("not set"));
        QVERIFY(m_context->myBoxes().front().attributes.isEmpty());
    }

    void imageLabelValueIsPickedAndUndone()
    {
        ClassificationPanel panel(m_context.get());
        panel.show();
        QVERIFY(!panel.attributeFormFor(m_effusion));
        panel.toggleLabel(m_effusion);
        AttributeForm *form = panel.attributeFormFor(m_effusion);
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        pick(form->comboFor(QStringLiteral("laterality")), QStringLiteral("right"));
        const auto laterality = [this] {
            return m_workspace->myWork(QStringLiteral("item1"))
                ->classLabels.attributes.value(m_effusion)
                .value(QStringLiteral("laterality"));
        };
        QCOMPARE(laterality(), QStringLiteral("right"));

        // Unticking the label takes its value away; undo brings both back.
        panel.toggleLabel(m_effusion);
        QVERIFY(laterality().isEmpty());
        m_context->undoStack()->undo();
        QCOMPARE(laterality(), QStringLiteral("right"));
        QTRY_COMPARE(panel.attributeFormFor(m_effusion)
                         ->comboFor(QStringLiteral("laterality"))
                         ->currentText(),
                     QStringLiteral("right"));
        m_context->undoStack()->undo(); // the value
        QVERIFY(laterality().isEmpty());
    }
};

QTEST_MAIN(TestAttributeForm)
#include "tst_attributeform.moc"
