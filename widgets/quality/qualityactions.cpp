// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/qualityactions.h"

#include "core/quality/policypublishing.h"
#include "core/quality/qualityworkflow.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/quality/decisionpanel.h"
#include "widgets/quality/qualitypolicydialog.h"
#include "widgets/quality/qualitywindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>

namespace concord {

QualityActions::QualityActions(LabelingWorkbench *workbench, QMainWindow *window)
    : m_workbench(workbench)
    , m_window(window)
    , m_panel(new DecisionPanel(workbench->context()))
    , m_dock(new QDockWidget(tr("Decision"), window))
    , m_next(new QAction(tr("Next in my queue"), this))
    , m_openWindow(new QAction(tr("Quality…"), this))
    , m_policy(new QAction(tr("Quality policy…"), this))
{
    workbench->addTabBesideImageLabels(m_dock, QStringLiteral("decisionDock"), m_panel, true);
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_next->setToolTip(tr("The next item the quality policy asks of you: reading for readers; "
                          "review, adjudication or QC for the roles that decide"));
    m_openWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_next, &QAction::triggered, this, &QualityActions::goToNextInQueue);
    connect(m_openWindow, &QAction::triggered, this, &QualityActions::openQualityWindow);
    connect(m_policy, &QAction::triggered, this, &QualityActions::editPolicy);
    connect(m_panel, &DecisionPanel::statusMessage, this, &QualityActions::statusMessage);
    // A decision settles the item for this person: on to the next one.
    connect(m_panel, &DecisionPanel::decided, this, [this] { goToNextInQueue(); });
    updateEnabled();
}

QualityActions::~QualityActions()
{
    delete m_qualityWindow;
    m_window->removeDockWidget(m_dock);
    delete m_dock;
}

QList<QAction *> QualityActions::actions() const
{
    return {m_next, m_openWindow, m_policy};
}

QAction *QualityActions::decisionPanelAction() const
{
    return m_dock->toggleViewAction();
}

void QualityActions::updateEnabled()
{
    const Annotator *me = m_workbench->workspace()->currentAnnotator();
    const bool decides = me && me->role != Role::Annotator;
    const bool lead = me && me->role == Role::Lead;
    setActionAvailable(m_openWindow, decides, tr("Items by state, agreement and QC findings"),
                       tr("for reviewers, adjudicators and leads: it would show how others "
                          "labeled items you read blind"));
    setActionAvailable(m_policy, lead,
                       tr("Readers per item, tier thresholds and actions, gold and QC"),
                       tr("only a lead may change the quality policy"));
    m_dock->setVisible(decides);
}

bool QualityActions::goToNextInQueue()
{
    LabelingContext *context = m_workbench->context();
    const QualityWorkflow workflow(*m_workbench->workspace());
    const std::optional<QueuedItem> next = workflow.next(context->currentItemId());
    // Scoring on gold again only when nothing came: next() is empty for a paused reader too.
    if (!next && workflow.isPaused()) {
        Q_EMIT statusMessage(tr("Your queue is paused: your score on gold items is below the "
                                "policy's threshold. A lead will go through it with you."),
                             10000);
        return false;
    }
    if (!next) {
        Q_EMIT statusMessage(tr("Your queue is empty: nothing the policy asks of you now"), 6000);
        return false;
    }
    context->showItem(next->itemId);
    // A gold item is announced as reading, like any other: gold must not stand out.
    QString task = tr("reading");
    switch (next->kind) {
    case QueueKind::Review: task = tr("review"); break;
    case QueueKind::Adjudication: task = tr("adjudication"); break;
    case QueueKind::Qc: task = tr("QC check"); break;
    case QueueKind::Reading:
    case QueueKind::Gold: break;
    }
    const Item *item = m_workbench->workspace()->items().find(next->itemId);
    Q_EMIT statusMessage(tr("Next in your queue: %1, for %2")
                             .arg(item ? QFileInfo(item->path).fileName() : next->itemId, task),
                         6000);
    return true;
}

QualityWindow *QualityActions::openQualityWindow()
{
    if (!m_qualityWindow) {
        m_qualityWindow = new QualityWindow(*m_workbench->workspace(), m_window);
        m_qualityWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_qualityWindow, &QualityWindow::openItemRequested, this,
                [this](const QString &itemId) {
                    m_workbench->context()->showItem(itemId);
                    m_window->activateWindow();
                });
        connect(m_qualityWindow, &QualityWindow::taxonomyHealthRequested, this,
                &QualityActions::taxonomyHealthRequested);
    }
    m_qualityWindow->show();
    m_qualityWindow->raise();
    return m_qualityWindow;
}

bool QualityActions::editPolicy()
{
    Workspace *workspace = m_workbench->workspace();
    QualityPolicyDialog dialog(workspace->project(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Expected<QualityPolicy> published = publishQualityPolicy(
        workspace->folder(), dialog.policy(), workspace->session().annotatorId);
    if (!published) {
        QMessageBox::warning(m_window, tr("Policy not published"), published.error().toString());
        return false;
    }
    Q_EMIT statusMessage(tr("Published quality policy version %1").arg(published->version), 6000);
    Q_EMIT reopenRequested();
    return true;
}

} // namespace concord
