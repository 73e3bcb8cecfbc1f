// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/tooloptionspanel.h"

#include "widgets/canvas/annotationpainter.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/editing/maskoperations.h"
#include "widgets/panels/attributeform.h"
#include "widgets/tools/canvastool.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace concord {

ToolOptionsPanel::ToolOptionsPanel(LabelingContext *context, MaskOperations *operations,
                                   QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_toolName(new QLabel(this))
    , m_toolOptions(new QWidget(this))
    , m_selection(new QLabel(this))
    , m_attributeForm(new AttributeForm(this))
{
    QFont bold = m_toolName->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_toolName->setFont(bold);
    // Only the active tool's options are shown, and only they take room: a stacked widget
    // would keep the height of the tallest tool's options, a blank gap under shorter ones.
    auto *toolOptionsLayout = new QVBoxLayout(m_toolOptions);
    toolOptionsLayout->setContentsMargins(0, 0, 0, 0);

    // How masks and polygons are drawn.
    auto *display = new QGroupBox(tr("Display"), this);
    auto *displayForm = new QFormLayout(display);
    displayForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow column: labels above
    auto *opacity = new QSlider(Qt::Horizontal, display);
    opacity->setRange(0, 100);
    opacity->setValue(int(std::lround(m_context->fillOpacity() * 100)));
    opacity->setFocusPolicy(Qt::NoFocus);
    opacity->setToolTip(tr("How strongly mask and polygon fills cover the image"));
    auto *opacityValue = new QLabel(tr("%1 %").arg(opacity->value()), display);
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(opacity, 1);
    opacityRow->addWidget(opacityValue);
    displayForm->addRow(tr("Fill opacity"), opacityRow);
    auto *outlines = new QCheckBox(tr("Outlines only"), display);
    outlines->setFocusPolicy(Qt::NoFocus);
    outlines->setChecked(m_context->outlinesOnly());
    displayForm->addRow(outlines);
    auto *hideHint = new QLabel(
        tr("Hold H to hide all annotations. Per label: the Show column in Labels."), display);
    hideHint->setWordWrap(true);
    displayForm->addRow(hideHint);
    connect(opacity, &QSlider::valueChanged, this, [this, opacityValue](int value) {
        opacityValue->setText(tr("%1 %").arg(value));
        m_context->setFillOpacity(value / 100.0);
    });
    connect(outlines, &QCheckBox::toggled, m_context, &LabelingContext::setOutlinesOnly);
    connect(m_context, &LabelingContext::overlayChanged, this, [this, opacity, outlines] {
        const QSignalBlocker blockOpacity(opacity);
        const QSignalBlocker blockOutlines(outlines);
        opacity->setValue(int(std::lround(m_context->fillOpacity() * 100)));
        outlines->setChecked(m_context->outlinesOnly());
    });

    // The selected shape and what can be done with it.
    auto *shape = new QGroupBox(tr("Selected shape"), this);
    auto *shapeLayout = new QVBoxLayout(shape);
    m_selection->setWordWrap(true);
    shapeLayout->addWidget(m_selection);
    shapeLayout->addWidget(m_attributeForm);
    connect(m_attributeForm, &AttributeForm::valueChosen, this,
            &ToolOptionsPanel::setSelectedAttribute);
    const QList<QAction *> actions = operations->actions();
    for (int i = 0; i < actions.size(); ++i) {
        auto *button = new QToolButton(shape);
        button->setDefaultAction(actions[i]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus);
        shapeLayout->addWidget(button); // one a row: the column is narrow
    }
    auto *radius = new QSpinBox(shape);
    radius->setRange(1, 20);
    radius->setValue(operations->smoothingRadius());
    radius->setSuffix(tr(" px"));
    radius->setToolTip(tr("Smoothing removes specks and closes gaps up to about this radius"));
    connect(radius, &QSpinBox::valueChanged, operations, &MaskOperations::setSmoothingRadius);
    // A form wraps the row (label above the spin box) when the column is too narrow for both,
    // where a grid would clip the label.
    auto *radiusForm = new QFormLayout;
    radiusForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    radiusForm->addRow(tr("Smoothing radius"), radius);
    shapeLayout->addLayout(radiusForm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolName);
    layout->addWidget(m_toolOptions);
    layout->addWidget(display);
    layout->addWidget(shape);
    layout->addStretch(1);

    connect(m_context, &LabelingContext::selectionChanged, this,
            &ToolOptionsPanel::updateSelectionText);
    connect(m_context, &LabelingContext::annotationsChanged, this,
            &ToolOptionsPanel::updateSelectionText);
    updateSelectionText();
}

void ToolOptionsPanel::showTool(CanvasTool *tool)
{
    m_toolName->setText(tool ? tool->name() : QString());
    QWidget *options = tool ? tool->optionsWidget() : nullptr;
    QLayout *layout = m_toolOptions->layout();
    if (options && layout->indexOf(options) < 0)
        layout->addWidget(options); // the panel takes ownership; tools keep a QPointer
    for (int i = 0; i < layout->count(); ++i) {
        if (QWidget *page = layout->itemAt(i)->widget())
            page->setVisible(page == options);
    }
    m_toolOptions->setVisible(options != nullptr);
}

bool ToolOptionsPanel::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    // The scroll area around the panel resizes it when its minimum size changes, but not when
    // only its height for its width does, as when a text wraps onto one more line (the range of
    // the threshold brush, the selection): rows would overlap. Ask it to fit the panel again.
    if (event->type() == QEvent::LayoutRequest) {
        for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(ancestor)) {
                QCoreApplication::postEvent(area, new QEvent(QEvent::LayoutRequest));
                break;
            }
        }
    }
    return handled;
}

void ToolOptionsPanel::updateSelectionText()
{
    const auto labelName = [this](int labelId) {
        const Label *label = m_context->taxonomy().find(labelId);
        return label ? label->name : tr("(deleted label)");
    };
    if (const MaskAnnotation *mask = m_context->selectedMask())
        m_selection->setText(
            tr("Mask · %1 · %2 px²").arg(labelName(mask->labelId)).arg(maskArea(mask->mask)));
    else if (const PolygonAnnotation *polygon = m_context->selectedPolygon())
        m_selection->setText(tr("Polygon · %1 · %2 vertices")
                                 .arg(labelName(polygon->labelId))
                                 .arg(polygon->vertices.size()));
    else if (const BoxAnnotation *box = m_context->selectedBox())
        m_selection->setText(tr("Box · %1").arg(labelName(box->labelId)));
    else if (const RulerAnnotation *ruler = m_context->selectedRuler())
        // With the spacing items.jsonl recorded, as the DICOM measurement report has it.
        m_selection->setText(
            tr("Ruler · %1 · %2")
                .arg(labelName(ruler->labelId),
                     AnnotationPainter::rulerLength(ruler->start, ruler->end,
                                                    m_context->currentItem()
                                                        ? m_context->currentItem()->pixelSpacing
                                                        : std::nullopt)));
    else
        m_selection->setText(
            tr("Nothing selected. Click a shape to select it; new shapes take the active label."));
    updateAttributeForm();
}

// The selected annotation's label and recorded values, whatever its kind.
struct SelectedAttributes
{
    quint64 annotationId = 0;
    int labelId = 0;
    AnnotationAttributes values;
};

static std::optional<SelectedAttributes> selectedAttributes(const LabelingContext &context)
{
    if (const MaskAnnotation *mask = context.selectedMask())
        return SelectedAttributes{mask->id, mask->labelId, mask->attributes};
    if (const PolygonAnnotation *polygon = context.selectedPolygon())
        return SelectedAttributes{polygon->id, polygon->labelId, polygon->attributes};
    if (const BoxAnnotation *box = context.selectedBox())
        return SelectedAttributes{box->id, box->labelId, box->attributes};
    return std::nullopt;
}

void ToolOptionsPanel::updateAttributeForm()
{
    const std::optional<SelectedAttributes> selected = selectedAttributes(*m_context);
    const Label *label = selected ? m_context->taxonomy().find(selected->labelId) : nullptr;
    m_attributeForm->showAttributes(label ? label->attributes : std::vector<LabelAttribute>(),
                                    selected ? selected->values : AnnotationAttributes());
}

void ToolOptionsPanel::setSelectedAttribute(const QString &attribute, const QString &value)
{
    const std::optional<SelectedAttributes> selected = selectedAttributes(*m_context);
    const QString before = selected ? selected->values.value(attribute) : QString();
    if (!selected || before == value)
        return;
    m_context->pushEdit(
        edits::setAnnotationAttribute(m_context->currentItemId(), selected->annotationId, attribute,
                                      before, value),
        value.isEmpty() ? tr("Clear %1").arg(attribute) : tr("Set %1 to %2").arg(attribute, value));
    updateAttributeForm(); // a refused edit must not leave the choice showing
}

} // namespace concord
