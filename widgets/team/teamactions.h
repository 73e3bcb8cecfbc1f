// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace concord {

class CalibrationReviewWindow;
class GoldTestActions;
class PlanReadingBar;
class ReferenceBanner;
class GuidelinePanel;
class SessionsPanel;
class TaxonomyEditorDialog;
class TaxonomyHealthWindow;
class LabelingWorkbench;

// The team side of an open project, kept out of the labeling workbench: the guideline panel
// beside the canvas, calibration sessions (set up, read blind, review), gold tests, publishing
// guideline versions, switching reader on a shared machine, and field work (send / receive a
// session archive). Created by MainWindow next to each workbench and destroyed before it. Every
// decision that needs a role is checked again by Workspace; the enabled state here is only a
// courtesy. GUI thread.
class TeamActions : public QObject
{
    Q_OBJECT

public:
    TeamActions(LabelingWorkbench *workbench, QMainWindow *window);
    ~TeamActions() override;

    QList<QAction *> teamActions() const;
    QList<QAction *> fieldWorkActions() const; // for the File menu
    QAction *guidelinePanelAction() const;
    QAction *sessionsPanelAction() const;
    SessionsPanel *sessionsPanel() const { return m_sessionsPanel; }
    GoldTestActions *goldTests() const { return m_goldTests; }
    ReferenceBanner *referenceBanner() const { return m_referenceBanner; }

    // A guideline example link: shows the item with its reference label over the canvas.
    void openGuidelineExample(const QString &itemId);
    GuidelinePanel *guidelinePanel() const { return m_guidelinePanel; }

    // Restarts the session in calibration mode and lists only the plan's items, starting at the
    // first one not yet submitted. False (and why, in `error`) when the reader is not a
    // participant.
    bool readCalibration(const QString &planId, QString *error = nullptr);
    CalibrationReviewWindow *openReview(const QString &planId);
    CalibrationReviewWindow *review() const;
    TaxonomyEditorDialog *openTaxonomyEditor();
    // Taxonomy health (reached from the taxonomy editor, the Quality window and the Team menu);
    // one window, raised when open.
    TaxonomyHealthWindow *openTaxonomyHealth();

    // Field work, without dialogs (the menu actions wrap these). Returns the message to show;
    // `ok` tells whether anything was done.
    QString sendWork(const QString &archiveFile, bool *ok);
    QString receiveWork(const QString &archiveFile, bool *ok);

Q_SIGNALS:
    void switchReaderRequested();
    // The project files changed underneath the open workspace (received work): reopen it.
    void reopenRequested();
    // The reader ended their session from the sessions panel: close the project.
    void closeRequested();
    void statusMessage(const QString &message, int timeoutMs);

private:
    void updateEnabled();
    QString choosePlan(bool asParticipant);
    void newCalibration();
    void openGuidelineDraft(const QString &text, const QString &summary,
                            const std::optional<Taxonomy> &taxonomy = std::nullopt);

    LabelingWorkbench *m_workbench;
    QMainWindow *m_window;
    GuidelinePanel *m_guidelinePanel;
    QDockWidget *m_guidelineDock;
    SessionsPanel *m_sessionsPanel;
    QDockWidget *m_sessionsDock;
    QPointer<CalibrationReviewWindow> m_review;
    QAction *m_switchReader;
    QAction *m_newCalibration;
    QAction *m_readCalibration;
    QAction *m_reviewCalibration;
    GoldTestActions *m_goldTests;
    ReferenceBanner *m_referenceBanner; // owned by the canvas it floats over
    PlanReadingBar *m_planReadingBar;   // owned by the canvas column it stands in
    QAction *m_newGuideline;
    QAction *m_editTaxonomy;
    QAction *m_taxonomyHealth;
    QPointer<TaxonomyHealthWindow> m_health;
    QAction *m_sendWork;
    QAction *m_receiveWork;
};

} // namespace concord
