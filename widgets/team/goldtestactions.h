// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QWidget;

namespace concord {

class GoldTestResultsDialog;
class LabelingWorkbench;

// Gold tests in the window: the lead starts one (Team > Start gold test…), a reader takes it
// blind in a gold-test session (Team > Take gold test…), and when the reader submits the last
// item the result opens: accuracy, Cohen's kappa against the reference, confusion matrix. The
// lead sees every reader's score (Team > Gold test results…). Blindness is the model's
// (core/project/goldtest.h); the enabled state here is only a courtesy. Owned by TeamActions.
// GUI thread.
class GoldTestActions : public QObject
{
    Q_OBJECT

public:
    GoldTestActions(LabelingWorkbench *workbench, QWidget *window, QObject *parent = nullptr);

    QList<QAction *> actions() const;
    QAction *startAction() const { return m_start; }

    // Restarts the session in gold-test mode for the plan and lists only its items, starting at
    // the first one not yet submitted. False (and why, in `error`) when the reader may not.
    bool takeGoldTest(const QString &planId, QString *error = nullptr);
    // Opens the results, with one reader's row selected when given.
    GoldTestResultsDialog *openResults(const QString &planId = {}, const QString &readerId = {});
    GoldTestResultsDialog *results() const; // the open results, or null

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void newGoldTest();
    void updateEnabled();
    // After an edit: when it completed the gold test being read, show the reader's result.
    void checkFinished(const QString &itemId);

    LabelingWorkbench *m_workbench;
    QWidget *m_window;
    QAction *m_start;
    QAction *m_take;
    QAction *m_showResults;
    QPointer<GoldTestResultsDialog> m_results;
    QSet<QString> m_announced; // gold tests whose result this window has opened on finishing
};

} // namespace concord
