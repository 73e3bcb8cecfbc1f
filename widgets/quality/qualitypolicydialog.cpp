// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/qualitypolicydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace concord {

namespace {

const TierAction AllActions[] = {TierAction::Accept, TierAction::Review, TierAction::Adjudicate,
                                 TierAction::ReRead};

QString actionText(TierAction action)
{
    switch (action) {
    case TierAction::Accept: return QualityPolicyDialog::tr("Accept automatically");
    case TierAction::Review: return QualityPolicyDialog::tr("Send to a reviewer");
    case TierAction::Adjudicate: return QualityPolicyDialog::tr("Send to adjudication");
    case TierAction::ReRead: return QualityPolicyDialog::tr("Read again by new readers");
    }
    return {};
}

// A titled group of labelled fields, one form row each.
QGroupBox *formGroup(QWidget *parent, const QString &title,
                     std::initializer_list<std::pair<QString, QWidget *>> rows)
{
    auto *group = new QGroupBox(title, parent);
    auto *form = new QFormLayout(group);
    for (const auto &[label, field] : rows)
        form->addRow(label, field);
    return group;
}

QComboBox *actionCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (TierAction action : AllActions)
        combo->addItem(actionText(action), int(action));
    return combo;
}

QDoubleSpinBox *fraction(QWidget *parent, double maximum = 1.0)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.0, maximum);
    spin->setDecimals(3);
    spin->setSingleStep(0.05);
    return spin;
}

// A rate shown as a percentage, as leads speak of it ("5 % of accepted items"); the policy
// stores the fraction.
QDoubleSpinBox *percentage(QWidget *parent, double maximumFraction = 1.0)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.0, maximumFraction * 100.0);
    spin->setDecimals(1);
    spin->setSingleStep(1.0);
    spin->setSuffix(QStringLiteral(" %"));
    return spin;
}

void selectAction(QComboBox *combo, TierAction action)
{
    combo->setCurrentIndex(combo->findData(int(action)));
}

TierAction selectedAction(const QComboBox *combo)
{
    return TierAction(combo->currentData().toInt());
}

} // namespace

QualityPolicyDialog::QualityPolicyDialog(const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_readers(new QSpinBox(this))
    , m_high(fraction(this))
    , m_low(fraction(this))
    , m_highAction(actionCombo(this))
    , m_mediumAction(actionCombo(this))
    , m_lowAction(actionCombo(this))
    , m_panel(new QSpinBox(this))
    , m_reReaders(new QSpinBox(this))
    , m_boxIoU(fraction(this))
    , m_maskMeasure(new QComboBox(this))
    , m_goldRate(percentage(this, policylimits::MaxGoldRate))
    , m_qcRate(percentage(this))
    , m_scoreThreshold(fraction(this))
    , m_pause(new QCheckBox(tr("Pause flagged readers until a lead looks at them"), this))
    , m_summary(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    const QualityPolicy &current = project.currentQualityPolicy();
    setWindowTitle(current.version > 0
                       ? tr("Quality policy (version %1 in force)").arg(current.version)
                       : tr("Quality policy (the default in force)"));
    m_readers->setRange(1, policylimits::MaxReadersPerItem);
    m_panel->setRange(1, policylimits::MaxAdjudicationPanel);
    m_reReaders->setRange(1, policylimits::MaxReadersPerItem);
    // Counted nouns follow the count ("1 reader", "2 readers"), never "reader(s)".
    const auto countSuffix = [](QSpinBox *spin, const QString &one, const QString &many) {
        const auto follow = [spin, one, many](int value) {
            spin->setSuffix(value == 1 ? one : many);
        };
        follow(spin->value());
        QObject::connect(spin, &QSpinBox::valueChanged, spin, follow);
    };
    countSuffix(m_readers, tr(" reader"), tr(" readers"));
    countSuffix(m_panel, tr(" adjudicator"), tr(" adjudicators"));
    countSuffix(m_reReaders, tr(" new reader"), tr(" new readers"));
    m_maskMeasure->addItem(tr("Dice"), int(MaskMeasure::Dice));
    m_maskMeasure->addItem(tr("IoU (Jaccard)"), int(MaskMeasure::IoU));
    m_summary->setPlaceholderText(tr("What changes and why"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    QGroupBox *reading =
        formGroup(this, tr("Reading"), {{tr("Blind readers per item:"), m_readers}});
    QGroupBox *tiers = formGroup(this, tr("Agreement tiers"),
                                 {{tr("High tier from:"), m_high},
                                  {tr("Medium tier from:"), m_low},
                                  {tr("High agreement:"), m_highAction},
                                  {tr("Medium agreement:"), m_mediumAction},
                                  {tr("Low agreement:"), m_lowAction},
                                  {tr("Adjudication panel:"), m_panel},
                                  {tr("Sent back to:"), m_reReaders},
                                  {tr("Boxes match from IoU:"), m_boxIoU},
                                  {tr("Masks compared by:"), m_maskMeasure}});
    QGroupBox *checks = formGroup(this, tr("Gold and QC"),
                                  {{tr("Hidden gold items in each queue:"), m_goldRate},
                                   {tr("Accepted items drawn for QC:"), m_qcRate},
                                   {tr("Flag readers scoring below:"), m_scoreThreshold},
                                   {QString(), m_pause}});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish = buttons->addButton(tr("Publish new version"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reading);
    layout->addWidget(tiers);
    layout->addWidget(checks);
    auto *summaryForm = new QFormLayout;
    summaryForm->addRow(tr("Summary:"), m_summary);
    layout->addLayout(summaryForm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    setPolicy(current);
    for (QSpinBox *spin : {m_readers, m_panel, m_reReaders})
        connect(spin, &QSpinBox::valueChanged, this, &QualityPolicyDialog::update);
    for (QDoubleSpinBox *spin : {m_high, m_low, m_boxIoU, m_goldRate, m_qcRate, m_scoreThreshold})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &QualityPolicyDialog::update);
    for (QComboBox *combo : {m_highAction, m_mediumAction, m_lowAction, m_maskMeasure})
        connect(combo, &QComboBox::currentIndexChanged, this, &QualityPolicyDialog::update);
    update();
}

void QualityPolicyDialog::setPolicy(const QualityPolicy &p)
{
    m_readers->setValue(p.readersPerItem);
    m_high->setValue(p.highThreshold);
    m_low->setValue(p.lowThreshold);
    selectAction(m_highAction, p.highAction);
    selectAction(m_mediumAction, p.mediumAction);
    selectAction(m_lowAction, p.lowAction);
    m_panel->setValue(p.adjudicationPanel);
    m_reReaders->setValue(p.reReadReaders);
    m_boxIoU->setValue(p.boxIoUThreshold);
    m_maskMeasure->setCurrentIndex(m_maskMeasure->findData(int(p.maskMeasure)));
    m_goldRate->setValue(p.goldRate * 100.0);
    m_qcRate->setValue(p.qcRate * 100.0);
    m_scoreThreshold->setValue(p.readerScoreThreshold);
    m_pause->setChecked(p.pauseFlaggedReaders);
    update();
}

QualityPolicy QualityPolicyDialog::policy() const
{
    QualityPolicy p;
    p.readersPerItem = m_readers->value();
    p.highThreshold = m_high->value();
    p.lowThreshold = m_low->value();
    p.highAction = selectedAction(m_highAction);
    p.mediumAction = selectedAction(m_mediumAction);
    p.lowAction = selectedAction(m_lowAction);
    p.adjudicationPanel = m_panel->value();
    p.reReadReaders = m_reReaders->value();
    p.boxIoUThreshold = m_boxIoU->value();
    p.maskMeasure = MaskMeasure(m_maskMeasure->currentData().toInt());
    p.goldRate = m_goldRate->value() / 100.0;
    p.qcRate = m_qcRate->value() / 100.0;
    p.readerScoreThreshold = m_scoreThreshold->value();
    p.pauseFlaggedReaders = m_pause->isChecked();
    p.summary = m_summary->text().trimmed();
    return p;
}

QString QualityPolicyDialog::problem() const
{
    return policyProblem(policy(), m_project).value_or(QString());
}

void QualityPolicyDialog::update()
{
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : tr("Cannot publish: %1").arg(why));
    m_problem->setVisible(!why.isEmpty());
    if (m_publish)
        m_publish->setEnabled(why.isEmpty());
}

} // namespace concord
