// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/teamactions.h"

#include "core/storage/sessionarchive.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/editing/reservedshortcuts.h"
#include "widgets/labelingworkbench.h"
#include "widgets/team/calibrationreviewwindow.h"
#include "widgets/team/calibrationsetupdialog.h"
#include "widgets/team/goldtestactions.h"
#include "widgets/team/guidelinedraftdialog.h"
#include "widgets/team/guidelinepanel.h"
#include "widgets/team/planreading.h"
#include "widgets/team/planreadingbar.h"
#include "widgets/team/referencebanner.h"
#include "widgets/team/sessionspanel.h"
#include "widgets/team/taxonomyeditordialog.h"
#include "widgets/team/taxonomyhealthwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>

namespace concord {

TeamActions::TeamActions(LabelingWorkbench *workbench, QMainWindow *window)
    : m_workbench(workbench)
    , m_window(window)
    , m_guidelinePanel(new GuidelinePanel(workbench->workspace()))
    , m_guidelineDock(new QDockWidget(tr("Guideline"), window))
    , m_sessionsPanel(new SessionsPanel(workbench->workspace()))
    , m_sessionsDock(new QDockWidget(tr("Sessions"), window))
    , m_switchReader(new QAction(tr("Switch &reader…"), this))
    , m_newCalibration(new QAction(tr("&New calibration session…"), this))
    , m_readCalibration(new QAction(tr("&Read calibration session…"), this))
    , m_reviewCalibration(new QAction(tr("Calibration re&view…"), this))
    , m_goldTests(new GoldTestActions(workbench, window, this))
    , m_referenceBanner(new ReferenceBanner(workbench->context(), workbench->canvas()))
    , m_planReadingBar(new PlanReadingBar(workbench->workspace()))
    , m_newGuideline(new QAction(tr("New &guideline version…"), this))
    , m_editTaxonomy(new QAction(tr("Edit &taxonomy…"), this))
    , m_taxonomyHealth(new QAction(tr("Taxonomy &health…"), this))
    , m_sendWork(new QAction(tr("&Send my work…"), this))
    , m_receiveWork(new QAction(tr("&Receive work…"), this))
{
    m_guidelineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                 QDockWidget::DockWidgetClosable);
    // F1 brings it forward.
    m_workbench->addTabBesideImageLabels(m_guidelineDock, QStringLiteral("guideline"),
                                         m_guidelinePanel, false);
    m_guidelineDock->toggleViewAction()->setText(tr("&Guideline panel"));
    m_guidelineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_guidelinePanel, &GuidelinePanel::itemLinkActivated, this,
            &TeamActions::openGuidelineExample);
    connect(m_workbench->context(), &LabelingContext::activeLabelChanged, m_guidelinePanel,
            &GuidelinePanel::showLabelGuidance);
    m_guidelinePanel->showLabelGuidance(m_workbench->context()->activeLabelId());

    // Small and occasional: a tab beside the image labels, not a column of its own.
    m_workbench->addTabBesideImageLabels(m_sessionsDock, QStringLiteral("sessions"),
                                         m_sessionsPanel, true);
    m_sessionsDock->hide(); // occasional: View > Sessions panel shows it
    m_sessionsDock->toggleViewAction()->setText(tr("&Sessions panel"));
    connect(m_sessionsPanel, &SessionsPanel::endSessionRequested, this,
            &TeamActions::closeRequested);

    m_workbench->addAboveCanvas(m_planReadingBar);
    connect(m_planReadingBar, &PlanReadingBar::finishRequested, this, [this] {
        QString error;
        if (!finishPlanReading(m_workbench, &error))
            QMessageBox::warning(m_window, tr("Cannot finish this read"), error);
        else
            Q_EMIT statusMessage(tr("Back to ordinary labeling"), 5000);
    });

    m_switchReader->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_switchReader->setToolTip(
        tr("Close the session and continue as another reader on this machine"));
    connect(m_switchReader, &QAction::triggered, this, &TeamActions::switchReaderRequested);
    connect(m_newCalibration, &QAction::triggered, this, &TeamActions::newCalibration);
    connect(m_goldTests, &GoldTestActions::statusMessage, this, &TeamActions::statusMessage);
    connect(m_readCalibration, &QAction::triggered, this, [this] {
        const QString planId = choosePlan(true);
        QString error;
        if (!planId.isEmpty() && !readCalibration(planId, &error))
            QMessageBox::warning(m_window, tr("Cannot read this calibration session"), error);
    });
    connect(m_reviewCalibration, &QAction::triggered, this, [this] {
        const QString planId = choosePlan(false);
        if (!planId.isEmpty())
            openReview(planId);
    });
    connect(m_newGuideline, &QAction::triggered, this, [this] {
        const Project &project = m_workbench->workspace()->project();
        const GuidelineVersion *current = project.findGuideline(project.currentGuidelineVersion);
        openGuidelineDraft(current ? current->text : QString(), QString());
    });
    connect(m_editTaxonomy, &QAction::triggered, this, &TeamActions::openTaxonomyEditor);
    connect(m_taxonomyHealth, &QAction::triggered, this, &TeamActions::openTaxonomyHealth);
    connect(m_sendWork, &QAction::triggered, this, [this] {
        const Workspace *workspace = m_workbench->workspace();
        const QString suggested = QDir::home().filePath(
            QStringLiteral("%1-%2.concord-session")
                .arg(workspace->project().name, workspace->session().annotatorId));
        const QString file =
            QFileDialog::getSaveFileName(m_window, tr("Send my work"), suggested,
                                         tr("Concord session archives (*.concord-session)"));
        if (file.isEmpty())
            return;
        bool ok = false;
        const QString message = sendWork(file, &ok);
        if (ok)
            QMessageBox::information(m_window, tr("Work saved for sending"), message);
        else
            QMessageBox::warning(m_window, tr("Work not saved"), message);
    });
    connect(m_receiveWork, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            m_window, tr("Receive work"), QDir::homePath(),
            tr("Concord session archives (*.concord-session);;All files (*)"));
        if (file.isEmpty())
            return;
        bool ok = false;
        const QString message = receiveWork(file, &ok);
        if (ok) {
            QMessageBox::information(m_window, tr("Work received"), message);
            Q_EMIT reopenRequested();
        } else {
            QMessageBox::warning(m_window, tr("Work not received"), message);
        }
    });
    connect(m_workbench->workspace(), &Workspace::projectChanged, this,
            &TeamActions::updateEnabled);
    updateEnabled();
}

TeamActions::~TeamActions()
{
    delete m_review;
    delete m_health;
    m_window->removeDockWidget(m_guidelineDock);
    delete m_guidelineDock;
    m_window->removeDockWidget(m_sessionsDock);
    delete m_sessionsDock;
}

QList<QAction *> TeamActions::teamActions() const
{
    return QList<QAction *>{m_switchReader, m_newCalibration, m_readCalibration,
                            m_reviewCalibration} +
           m_goldTests->actions() +
           QList<QAction *>{m_newGuideline, m_editTaxonomy, m_taxonomyHealth};
}

QList<QAction *> TeamActions::fieldWorkActions() const
{
    return {m_sendWork, m_receiveWork};
}

QAction *TeamActions::guidelinePanelAction() const
{
    return m_guidelineDock->toggleViewAction();
}

QAction *TeamActions::sessionsPanelAction() const
{
    return m_sessionsDock->toggleViewAction();
}

void TeamActions::updateEnabled()
{
    const Workspace *workspace = m_workbench->workspace();
    const Annotator *me = workspace->currentAnnotator();
    const bool lead = me && mayLeadCalibration(me->role);
    const QString onlyLeads = tr("only a lead may do this (you are %1)")
                                  .arg(me ? roleDisplayName(me->role) : tr("not in the project"));
    setActionAvailable(m_newCalibration, lead,
                       tr("Pick items and readers for a blind calibration read"), onlyLeads);
    setActionAvailable(m_newGuideline, lead,
                       tr("Write and publish the next version of the labeling guideline"),
                       onlyLeads);
    setActionAvailable(
        m_editTaxonomy, lead,
        tr("Change labels, colours, keys and attributes; published with the next guideline "
           "version"),
        onlyLeads);
    // It shows how every reader labeled, which blind reading keeps from readers.
    const bool seesEveryone = me && me->role != Role::Annotator;
    setActionAvailable(
        m_taxonomyHealth, seesEveryone,
        tr("Which labels readers confuse, what no label fits, and the taxonomy's structure"),
        tr("for leads, reviewers and adjudicators: it shows how every reader labeled"));
    const bool reviews = me && mayReviewCalibration(me->role);
    const bool anySession = !workspace->project().calibrations.empty();
    setActionAvailable(m_reviewCalibration, reviews && anySession,
                       tr("Compare the readings of a calibration session, most disputed first"),
                       !reviews ? tr("for leads and adjudicators: it shows every reader's labels")
                                : tr("no calibration session has been set up yet"));
    bool participant = false;
    for (const CalibrationPlan &plan : workspace->project().calibrations)
        participant = participant || (me && plan.participantIds.contains(me->id));
    setActionAvailable(m_readCalibration, participant,
                       tr("Read the items of a calibration session afresh and blind"),
                       anySession ? tr("you are not a reader of any calibration session")
                                  : tr("no calibration session has been set up yet"));
}

QString TeamActions::choosePlan(bool asParticipant)
{
    const QString me = m_workbench->workspace()->session().annotatorId;
    return concord::choosePlan(m_window, m_workbench->workspace()->project().calibrations,
                               tr("Calibration session"), [&](const CalibrationPlan &plan) {
                                   return !asParticipant || plan.participantIds.contains(me);
                               });
}

void TeamActions::newCalibration()
{
    Workspace *workspace = m_workbench->workspace();
    CalibrationSetupDialog dialog(*workspace, m_window);
    dialog.execAndStore(
        [workspace](const CalibrationPlan &plan) { return workspace->addCalibrationPlan(plan); },
        tr("Calibration session not created"), tr("Calibration session created"),
        tr("\"%1\": %2 items. Each reader now opens the project (on this machine: "
           "Team ▸ Switch reader; on a laptop: a copy of the project folder) and "
           "chooses Team ▸ Read calibration session. Readers do not see each "
           "other's labels until they submit."));
}

bool TeamActions::readCalibration(const QString &planId, QString *error)
{
    const CalibrationPlan *plan = m_workbench->workspace()->project().findCalibration(planId);
    if (!readPlanItems(m_workbench, SessionMode::Calibration, plan,
                       tr("There is no calibration session \"%1\".").arg(planId), error))
        return false;
    Q_EMIT statusMessage(
        tr("Reading \"%1\": %2 items, blind").arg(plan->name).arg(plan->itemIds.size()), 8000);
    return true;
}

void TeamActions::openGuidelineExample(const QString &itemId)
{
    m_workbench->context()->showItem(itemId);
    if (m_workbench->context()->currentItemId() == itemId)
        m_referenceBanner->showReference(itemId);
}

CalibrationReviewWindow *TeamActions::openReview(const QString &planId)
{
    delete m_review;
    m_review = new CalibrationReviewWindow(m_workbench->workspace(), planId, m_window);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_review, &CalibrationReviewWindow::guidelineDraftRequested, this,
        [this](const QString &text, const QString &summary) { openGuidelineDraft(text, summary); });
    m_review->show();
    return m_review;
}

CalibrationReviewWindow *TeamActions::review() const
{
    return m_review;
}

TaxonomyEditorDialog *TeamActions::openTaxonomyEditor()
{
    auto *editor = new TaxonomyEditorDialog(*m_workbench->workspace(), m_window);
    editor->setObjectName(QStringLiteral("taxonomyEditor"));
    editor->setReservedShortcuts(collectReservedShortcuts(m_window, m_workbench->labelActions()));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TaxonomyEditorDialog::draftRequested, this,
            [this](const Taxonomy &taxonomy, const QString &summary) {
                const Project &project = m_workbench->workspace()->project();
                const GuidelineVersion *current =
                    project.findGuideline(project.currentGuidelineVersion);
                openGuidelineDraft(current ? current->text : QString(), summary, taxonomy);
            });
    connect(editor, &TaxonomyEditorDialog::healthRequested, this, &TeamActions::openTaxonomyHealth);
    editor->show();
    return editor;
}

TaxonomyHealthWindow *TeamActions::openTaxonomyHealth()
{
    if (!m_health) {
        m_health = new TaxonomyHealthWindow(
            m_workbench->workspace(),
            collectReservedShortcuts(m_window, m_workbench->labelActions()), m_window);
        m_health->setObjectName(QStringLiteral("taxonomyHealth"));
        m_health->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_health, &TaxonomyHealthWindow::guidelineDraftRequested, this,
                [this](const QString &text, const QString &summary) {
                    openGuidelineDraft(text, summary);
                });
    } else {
        m_health->refresh();
    }
    m_health->show();
    m_health->raise();
    return m_health;
}

void TeamActions::openGuidelineDraft(const QString &text, const QString &summary,
                                     const std::optional<Taxonomy> &taxonomy)
{
    auto *dialog = new GuidelineDraftDialog(m_workbench->workspace(), text,
                                            m_review ? static_cast<QWidget *>(m_review) : m_window);
    dialog->setObjectName(QStringLiteral("guidelineDraft"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSummary(summary);
    if (taxonomy)
        dialog->setTaxonomy(*taxonomy);
    dialog->show();
}

QString TeamActions::sendWork(const QString &archiveFile, bool *ok)
{
    const Workspace *workspace = m_workbench->workspace();
    const Expected<SessionArchiveSummary> sent = exportSessionArchive(
        workspace->folder().root(), workspace->session().annotatorId, archiveFile);
    *ok = bool(sent);
    if (!sent)
        return sent.error().toString();
    return tr("%n session journal(s) written to %1. Give this file to the project lead, who "
              "chooses File ▸ Receive work.",
              nullptr, sent->files)
        .arg(QDir::toNativeSeparators(archiveFile));
}

QString TeamActions::receiveWork(const QString &archiveFile, bool *ok)
{
    const Workspace *workspace = m_workbench->workspace();
    const Expected<MergeReport> merged =
        importSessionArchive(workspace->folder().root(), archiveFile);
    *ok = bool(merged);
    if (!merged) {
        return tr("%1\n\nThe archive was refused and nothing in the project was changed.")
            .arg(merged.error().toString());
    }
    if (!merged->changedAnything())
        return tr("Everything in %1 was already in the project; nothing changed.")
            .arg(QDir::toNativeSeparators(archiveFile));
    return tr("%1 new and %2 extended session journals, %3 new annotators.")
        .arg(merged->journalsAdded)
        .arg(merged->journalsExtended)
        .arg(merged->annotatorsAdded);
}

} // namespace concord
