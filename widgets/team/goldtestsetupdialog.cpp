// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/goldtestsetupdialog.h"

#include "core/project/calibrationsampler.h"
#include "core/project/goldtest.h"
#include "core/project/workspace.h"
#include "widgets/team/checkedids.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace concord {

GoldTestSetupDialog::GoldTestSetupDialog(const Workspace &workspace, QWidget *parent)
    : PlanSetupDialog(workspace, parent)
    // Offered: annotators who have items left to be tested on (readers who have read every
    // referenced item would leave no item for anyone).
    , m_readers(newReaderList([&workspace](const Annotator &annotator) {
        return annotator.role == Role::Annotator &&
               !workspace.plans().goldTestCandidates({annotator.id}).isEmpty();
    }))
    , m_sample(new QCheckBox(tr("Only a random sample of"), this))
    , m_count(new QSpinBox(this))
{
    setWindowTitle(tr("Start gold test"));
    const Project &project = workspace.project();
    m_name->setText(tr("Gold test %1").arg(project.goldTests.size() + 1));
    m_count->setRange(1, std::max(1, workspace.items().size()));
    m_count->setValue(20);
    m_count->setSuffix(tr(" items"));
    m_summary->setWordWrap(true);

    auto *itemsRow = new QHBoxLayout;
    itemsRow->addWidget(m_sample);
    itemsRow->addWidget(m_count);
    itemsRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Readers:"), m_readers);
    form->addRow(tr("Items:"), itemsRow);
    layOut(form, tr("Start gold test"));

    connect(m_readers, &QListWidget::itemChanged, this, &GoldTestSetupDialog::update);
    connect(m_sample, &QCheckBox::toggled, this, &GoldTestSetupDialog::update);
    connect(m_count, &QSpinBox::valueChanged, this, &GoldTestSetupDialog::update);
    update();
}

void GoldTestSetupDialog::setReaders(const QStringList &annotatorIds)
{
    setCheckedIds(m_readers, annotatorIds);
}

void GoldTestSetupDialog::setSampleSize(int count)
{
    m_sample->setChecked(count > 0);
    if (count > 0)
        m_count->setValue(count);
}

CalibrationPlan GoldTestSetupDialog::plan() const
{
    CalibrationPlan plan;
    plan.name = m_name->text().trimmed();
    plan.participantIds = checkedIds(m_readers);
    plan.guidelineVersion = m_workspace.project().currentGuidelineVersion;
    const QStringList candidates = m_workspace.plans().goldTestCandidates(plan.participantIds);
    if (!m_sample->isChecked()) {
        plan.itemIds = candidates;
        return plan;
    }
    ItemList pool;
    for (const QString &itemId : candidates)
        pool.add(*m_workspace.items().find(itemId));
    CalibrationSampleRequest request;
    request.method = CalibrationSampling::Random;
    request.count = m_count->value();
    request.seed = m_seed; // the same sample while the lead changes other fields
    const QStringList sample = m_workspace.plans().pickItems(pool, request);
    // Read in project order, as the item list shows them.
    for (const QString &itemId : candidates) {
        if (sample.contains(itemId))
            plan.itemIds.append(itemId);
    }
    return plan;
}

void GoldTestSetupDialog::update()
{
    m_count->setEnabled(m_sample->isChecked());
    const CalibrationPlan preview = plan();
    if (preview.participantIds.isEmpty()) {
        m_summary->setText(tr("Choose at least one reader."));
    } else if (preview.itemIds.isEmpty()) {
        m_summary->setText(
            tr("No item qualifies: a gold test uses items with a reference label (set in the "
               "calibration review) that these readers have not read and that the guideline "
               "does not show as an example."));
    } else {
        m_summary->setText(
            tr("%n item(s) with a reference label", nullptr, int(preview.itemIds.size())) +
            tr(" will be read blind by %n reader(s). Nobody sees the reference or "
               "another reader's labels until they have submitted every item.",
               nullptr, int(preview.participantIds.size())));
    }
    m_start->setEnabled(!preview.itemIds.isEmpty() && !preview.participantIds.isEmpty());
}

} // namespace concord
