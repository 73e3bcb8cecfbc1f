// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/attributeform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace concord {

AttributeForm::AttributeForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_heading(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setVisible(false);
    m_layout->addRow(m_heading);
    setVisible(false);
}

void AttributeForm::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
}

QComboBox *AttributeForm::comboFor(const QString &attribute) const
{
    for (size_t i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes[i].name == attribute)
            return m_combos[i];
    }
    return nullptr;
}

void AttributeForm::rebuild(const std::vector<LabelAttribute> &attributes)
{
    // deleteLater: this may run from inside a combo box's own signal (the edit it reported
    // changed the model, and the model's change brought us here).
    for (QComboBox *combo : m_combos) {
        QWidget *label = m_layout->labelForField(combo);
        m_layout->takeRow(combo);
        combo->deleteLater();
        if (label)
            label->deleteLater();
    }
    m_combos.clear();
    m_attributes = attributes;
    for (const LabelAttribute &attribute : attributes) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("attribute:") + attribute.name);
        combo->setFocusPolicy(Qt::NoFocus);
        combo->addItem(tr("not set"), QString());
        for (const QString &value : attribute.values)
            combo->addItem(value, value);
        combo->setToolTip(attribute.scale == AttributeScale::Ordinal
                              ? tr("Ordinal: %1").arg(attribute.values.join(QStringLiteral(" < ")))
                              : tr("Nominal: %1").arg(attribute.values.join(QStringLiteral(", "))));
        const QString name = attribute.name;
        connect(combo, &QComboBox::activated, this, [this, combo, name](int index) {
            Q_EMIT valueChosen(name, combo->itemData(index).toString());
        });
        m_layout->addRow(attribute.name, combo);
        m_combos.push_back(combo);
    }
}

void AttributeForm::showAttributes(const std::vector<LabelAttribute> &attributes,
                                   const AnnotationAttributes &values)
{
    if (attributes != m_attributes)
        rebuild(attributes);
    for (size_t i = 0; i < m_attributes.size(); ++i) {
        const QSignalBlocker blocker(m_combos[i]);
        // A value the label no longer declares (the taxonomy changed) shows as not set.
        const int index = m_combos[i]->findData(values.value(m_attributes[i].name));
        m_combos[i]->setCurrentIndex(std::max(index, 0));
    }
    setVisible(!m_attributes.empty());
}

} // namespace concord
