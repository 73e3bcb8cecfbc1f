// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/planreadingbar.h"

#include "core/project/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace concord {

PlanReadingBar::PlanReadingBar(Workspace *workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_text(new QLabel(this))
    , m_finish(new QPushButton(tr("Finish reading"), this))
{
    setObjectName(QStringLiteral("planReadingBar"));
    // Amber, as a "recording" strip: distinct from the image and from every label colour.
    setStyleSheet(QStringLiteral("#planReadingBar { background: #fff1c2; border-bottom: 2px solid "
                                 "#d49b00; } #planReadingBar QLabel { color: #3d2c00; }"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_finish->setToolTip(tr("Stop this read and go back to ordinary labeling. What you "
                            "submitted stays in the session; you can come back to read the rest."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_finish);
    connect(m_finish, &QPushButton::clicked, this, &PlanReadingBar::finishRequested);
    connect(m_workspace, &Workspace::sessionChanged, this, &PlanReadingBar::refresh);
    connect(m_workspace, &Workspace::itemChanged, this, &PlanReadingBar::refresh);
    refresh();
}

QString PlanReadingBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void PlanReadingBar::refresh()
{
    const CalibrationPlan *plan = m_workspace->readingPlan();
    setVisible(plan != nullptr);
    if (!plan)
        return;
    const auto submitted =
        std::count_if(plan->itemIds.begin(), plan->itemIds.end(), [this](const QString &itemId) {
            return m_workspace->myStatus(itemId) == ItemStatus::Done;
        });
    const bool gold = m_workspace->session().mode == SessionMode::GoldTest;
    m_text->setText(
        tr("<b>%1: %2</b> · <b>%3 of %4</b> submitted · guideline v%5 · Blind: you see only what "
           "you read in this session. Your earlier labels and other readers' stay hidden%6.")
            .arg(gold ? tr("Gold test") : tr("Calibration read"), plan->name.toHtmlEscaped())
            .arg(submitted)
            .arg(plan->itemIds.size())
            .arg(plan->guidelineVersion)
            .arg(gold ? tr(" until the test is scored") : tr(" until the review")));
}

} // namespace concord
