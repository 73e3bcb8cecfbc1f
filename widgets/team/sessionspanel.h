// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QTimer;
class QTreeWidget;

namespace concord {

class Workspace;

// Who worked how much: one row per annotator with totals, and under it one row per session
// (start, end, mode, items done, active time, items per hour), from
// core/project/sessionstatistics.h. Leads and reviewers see everyone; an annotator sees only
// their own sessions, as throughput is not theirs to compare. Measuring reads the journals, so
// it runs when the panel is shown, on Refresh, and a few seconds after edits. GUI thread.
class SessionsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        WhoColumn,
        ModeColumn,
        StartColumn,
        EndColumn,
        DoneColumn,
        ActiveColumn,
        RateColumn,
        ColumnCount
    };

    explicit SessionsPanel(Workspace *workspace, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *table() const { return m_table; }

Q_SIGNALS:
    // "End session": the window closes the project, which ends the session in the journal.
    void endSessionRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace *m_workspace;
    QTreeWidget *m_table;
    QPushButton *m_refresh;
    QPushButton *m_endSession;
    QTimer *m_refreshSoon;
};

} // namespace concord
