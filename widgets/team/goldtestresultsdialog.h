// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/goldtest.h"

#include <QDialog>

#include <vector>

class QTreeWidget;

namespace concord {

class GoldTestResultView;
class Workspace;

// Gold-test scores: a table of every test and reader the current annotator may see
// (Workspace::goldTestScore: a lead sees every reader, a reader who finished sees their own),
// with accuracy and Cohen's kappa against the reference, and below it the selected reader's
// confusion matrix. Opened by the lead from the Team menu, and for a reader when they submit the
// last item of a test. A snapshot: reopen it to see later submissions.
class GoldTestResultsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        TestColumn,
        ReaderColumn,
        SubmittedColumn,
        AccuracyColumn,
        KappaColumn,
        ColumnCount
    };

    explicit GoldTestResultsDialog(const Workspace &workspace, QWidget *parent = nullptr);

    // Selects one reader's row; false when it is not shown.
    bool selectResult(const QString &planId, const QString &readerId);
    QTreeWidget *scoreTable() const { return m_table; }
    GoldTestResultView *resultView() const { return m_view; }

private:
    void showSelected();

    const Workspace &m_workspace;
    std::vector<GoldTestScore> m_scores;
    QTreeWidget *m_table;
    GoldTestResultView *m_view;
};

} // namespace concord
