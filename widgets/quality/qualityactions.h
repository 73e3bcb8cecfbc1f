// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace concord {

class DecisionPanel;
class LabelingWorkbench;
class QualityWindow;

// The quality workflow in the window (docs/quality.md), kept out of the workbench and the team
// actions: "Next in my queue" (what the policy asks of the person in their role), the decision
// panel beside the canvas, the Quality window and the policy dialog. Created by MainWindow next
// to each workbench and destroyed before it. Role checks are core's (QualityWorkflow,
// publishQualityPolicy); enabled states here are a courtesy. GUI thread.
class QualityActions : public QObject
{
    Q_OBJECT

public:
    QualityActions(LabelingWorkbench *workbench, QMainWindow *window);
    ~QualityActions() override;

    QList<QAction *> actions() const;
    QAction *nextInQueueAction() const { return m_next; }
    QAction *decisionPanelAction() const;
    DecisionPanel *decisionPanel() const { return m_panel; }

    // Goes to the next item of the person's queue; false (with a status message) when it is
    // empty.
    bool goToNextInQueue();
    QualityWindow *openQualityWindow();
    // Opens the policy dialog (a lead's); returns whether a new version was published.
    bool editPolicy();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    // project.json changed underneath the open workspace (a published policy): reopen it.
    void reopenRequested();
    // The Quality window's "Taxonomy health…" (the window lives with the team actions).
    void taxonomyHealthRequested();

private:
    void updateEnabled();

    LabelingWorkbench *m_workbench;
    QMainWindow *m_window;
    DecisionPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_next;
    QAction *m_openWindow;
    QAction *m_policy;
    QPointer<QualityWindow> m_qualityWindow;
};

} // namespace concord
