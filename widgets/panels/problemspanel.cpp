// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/problemspanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setHeaderLabels({tr("File"), tr("Line"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);
    setProblems({});
}

void ProblemsPanel::setProblems(const std::vector<FileError> &problems)
{
    m_list->clear();
    for (const FileError &problem : problems) {
        auto *row = new QTreeWidgetItem(m_list);
        // The file name keeps the column narrow; the whole path is a hover away.
        row->setText(0, QFileInfo(problem.path).fileName());
        row->setToolTip(0, QDir::toNativeSeparators(problem.path));
        row->setText(1, problem.line >= 0 ? QString::number(problem.line) : QString());
        row->setText(2, problem.message);
        row->setToolTip(2, problem.toString());
    }
    m_summary->setText(problems.empty()
                           ? tr("No problems were found in the project's files.")
                           : tr("%n problem(s) were found when the project was opened. What they "
                                "affect was skipped; the files were not changed.",
                                nullptr, int(problems.size())));
}

int ProblemsPanel::problemCount() const
{
    return m_list->topLevelItemCount();
}

QStringList ProblemsPanel::row(int index) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return {};
    return {item->toolTip(0), item->text(1), item->text(2)};
}

} // namespace concord
