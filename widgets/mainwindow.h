// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QMainWindow>

#include <memory>

namespace concord {

struct ImportReport;
class LabelingToolBars;
class LabelingWorkbench;
class QualityActions;
class TeamActions;
class WindowLayout;
class Workspace;

// The application window: menus, toolbars and the project lifecycle (new, open, demo, import,
// export, close). While a project is open, a LabelingWorkbench fills it; otherwise a start page
// does.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project and starts a session as `annotatorId`, asking who is labeling when it is
    // empty. Returns false (after telling the user why) when the project cannot be opened.
    bool openProject(const QString &directory, const QString &annotatorId = {});
    // Opens the built-in demo (made on first use), asking who is labeling unless
    // `annotatorId` names one of its readers.
    bool openDemoProject(const QString &annotatorId = {});
    void closeProject();
    LabelingWorkbench *workbench() const { return m_workbench.get(); }
    TeamActions *teamActions() const { return m_team.get(); }
    QualityActions *qualityActions() const { return m_quality.get(); }
    // File ▸ Send segmentation to PACS…, enabled for a DICOM item with the reader's masks.
    QAction *sendSegmentationAction() const { return m_sendSegmentationAction; }
    WindowLayout *windowLayout() const { return m_layout; }
    LabelingToolBars *toolBars() const { return m_toolBars; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showStartPage();
    void newProject();
    void chooseAndOpenProject();
    void showImportDialog();
    void showExportDialog();
    // Imports with a progress dialog; the caller reports the outcome.
    Expected<ImportReport> runImport(Workspace &workspace, const QStringList &sources,
                                     bool copyIntoProject);
    void rebuildProjectMenus();
    void showOpenProblems(const Workspace &workspace);

    void reopenAs(const QString &annotatorId);
    void updateSendSegmentationAction();

    std::unique_ptr<LabelingWorkbench> m_workbench;
    std::unique_ptr<TeamActions> m_team;       // destroyed before the workbench it serves
    std::unique_ptr<QualityActions> m_quality; // likewise
    QMenu *m_fileMenu = nullptr;
    QAction *m_fieldWorkAnchor = nullptr; // File menu entries of m_team go before it
    QMenu *m_teamMenu = nullptr;
    QMenu *m_qualityMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_itemMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_labelMenu = nullptr;
    LabelingToolBars *m_toolBars = nullptr;
    WindowLayout *m_layout = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_pacsRetrieveAction = nullptr;
    QAction *m_sendSegmentationAction = nullptr;
    QAction *m_runModelAction = nullptr;
    QAction *m_importPredictionsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace concord
