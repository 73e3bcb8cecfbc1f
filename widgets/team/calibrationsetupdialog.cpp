// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/calibrationsetupdialog.h"

#include "core/project/workspace.h"
#include "widgets/team/checkedids.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace concord {

CalibrationSetupDialog::CalibrationSetupDialog(const Workspace &workspace, QWidget *parent)
    : PlanSetupDialog(workspace, parent)
    , m_sampling(new QButtonGroup(this))
    , m_count(new QSpinBox(this))
    , m_items(new QListWidget(this))
    , m_participants(newReaderList(
          [](const Annotator &annotator) { return annotator.role == Role::Annotator; }))
    , m_guideline(new QComboBox(this))
{
    setWindowTitle(tr("New calibration session"));
    const Project &project = workspace.project();
    m_name->setText(tr("Calibration %1").arg(project.calibrations.size() + 1));

    auto *samplingBox = new QVBoxLayout;
    const std::pair<CalibrationSampling, QString> methods[] = {
        {CalibrationSampling::Random, tr("At random")},
        {CalibrationSampling::StratifiedByLabel,
         tr("Stratified by current label (rare findings included)")},
        {CalibrationSampling::ByHand, tr("By hand (tick the items below)")}};
    for (const auto &[method, text] : methods) {
        auto *button = new QRadioButton(text, this);
        m_sampling->addButton(button, int(method));
        samplingBox->addWidget(button);
    }
    m_sampling->button(int(CalibrationSampling::StratifiedByLabel))->setChecked(true);
    m_count->setRange(1, std::max(1, workspace.items().size()));
    m_count->setValue(std::min(20, std::max(1, workspace.items().size())));

    for (const Item &item : workspace.items().items()) {
        auto *entry = new QListWidgetItem(item.path, m_items);
        entry->setData(Qt::UserRole, item.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
    }
    for (auto it = project.guidelines.rbegin(); it != project.guidelines.rend(); ++it)
        m_guideline->addItem(tr("Version %1: %2").arg(it->version).arg(it->summary), it->version);
    m_guideline->setCurrentIndex(m_guideline->findData(project.currentGuidelineVersion));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Items:"), m_count);
    form->addRow(tr("Pick items:"), samplingBox);
    form->addRow(QString(), m_items);
    form->addRow(tr("Readers:"), m_participants);
    form->addRow(tr("Guideline:"), m_guideline);
    layOut(form, tr("Start calibration"));

    auto update = [this] {
        m_items->setEnabled(sampling() == CalibrationSampling::ByHand);
        m_count->setEnabled(sampling() != CalibrationSampling::ByHand);
        const CalibrationPlan preview = plan();
        m_summary->setText(
            tr("%n item(s) will be read blind", nullptr, int(preview.itemIds.size())) +
            tr(" by %n reader(s).", nullptr, int(preview.participantIds.size())));
        m_start->setEnabled(!preview.itemIds.isEmpty() && preview.participantIds.size() >= 2);
    };
    connect(m_sampling, &QButtonGroup::idToggled, this, update);
    connect(m_count, &QSpinBox::valueChanged, this, update);
    connect(m_items, &QListWidget::itemChanged, this, update);
    connect(m_participants, &QListWidget::itemChanged, this, update);
    update();
}

void CalibrationSetupDialog::setSampling(CalibrationSampling sampling)
{
    m_sampling->button(int(sampling))->setChecked(true);
}

void CalibrationSetupDialog::setItemCount(int count)
{
    m_count->setValue(count);
}

void CalibrationSetupDialog::setParticipants(const QStringList &annotatorIds)
{
    setCheckedIds(m_participants, annotatorIds);
}

void CalibrationSetupDialog::setHandPicked(const QStringList &itemIds)
{
    setCheckedIds(m_items, itemIds);
}

CalibrationSampling CalibrationSetupDialog::sampling() const
{
    return CalibrationSampling(m_sampling->checkedId());
}

CalibrationPlan CalibrationSetupDialog::plan() const
{
    CalibrationSampleRequest request;
    request.method = sampling();
    request.count = sampling() == CalibrationSampling::ByHand ? m_items->count() : m_count->value();
    request.seed = m_seed;
    request.handPicked = checkedIds(m_items);
    CalibrationPlan plan;
    plan.name = m_name->text().trimmed();
    plan.participantIds = checkedIds(m_participants);
    plan.guidelineVersion = m_guideline->currentData().toInt();
    plan.itemIds = m_workspace.plans().pickItems(m_workspace.items(), request);
    return plan;
}

} // namespace concord
