// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/goldtestresultsdialog.h"

#include "core/project/workspace.h"
#include "widgets/team/goldtestresultview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

// Where a row's score lives: index into m_scores and reader index within it.
static constexpr int ScoreRole = Qt::UserRole;
static constexpr int ReaderRole = Qt::UserRole + 1;

GoldTestResultsDialog::GoldTestResultsDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTreeWidget(this))
    , m_view(new GoldTestResultView(this))
{
    setWindowTitle(tr("Gold test results"));
    m_table->setObjectName(QStringLiteral("goldScores"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels(
        {tr("Gold test"), tr("Reader"), tr("Submitted"), tr("Accuracy"), tr("Cohen's κ")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const Project &project = workspace.project();
    for (const CalibrationPlan &plan : project.goldTests) {
        Expected<GoldTestScore> score = workspace.goldTestScore(plan.id);
        if (!score)
            continue; // not for this annotator's eyes (yet)
        const int scoreIndex = int(m_scores.size());
        for (size_t r = 0; r < score->comparison.readers.size(); ++r) {
            const GoldReaderResult &result = score->comparison.readers[r];
            const Annotator *reader = project.findAnnotator(result.coderName);
            auto *row = new QTreeWidgetItem(m_table);
            row->setText(TestColumn, plan.name);
            row->setText(ReaderColumn, reader ? reader->displayName : result.coderName);
            row->setText(SubmittedColumn,
                         tr("%1 of %2").arg(score->submitted[r]).arg(score->items));
            row->setText(AccuracyColumn, formatAccuracy(result));
            row->setText(KappaColumn, formatKappa(result.kappa));
            row->setData(TestColumn, ScoreRole, scoreIndex);
            row->setData(TestColumn, ReaderRole, int(r));
            for (int column : {SubmittedColumn, AccuracyColumn, KappaColumn})
                row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_scores.push_back(std::move(*score));
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({110, 330}); // a few readers above, the matrix gets the room
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(680, 470);

    connect(m_table, &QTreeWidget::currentItemChanged, this, &GoldTestResultsDialog::showSelected);
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    else
        m_view->clear();
}

bool GoldTestResultsDialog::selectResult(const QString &planId, const QString &readerId)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_table->topLevelItem(i);
        const GoldTestScore &score = m_scores[size_t(row->data(TestColumn, ScoreRole).toInt())];
        const int reader = row->data(TestColumn, ReaderRole).toInt();
        if (score.planId == planId &&
            score.comparison.readers[size_t(reader)].coderName == readerId) {
            m_table->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

void GoldTestResultsDialog::showSelected()
{
    QTreeWidgetItem *row = m_table->currentItem();
    if (!row) {
        m_view->clear();
        return;
    }
    const GoldTestScore &score = m_scores[size_t(row->data(TestColumn, ScoreRole).toInt())];
    const size_t reader = size_t(row->data(TestColumn, ReaderRole).toInt());
    m_view->showResult(tr("%1: %2").arg(row->text(TestColumn), row->text(ReaderColumn)),
                       score.comparison.categories, score.comparison.readers[reader],
                       score.submitted[reader], score.items);
}

} // namespace concord
