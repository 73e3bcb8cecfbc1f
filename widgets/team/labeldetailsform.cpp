// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/labeldetailsform.h"

#include "core/model/segmentcodes.h"
#include "widgets/dialogs/fieldproblem.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

namespace concord {

enum AttributeColumn { AttributeName, AttributeScaleColumn, AttributeValues };

LabelDetailsForm::LabelDetailsForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_hotkey(new QLineEdit(this))
    , m_color(new QPushButton(this))
    , m_description(new QPlainTextEdit(this))
    , m_segmentCategory(new QComboBox(this))
    , m_segmentType(new QComboBox(this))
    , m_segmentCodeProblem(problemLabel(QStringLiteral("labelSegmentCodeProblem"), this))
    , m_attributes(new QTableWidget(0, 3, this))
    , m_addAttribute(new QPushButton(tr("Add attribute"), this))
    , m_removeAttribute(new QPushButton(tr("Remove attribute"), this))
{
    m_name->setObjectName(QStringLiteral("labelName"));
    m_hotkey->setObjectName(QStringLiteral("labelHotkey"));
    m_hotkey->setMaxLength(1);
    m_hotkey->setMaximumWidth(48);
    m_hotkey->setToolTip(
        tr("One key: it picks the label for boxes; Ctrl+key toggles it as an image label"));
    m_color->setObjectName(QStringLiteral("labelColor"));
    m_description->setObjectName(QStringLiteral("labelDescription"));
    m_description->setPlaceholderText(tr("What this label means, in one or two sentences"));
    m_description->setMaximumHeight(80);
    // Editable: a code outside the standard's lists is typed as SCHEME:VALUE:MEANING.
    const QString codeTip =
        tr("What the label is in DICOM's coded terms, SCHEME:VALUE:MEANING: a DICOM SEG export "
           "gives its segments this category and type, so a PACS viewer shows what they are. "
           "Empty: SCT 49755003 Morphologically abnormal structure, SCT 52988006 Lesion.");
    for (const auto &[combo, presets, name, placeholder] :
         {std::tuple(m_segmentCategory, &segmentCategoryPresets(), "labelSegmentCategory",
                     tr("empty: SCT:49755003:Morphologically Abnormal Structure")),
          std::tuple(m_segmentType, &lesionTypePresets(), "labelSegmentType",
                     tr("empty: SCT:52988006:Lesion"))}) {
        combo->setObjectName(QLatin1String(name));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString());
        for (const CodedConcept &code : *presets)
            combo->addItem(codeToText(code));
        combo->setToolTip(codeTip);
        combo->lineEdit()->setPlaceholderText(placeholder);
        connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                &LabelDetailsForm::readSegmentCodes);
        connect(combo, &QComboBox::activated, this, &LabelDetailsForm::readSegmentCodes);
    }
    m_attributes->setObjectName(QStringLiteral("labelAttributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Scale"), tr("Values, in order")});
    m_attributes->horizontalHeader()->setSectionResizeMode(AttributeValues, QHeaderView::Stretch);
    m_attributes->verticalHeader()->hide();
    m_attributes->setToolTip(tr("Ordinal values are ranked in the order listed (mild, moderate, "
                                "severe); nominal values only differ (left, right, bilateral)."));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Hotkey:"), m_hotkey);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("SEG category:"), m_segmentCategory);
    form->addRow(tr("SEG type:"), m_segmentType);
    form->addRow(QString(), m_segmentCodeProblem);
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(m_addAttribute);
    attributeButtons->addWidget(m_removeAttribute);
    attributeButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Attributes readers record with this label:"), this));
    layout->addWidget(m_attributes, 1);
    layout->addLayout(attributeButtons);

    connect(m_name, &QLineEdit::textEdited, this, &LabelDetailsForm::readFields);
    connect(m_hotkey, &QLineEdit::textEdited, this, &LabelDetailsForm::readFields);
    connect(m_description, &QPlainTextEdit::textChanged, this, &LabelDetailsForm::readFields);
    connect(m_color, &QPushButton::clicked, this, &LabelDetailsForm::chooseColor);
    connect(m_attributes, &QTableWidget::itemChanged, this, &LabelDetailsForm::readAttributes);
    connect(m_addAttribute, &QPushButton::clicked, this, [this] {
        addAttribute(
            {tr("attribute %1").arg(m_label.attributes.size() + 1), AttributeScale::Nominal, {}});
    });
    connect(m_removeAttribute, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->currentRow();
        if (row < 0 || row >= int(m_label.attributes.size()))
            return;
        m_label.attributes.erase(m_label.attributes.begin() + row);
        showAttributes();
        Q_EMIT labelEdited(m_label);
    });
    showLabel(nullptr);
}

void LabelDetailsForm::showLabel(const Label *label)
{
    m_loading = true;
    m_label = label ? *label : Label{};
    setEnabled(label != nullptr);
    m_name->setText(m_label.name);
    m_hotkey->setText(m_label.hotkey);
    m_description->setPlainText(m_label.description);
    m_segmentCategory->setEditText(codeToText(m_label.segmentCategory));
    m_segmentType->setEditText(codeToText(m_label.segmentType));
    m_segmentCodeProblem->hide();
    updateColorButton();
    showAttributes();
    m_loading = false;
}

void LabelDetailsForm::setColor(const QString &color)
{
    m_label.color = color;
    updateColorButton();
    Q_EMIT labelEdited(m_label);
}

void LabelDetailsForm::addAttribute(const LabelAttribute &attribute)
{
    m_label.attributes.push_back(attribute);
    showAttributes();
    Q_EMIT labelEdited(m_label);
}

void LabelDetailsForm::chooseColor()
{
    const QColor chosen =
        QColorDialog::getColor(QColor(m_label.color), this, tr("Colour of %1").arg(m_label.name));
    if (chosen.isValid())
        setColor(chosen.name());
}

void LabelDetailsForm::readFields()
{
    if (m_loading)
        return;
    if (!m_name->text().trimmed().isEmpty()) // a label keeps its last name rather than none
        m_label.name = m_name->text().trimmed();
    m_label.hotkey = m_hotkey->text().trimmed().toUpper();
    m_label.description = m_description->toPlainText().trimmed();
    Q_EMIT labelEdited(m_label);
}

// Takes the codes only when the pair is valid, so the label never holds half a pair; what is
// wrong is shown below the fields until it is mended.
void LabelDetailsForm::readSegmentCodes()
{
    if (m_loading)
        return;
    const QString categoryText = m_segmentCategory->currentText().trimmed();
    const QString typeText = m_segmentType->currentText().trimmed();
    // A lesion type from the standard's list belongs to one category: fill it in.
    if (categoryText.isEmpty() && m_segmentType->currentIndex() > 0 &&
        m_segmentType->currentText() == m_segmentType->itemText(m_segmentType->currentIndex())) {
        m_loading = true;
        m_segmentCategory->setCurrentIndex(1);
        m_loading = false;
        readSegmentCodes();
        return;
    }
    CodedConcept category, type;
    QString problem;
    if (!categoryText.isEmpty() || !typeText.isEmpty()) {
        const std::optional<CodedConcept> parsedCategory = codeFromText(categoryText);
        const std::optional<CodedConcept> parsedType = codeFromText(typeText);
        if (!categoryText.isEmpty() && !parsedCategory)
            problem = tr("The category is not SCHEME:VALUE:MEANING.");
        else if (!typeText.isEmpty() && !parsedType)
            problem = tr("The type is not SCHEME:VALUE:MEANING.");
        else {
            category = parsedCategory.value_or(CodedConcept{});
            type = parsedType.value_or(CodedConcept{});
            problem = segmentCodesProblem(category, type);
        }
    }
    showProblem(m_segmentCodeProblem, problem);
    if (!problem.isEmpty())
        return;
    m_label.segmentCategory = category;
    m_label.segmentType = type;
    Q_EMIT labelEdited(m_label);
}

void LabelDetailsForm::readAttributes()
{
    if (m_loading)
        return;
    for (int row = 0; row < m_attributes->rowCount() && row < int(m_label.attributes.size());
         ++row) {
        LabelAttribute &attribute = m_label.attributes[size_t(row)];
        if (const QTableWidgetItem *name = m_attributes->item(row, AttributeName))
            attribute.name = name->text().trimmed();
        if (const auto *scale =
                qobject_cast<QComboBox *>(m_attributes->cellWidget(row, AttributeScaleColumn)))
            attribute.scale = AttributeScale(scale->currentData().toInt());
        attribute.values.clear();
        if (const QTableWidgetItem *values = m_attributes->item(row, AttributeValues)) {
            for (const QString &value :
                 values->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!value.trimmed().isEmpty())
                    attribute.values.append(value.trimmed());
            }
        }
    }
    Q_EMIT labelEdited(m_label);
}

void LabelDetailsForm::showAttributes()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_attributes->setRowCount(int(m_label.attributes.size()));
    for (int row = 0; row < int(m_label.attributes.size()); ++row) {
        const LabelAttribute &attribute = m_label.attributes[size_t(row)];
        m_attributes->setItem(row, AttributeName, new QTableWidgetItem(attribute.name));
        auto *scale = new QComboBox(m_attributes);
        scale->addItem(tr("nominal"), int(AttributeScale::Nominal));
        scale->addItem(tr("ordinal"), int(AttributeScale::Ordinal));
        scale->setCurrentIndex(attribute.scale == AttributeScale::Ordinal ? 1 : 0);
        connect(scale, &QComboBox::currentIndexChanged, this, &LabelDetailsForm::readAttributes);
        m_attributes->setCellWidget(row, AttributeScaleColumn, scale);
        m_attributes->setItem(row, AttributeValues,
                              new QTableWidgetItem(attribute.values.join(QStringLiteral(", "))));
    }
    m_removeAttribute->setEnabled(!m_label.attributes.empty());
    m_loading = wasLoading;
}

void LabelDetailsForm::updateColorButton()
{
    QPixmap swatch(32, 16);
    swatch.fill(m_label.color.isEmpty() ? QColor(Qt::transparent) : QColor(m_label.color));
    m_color->setIcon(QIcon(swatch));
    m_color->setIconSize(swatch.size());
    m_color->setText(m_label.color.isEmpty() ? tr("Choose…") : m_label.color);
}

} // namespace concord
