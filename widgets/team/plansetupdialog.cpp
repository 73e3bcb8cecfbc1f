// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/plansetupdialog.h"

#include "core/project/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace concord {

PlanSetupDialog::PlanSetupDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_seed(QRandomGenerator::global()->generate64())
    , m_name(new QLineEdit(this))
    , m_summary(new QLabel(this))
{}

void PlanSetupDialog::execAndStore(
    const std::function<Expected<CalibrationPlan>(const CalibrationPlan &)> &store,
    const QString &notStoredTitle, const QString &storedTitle, const QString &storedText)
{
    if (exec() != QDialog::Accepted)
        return;
    const Expected<CalibrationPlan> stored = store(plan());
    if (!stored) {
        QMessageBox::warning(parentWidget(), notStoredTitle, stored.error().toString());
        return;
    }
    QMessageBox::information(parentWidget(), storedTitle,
                             storedText.arg(stored->name).arg(stored->itemIds.size()));
}

QListWidget *PlanSetupDialog::newReaderList(const std::function<bool(const Annotator &)> &ticked)
{
    auto *list = new QListWidget(this);
    for (const Annotator &annotator : m_workspace.project().annotators) {
        auto *entry = new QListWidgetItem(
            tr("%1 (%2)").arg(annotator.displayName, roleDisplayName(annotator.role)), list);
        entry->setData(Qt::UserRole, annotator.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(ticked(annotator) ? Qt::Checked : Qt::Unchecked);
    }
    return list;
}

void PlanSetupDialog::layOut(QFormLayout *form, const QString &startText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(startText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

} // namespace concord
