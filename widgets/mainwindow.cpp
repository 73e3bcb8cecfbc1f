// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include "core/demo/demoproject.h"
#include "core/exchange/folderimporter.h"
#include "core/project/workspace.h"
#include "widgets/canvas/canvasinputmanager.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/dialogs/annotatordialog.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/dialogs/importdialog.h"
#include "widgets/dialogs/newprojectdialog.h"
#include "widgets/dialogs/pacsnodesdialog.h"
#include "widgets/dialogs/pacsretrievedialog.h"
#include "widgets/dialogs/preferencesdialog.h"
#include "widgets/dialogs/runmodeldialog.h"
#include "widgets/dialogs/sendsegmentationdialog.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/editing/scrollwheelguard.h"
#include "widgets/labelingtoolbars.h"
#include "widgets/labelingworkbench.h"
#include "widgets/quality/qualityactions.h"
#include "widgets/team/teamactions.h"
#include "widgets/windowlayout.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace concord {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Concord"));
    resize(1400, 900);
    qApp->installEventFilter(new ScrollWheelGuard(this));
    m_layout = new WindowLayout(this);
    // Tabbed panels beside the image show their tabs as a side bar of vertical titles, which
    // stay readable in a narrow column.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);
    createMenus();
    showStartPage();
}

MainWindow::~MainWindow()
{
    closeProject();
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this,
                    &MainWindow::chooseAndOpenProject);
    file->addAction(tr("Open &demo project"), this, [this] { openDemoProject(); });
    m_importAction = file->addAction(tr("&Import images…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                                     this, &MainWindow::showImportDialog);
    m_exportAction =
        file->addAction(tr("&Export dataset…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                        this, &MainWindow::showExportDialog);
    m_exportAction->setToolTip(tr("COCO JSON or PNG label maps, with progress; can be cancelled"));
    m_pacsRetrieveAction = file->addAction(tr("Re&trieve from PACS…"), this, [this] {
        if (m_workbench)
            PacsRetrieveDialog(m_workbench->workspace(), this).exec();
    });
    m_pacsRetrieveAction->setToolTip(
        tr("Search a PACS for studies and bring them into the project (C-FIND, C-GET, C-MOVE)"));
    m_sendSegmentationAction = file->addAction(tr("Send se&gmentation to PACS…"), this, [this] {
        if (const Item *item = m_workbench ? m_workbench->context()->currentItem() : nullptr)
            SendSegmentationDialog(m_workbench->workspace(), item->id, this).exec();
    });
    file->addAction(tr("P&ACS nodes…"), this, [this] { PacsNodesDialog(this).exec(); });
    file->addSeparator();
    // A model's proposals become a pre-label set, which the Suggestions tab offers to accept.
    m_runModelAction = file->addAction(tr("Run &model…"), this, [this] {
        if (!m_workbench)
            return;
        const Item *item = m_workbench->context()->currentItem();
        RunModelDialog dialog(m_workbench->workspace(), item ? item->id : QString(), this);
        connect(&dialog, &RunModelDialog::setWritten, m_workbench.get(),
                &LabelingWorkbench::showNewSuggestions);
        dialog.exec();
    });
    m_runModelAction->setToolTip(tr("Run an ONNX classification, detection or segmentation model "
                                    "over items; what it proposes shows as suggestions"));
    m_importPredictionsAction = file->addAction(tr("Import p&redictions…"), this, [this] {
        if (m_workbench && !importPredictions(m_workbench->workspace(), this).isEmpty())
            m_workbench->showNewSuggestions();
    });
    m_importPredictionsAction->setToolTip(
        tr("A model's output made elsewhere (COCO with scores, or image labels as CSV), as "
           "suggestions"));
    m_closeAction = file->addAction(tr("&Close project"), QKeySequence::Close, this, [this] {
        closeProject();
        showStartPage();
    });
    m_fieldWorkAnchor = file->addSeparator();
    file->addAction(tr("P&references…"), QKeySequence::Preferences, this, [this] {
        if (PreferencesDialog(this).exec() == QDialog::Accepted && m_workbench)
            m_workbench->reloadModelSettings();
    });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_itemMenu = menuBar()->addMenu(tr("&Item"));
    m_labelMenu = menuBar()->addMenu(tr("&Labels"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_teamMenu = menuBar()->addMenu(tr("&Team"));
    m_qualityMenu = menuBar()->addMenu(tr("&Quality"));
    // Tooltips say what an entry does and, when it is greyed out, why (setActionAvailable).
    for (QMenu *menu :
         {m_fileMenu, m_editMenu, m_itemMenu, m_labelMenu, m_viewMenu, m_teamMenu, m_qualityMenu})
        menu->setToolTipsVisible(true);
    m_toolBars = new LabelingToolBars(this);
    connect(m_toolBars, &LabelingToolBars::statusMessage, statusBar(), &QStatusBar::showMessage);
    rebuildProjectMenus();
}

void MainWindow::rebuildProjectMenus()
{
    for (QMenu *menu : {m_editMenu, m_itemMenu, m_labelMenu, m_viewMenu, m_teamMenu, m_qualityMenu})
        menu->clear();
    m_toolBars->rebuild(m_workbench.get(), m_layout);
    const bool open = m_workbench != nullptr;
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_pacsRetrieveAction->setEnabled(open);
    updateSendSegmentationAction();
    m_runModelAction->setEnabled(open);
    m_importPredictionsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    for (QMenu *menu : {m_editMenu, m_itemMenu, m_labelMenu, m_viewMenu, m_teamMenu, m_qualityMenu})
        menu->setEnabled(open);
    if (!open)
        return;
    // The current item, and the reader's masks on it, decide whether there is a SEG to send.
    for (auto signal : {&LabelingContext::currentItemChanged, &LabelingContext::annotationsChanged})
        connect(m_workbench->context(), signal, this, &MainWindow::updateSendSegmentationAction,
                Qt::UniqueConnection);
    m_editMenu->addActions(m_workbench->editActions());
    m_itemMenu->addActions(m_workbench->navigationActions());
    m_itemMenu->addSeparator();
    m_itemMenu->addActions(m_workbench->stackActions());
    m_labelMenu->addActions(m_workbench->toolActions());
    m_labelMenu->addSeparator();
    m_labelMenu->addActions(m_workbench->labelActions());
    m_labelMenu->addSeparator();
    m_labelMenu->addActions(m_workbench->suggestionActions());
    m_viewMenu->addAction(m_layout->readingModeAction());
    QMenu *toolBars = m_viewMenu->addMenu(tr("&Toolbars"));
    for (QToolBar *bar : m_toolBars->toolBars())
        toolBars->addAction(bar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_workbench->viewActions());
    m_viewMenu->addMenu(m_workbench->windowPresetMenu());
    m_viewMenu->addMenu(m_workbench->overlayMenu());
    m_viewMenu->addActions({m_workbench->wheelScrollsStackAction(), m_workbench->compareAction(),
                            m_team->guidelinePanelAction(), m_team->sessionsPanelAction()});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_workbench->agreementAction());
    m_teamMenu->addActions(m_team->teamActions());
    m_qualityMenu->addActions(m_quality->actions());
    m_viewMenu->addAction(m_quality->decisionPanelAction());
    m_fileMenu->insertActions(m_fieldWorkAnchor, m_team->fieldWorkActions());
}

void MainWindow::updateSendSegmentationAction()
{
    const QString purpose = tr("Write the DICOM SEG of your masks on the current item and send "
                               "it to a PACS (C-STORE or STOW-RS)");
    if (!m_workbench) {
        setActionAvailable(m_sendSegmentationAction, false, purpose, tr("No project is open."));
        return;
    }
    const QString whyNot = SendSegmentationDialog::unavailableReason(
        *m_workbench->workspace(), m_workbench->context()->currentItem());
    setActionAvailable(m_sendSegmentationAction, whyNot.isEmpty(), purpose, whyNot);
}

void MainWindow::showStartPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h1>Concord</h1><p>Label radiographs, measure agreement, "
                                "never lose work.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    for (auto [text, slot] : {std::pair{tr("New project…"), &MainWindow::newProject},
                              std::pair{tr("Open project…"), &MainWindow::chooseAndOpenProject}}) {
        auto *button = new QPushButton(text, page);
        button->setMinimumWidth(240);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button, 0, Qt::AlignCenter);
    }
    auto *demo = new QPushButton(tr("Open the demo project"), page);
    connect(demo, &QPushButton::clicked, this, [this] { openDemoProject(); });
    layout->addWidget(demo, 0, Qt::AlignCenter);
    const QString last = QSettings().value(QStringLiteral("recent/project")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last + QStringLiteral("/project.json"))) {
        auto *recent = new QPushButton(tr("Reopen %1").arg(QDir::toNativeSeparators(last)), page);
        connect(recent, &QPushButton::clicked, this, [this, last] { openProject(last); });
        layout->addWidget(recent, 0, Qt::AlignCenter);
    }
    layout->addStretch();
    setCentralWidget(page);
}

bool MainWindow::openProject(const QString &directory, const QString &annotatorId)
{
    Expected<std::unique_ptr<Workspace>> opened = Workspace::open(directory);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open project"), opened.error().toString());
        return false;
    }
    std::unique_ptr<Workspace> workspace = std::move(*opened);
    showOpenProblems(*workspace);

    QSettings settings;
    QString chosen = annotatorId;
    if (chosen.isEmpty() || !workspace->project().findAnnotator(chosen)) {
        AnnotatorDialog dialog(workspace->project().annotators,
                               settings.value(QStringLiteral("recent/annotator")).toString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (dialog.isNew()) {
            if (MaybeError error = workspace->addAnnotator(dialog.annotator())) {
                QMessageBox::critical(this, tr("Cannot add annotator"), error->toString());
                return false;
            }
        }
        chosen = dialog.annotator().id;
    }
    if (MaybeError error = workspace->startSession(chosen)) {
        QMessageBox::critical(this, tr("Cannot start a session"), error->toString());
        return false;
    }
    closeProject();
    settings.setValue(QStringLiteral("recent/project"), workspace->folder().root());
    settings.setValue(QStringLiteral("recent/annotator"), chosen);
    workspace->followChangesByOthers(); // colleagues' work shows up without a restart
    const Annotator *annotator = workspace->currentAnnotator();
    setWindowTitle(tr("%1 — %2 (%3) — Concord")
                       .arg(workspace->project().name, annotator->displayName,
                            roleDisplayName(annotator->role)));
    m_workbench = std::make_unique<LabelingWorkbench>(std::move(workspace), this);
    // Tab on the image toggles reading mode, like F11.
    connect(m_workbench->canvas()->input(), &CanvasInputManager::readingModeToggleRequested,
            m_layout->readingModeAction(), &QAction::trigger);
    connect(m_workbench.get(), &LabelingWorkbench::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_workbench.get(), &LabelingWorkbench::labelActionsChanged, this,
            &MainWindow::rebuildProjectMenus);
    m_team = std::make_unique<TeamActions>(m_workbench.get(), this);
    connect(m_team.get(), &TeamActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    // Queued: closing deletes the sender.
    connect(
        m_team.get(), &TeamActions::closeRequested, this,
        [this] {
            closeProject();
            showStartPage();
        },
        Qt::QueuedConnection);
    // Queued: the project is closed and reopened, which deletes the sender.
    connect(
        m_team.get(), &TeamActions::switchReaderRequested, this, [this] { reopenAs({}); },
        Qt::QueuedConnection);
    connect(
        m_team.get(), &TeamActions::reopenRequested, this,
        [this] {
            reopenAs(m_workbench ? m_workbench->workspace()->session().annotatorId : QString());
        },
        Qt::QueuedConnection);
    m_quality = std::make_unique<QualityActions>(m_workbench.get(), this);
    connect(m_quality.get(), &QualityActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_quality.get(), &QualityActions::taxonomyHealthRequested, m_team.get(),
            &TeamActions::openTaxonomyHealth);
    connect(
        m_quality.get(), &QualityActions::reopenRequested, this,
        [this] {
            reopenAs(m_workbench ? m_workbench->workspace()->session().annotatorId : QString());
        },
        Qt::QueuedConnection);
    rebuildProjectMenus();
    if (!m_layout->restore()) {
        // Every part has added its docks by now; sizes set before the window lays them out
        // are lost, so once more when it has.
        m_workbench->applyDefaultDockSizes();
        QTimer::singleShot(0, m_workbench.get(),
                           [workbench = m_workbench.get()] { workbench->applyDefaultDockSizes(); });
    }
    return true;
}

bool MainWindow::openDemoProject(const QString &annotatorId)
{
    const QString directory =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/demo.concord");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Expected<QString> previousDemo = prepareCurrentDemoProject(directory);
    QApplication::restoreOverrideCursor();
    if (!previousDemo) {
        QMessageBox::critical(this, tr("Cannot create the demo project"),
                              previousDemo.error().toString());
        return false;
    }
    // Like any project, the demo first asks who is labeling (the demo reader is offered first),
    // so a new user meets the roles and the blind reading they govern at once.
    const bool opened = openProject(directory, annotatorId);
    if (opened && !previousDemo->isEmpty())
        QMessageBox::information(this, tr("A new demo project"),
                                 tr("The demo project was made by another version of Concord, so a "
                                    "current one was created. The old one, with any labels made in "
                                    "it, is kept in %1.")
                                     .arg(QDir::toNativeSeparators(*previousDemo)));
    return opened;
}

void MainWindow::reopenAs(const QString &annotatorId)
{
    if (!m_workbench)
        return;
    const QString directory = m_workbench->workspace()->folder().root();
    closeProject();
    if (!openProject(directory, annotatorId))
        showStartPage();
}

void MainWindow::closeProject()
{
    if (m_workbench) {
        m_layout->save();
        m_layout->setReading(false);
    }
    m_quality.reset();
    m_team.reset();
    m_workbench.reset(); // ends the session and writes its closing event
    setWindowTitle(tr("Concord"));
    rebuildProjectMenus();
}

void MainWindow::newProject()
{
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Project project =
        Project::create(dialog.projectName(), Taxonomy::fromIndentedText(dialog.taxonomyText()));
    project.classificationMode =
        dialog.singleLabel() ? ClassificationMode::SingleLabel : ClassificationMode::MultiLabel;
    Expected<std::unique_ptr<Workspace>> created =
        Workspace::create(dialog.projectDirectory(), project);
    if (!created) {
        QMessageBox::critical(this, tr("Cannot create project"), created.error().toString());
        return;
    }
    if (!dialog.imageFolder().isEmpty()) {
        Expected<ImportReport> report =
            runImport(**created, {dialog.imageFolder()}, dialog.copyImagesIntoProject());
        if (!report)
            QMessageBox::warning(this, tr("Import failed"), report.error().toString());
    }
    const QString directory = (*created)->folder().root();
    created->reset();
    openProject(directory);
}

void MainWindow::chooseAndOpenProject()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open project folder"));
    if (!directory.isEmpty())
        openProject(directory);
}

Expected<ImportReport> MainWindow::runImport(Workspace &workspace, const QStringList &sources,
                                             bool copyIntoProject)
{
    QProgressDialog progress(copyIntoProject ? tr("Copying and importing images…")
                                             : tr("Importing images…"),
                             tr("Stop"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    ImportOptions options;
    options.copyIntoProject = copyIntoProject;
    // Stopping keeps what was imported so far; importing again goes on from there.
    options.cancelled = [&progress] { return progress.wasCanceled(); };
    return concord::importImages(workspace, sources, options, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
    });
}

void MainWindow::showImportDialog()
{
    if (!m_workbench)
        return;
    ImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Expected<ImportReport> report =
        runImport(*m_workbench->workspace(), dialog.sources(), dialog.copyIntoProject());
    if (!report) {
        QMessageBox::warning(this, tr("Import failed"), report.error().toString());
        return;
    }
    // Counts as "label: n", so no English plural needs an "(s)".
    QString text = tr("Images imported: %1").arg(report->added);
    if (report->cancelled)
        text = tr("Stopped after %1 of %2 files; import again to go on.\n")
                   .arg(report->examined)
                   .arg(report->found) +
               text;
    if (report->copied > 0)
        text += tr("\nCopied into the project folder: %1").arg(report->copied);
    text += tr("\nAlready in the project: %1").arg(report->alreadyPresent);
    if (report->notImages > 0)
        text += tr("\n%1 DICOM files hold no image (reports, segmentations, presentation states) "
                   "and were skipped.")
                    .arg(report->notImages);
    if (!report->unreadable.empty()) {
        text +=
            tr("\n\n%1 files could not be read and were skipped:\n").arg(report->unreadable.size());
        for (size_t i = 0; i < std::min<size_t>(report->unreadable.size(), 10); ++i)
            text += QStringLiteral("\n• ") + report->unreadable[i].toString();
    }
    QMessageBox::information(this, tr("Import finished"), text);
}

void MainWindow::showExportDialog()
{
    if (!m_workbench)
        return;
    ExportDialog dialog(m_workbench->workspace(), this);
    dialog.exec();
}

void MainWindow::showOpenProblems(const Workspace &workspace)
{
    if (workspace.openProblems().empty())
        return;
    QString text;
    for (size_t i = 0; i < std::min<size_t>(workspace.openProblems().size(), 12); ++i)
        text += QStringLiteral("• ") + workspace.openProblems()[i].toString() + QLatin1Char('\n');
    if (workspace.openProblems().size() > 12)
        text += tr("…and %1 more.").arg(workspace.openProblems().size() - 12);
    QMessageBox box(QMessageBox::Warning, tr("Project opened with problems"),
                    tr("The project was opened. Some lines of its files were damaged and skipped; "
                       "everything else was loaded. The files were not changed."),
                    QMessageBox::Ok, this);
    box.setDetailedText(text);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeProject();
    event->accept();
}

} // namespace concord
