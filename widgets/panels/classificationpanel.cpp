// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/classificationpanel.h"

#include "widgets/editing/labelingcontext.h"
#include "widgets/panels/attributeform.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

static constexpr int LabelIdRole = Qt::UserRole + 1;

ClassificationPanel::ClassificationPanel(LabelingContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_attributeBox(new QGroupBox(tr("Image label attributes"), this))
    , m_attributeLayout(new QVBoxLayout(m_attributeBox))
{
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_attributeBox);
    m_attributeBox->setVisible(false);

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_syncing)
            toggleLabel(item->data(LabelIdRole).toInt());
    });
    connect(m_context, &LabelingContext::currentItemChanged, this,
            &ClassificationPanel::syncChecks);
    connect(m_context, &LabelingContext::annotationsChanged, this,
            &ClassificationPanel::syncChecks);
    rebuild();
}

void ClassificationPanel::rebuild()
{
    m_syncing = true;
    m_list->clear();
    const Taxonomy &taxonomy = m_context->taxonomy();
    for (const Label &label : taxonomy.labels()) {
        auto *item = new QListWidgetItem(
            QString(qsizetype(taxonomy.depthOf(label.id)) * 3, QLatin1Char(' ')) + label.name,
            m_list);
        // A category of a leaf-only taxonomy is shown for orientation but cannot be checked.
        if (taxonomy.isAssignable(label.id)) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        } else {
            item->setFlags(Qt::ItemIsEnabled);
        }
        item->setData(LabelIdRole, label.id);
        if (!label.hotkey.isEmpty())
            item->setToolTip(tr("Ctrl+%1 toggles this image label").arg(label.hotkey));
    }
    const bool single =
        m_context->workspace()->project().classificationMode == ClassificationMode::SingleLabel;
    m_hint->setText(single ? tr("One label per image. Ctrl+key sets it.")
                           : tr("Any number of labels per image. Ctrl+key toggles one."));
    m_syncing = false;
    syncChecks();
}

void ClassificationPanel::syncChecks()
{
    m_syncing = true;
    const std::vector<int> labels = m_context->myClassLabels();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        const bool checked = std::find(labels.begin(), labels.end(),
                                       item->data(LabelIdRole).toInt()) != labels.end();
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setEnabled(m_context->currentItem() != nullptr);
    m_syncing = false;
    syncAttributeForms();
}

void ClassificationPanel::syncAttributeForms()
{
    const Taxonomy &taxonomy = m_context->taxonomy();
    const ItemWork *work = m_context->workspace()->myWork(m_context->currentItemId());
    QMap<int, AttributeForm *> kept;
    for (int labelId : m_context->myClassLabels()) {
        const Label *label = taxonomy.find(labelId);
        if (!label || label->attributes.empty())
            continue;
        AttributeForm *form = m_attributeForms.take(labelId);
        if (!form) {
            form = new AttributeForm(m_attributeBox);
            form->setObjectName(QStringLiteral("imageLabelAttributes:%1").arg(labelId));
            connect(form, &AttributeForm::valueChosen, this,
                    [this, labelId](const QString &attribute, const QString &value) {
                        setImageLabelAttribute(labelId, attribute, value);
                    });
            m_attributeLayout->addWidget(form);
        }
        form->setHeading(label->name);
        form->showAttributes(label->attributes, work ? work->classLabels.attributes.value(labelId)
                                                     : AnnotationAttributes());
        kept.insert(labelId, form);
    }
    // Labels no longer ticked: deleteLater, since this may run inside one of their signals.
    for (AttributeForm *gone : std::as_const(m_attributeForms))
        gone->deleteLater();
    m_attributeForms = kept;
    m_attributeBox->setVisible(!m_attributeForms.isEmpty());
}

void ClassificationPanel::setImageLabelAttribute(int labelId, const QString &attribute,
                                                 const QString &value)
{
    const ItemWork *work = m_context->workspace()->myWork(m_context->currentItemId());
    const QString before =
        work ? work->classLabels.attributes.value(labelId).value(attribute) : QString();
    if (before == value)
        return;
    m_context->pushEdit(edits::setImageLabelAttribute(m_context->currentItemId(), labelId,
                                                      attribute, before, value),
                        value.isEmpty() ? tr("Clear %1").arg(attribute)
                                        : tr("Set %1 to %2").arg(attribute, value));
    syncAttributeForms(); // a refused edit must not leave the choice showing
}

void ClassificationPanel::toggleLabel(int labelId)
{
    const QString itemId = m_context->currentItemId();
    if (itemId.isEmpty() || !m_context->taxonomy().isAssignable(labelId))
        return;
    const std::vector<int> before = m_context->myClassLabels();
    const ItemWork *work = m_context->workspace()->myWork(itemId);
    const ClassLabels beforeLabels = work ? work->classLabels : ClassLabels();
    std::vector<int> after = before;
    const auto it = std::find(after.begin(), after.end(), labelId);
    const bool single =
        m_context->workspace()->project().classificationMode == ClassificationMode::SingleLabel;
    if (it != after.end())
        after.erase(it);
    else if (single)
        after = {labelId};
    else
        after.push_back(labelId);
    std::sort(after.begin(), after.end());
    const Label *label = m_context->taxonomy().find(labelId);
    m_context->pushEdit(edits::changeClassLabels(itemId, beforeLabels, after),
                        tr("Image label %1").arg(label->name));
    syncChecks(); // a failed save must not leave the box ticked
}

} // namespace concord
