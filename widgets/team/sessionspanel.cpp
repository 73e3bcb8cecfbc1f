// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/sessionspanel.h"

#include "core/project/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

static QString sessionModeName(SessionMode mode)
{
    switch (mode) {
    case SessionMode::Labeling: return SessionsPanel::tr("labeling");
    case SessionMode::Calibration: return SessionsPanel::tr("calibration");
    case SessionMode::Review: return SessionsPanel::tr("review");
    case SessionMode::GoldTest: return SessionsPanel::tr("gold test");
    }
    return {};
}

// Below a minute of active time a rate says nothing (two quick clicks would read as thousands
// of items per hour), so none is shown.
static constexpr qint64 ShortestRatedMs = 60 * 1000;

static QString duration(qint64 ms)
{
    if (ms < ShortestRatedMs)
        return ms > 0 ? SessionsPanel::tr("< 1 min") : SessionsPanel::tr("0 min");
    const qint64 minutes = ms / 60000;
    return SessionsPanel::tr("%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

static void fillTotals(QTreeWidgetItem *row, const ActivityTotals &totals)
{
    row->setText(SessionsPanel::DoneColumn, QString::number(totals.itemsDone));
    row->setText(SessionsPanel::ActiveColumn, duration(totals.activeMs));
    row->setText(SessionsPanel::RateColumn, totals.activeMs >= ShortestRatedMs
                                                ? QString::number(totals.itemsPerHour, 'f', 1)
                                                : QStringLiteral("–"));
    for (int column :
         {SessionsPanel::DoneColumn, SessionsPanel::ActiveColumn, SessionsPanel::RateColumn})
        row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

SessionsPanel::SessionsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QTreeWidget(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_endSession(new QPushButton(tr("End session"), this))
    , m_refreshSoon(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Annotator / session"), tr("Mode"), tr("Start"), tr("End"),
                              tr("Done"), tr("Active"), tr("Items/h")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setRootIsDecorated(true);
    m_table->setToolTip(
        tr("Active time leaves out pauses of more than two minutes without input."));
    m_endSession->setObjectName(QStringLiteral("endSession"));
    m_endSession->setToolTip(tr("Record the end of this session and close the project"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_endSession);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(3000); // edits come in bursts; one measure after them is enough
    connect(m_refreshSoon, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_workspace, &Workspace::itemChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, &SessionsPanel::refresh);
    connect(m_endSession, &QPushButton::clicked, this, &SessionsPanel::endSessionRequested);
}

void SessionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SessionsPanel::refresh()
{
    m_table->clear();
    const Project &project = m_workspace->project();
    // Only the readers the viewer may see (everyone for a reviewer, adjudicator or lead).
    for (const ReaderSessions &reader : m_workspace->visibility().visibleSessions()) {
        const QString &annotatorId = reader.annotatorId;
        const AnnotatorActivity &activity = reader.activity;
        const Annotator *annotator = project.findAnnotator(annotatorId);
        auto *annotatorRow = new QTreeWidgetItem(m_table);
        annotatorRow->setText(WhoColumn, annotator ? annotator->displayName : annotatorId);
        annotatorRow->setData(WhoColumn, Qt::UserRole, annotatorId);
        QFont bold = annotatorRow->font(WhoColumn);
        bold.setBold(true);
        annotatorRow->setFont(WhoColumn, bold);
        fillTotals(annotatorRow, activity.totals);
        for (const Session &session : reader.sessions) {
            auto *row = new QTreeWidgetItem(annotatorRow);
            row->setText(WhoColumn, session.id);
            row->setData(WhoColumn, Qt::UserRole, session.id);
            row->setText(ModeColumn, sessionModeName(session.mode));
            row->setText(StartColumn,
                         session.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            const bool current =
                session.id == m_workspace->session().id && m_workspace->hasSession();
            row->setText(EndColumn, current                 ? tr("now")
                                    : session.end.isValid() ? session.end.toLocalTime().toString(
                                                                  QStringLiteral("HH:mm"))
                                                            : tr("not closed"));
            ActivityTotals totals;
            for (const SessionActivity &measured : activity.sessions) {
                if (measured.sessionId == session.id)
                    totals = measured.totals;
            }
            fillTotals(row, totals);
        }
        annotatorRow->setExpanded(annotatorId == m_workspace->session().annotatorId);
    }
    m_endSession->setEnabled(m_workspace->hasSession());
}

} // namespace concord
