// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/workspace.h"
#include "widgets/canvas/displayimage.h"

#include <QObject>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QToolBar;
class QVBoxLayout;

namespace concord {

class AgreementPanel;
class AsyncImageLoader;
class CanvasView;
class ClassificationPanel;
class ComparisonPane;
class DicomTagPanel;
class ProblemsPanel;
class ImageOverlay;
class ImageViewActions;
class ItemBrowser;
class LabelPalette;
class LabelingContext;
class MaskOperations;
class OverlayActions;
class PromptSegmentTool;
class StackNavigator;
class SuggestionLayer;
class SuggestionsPanel;
class ToolManager;
class ToolOptionsPanel;
class WorkbenchStatusBar;

// Everything the window shows while a project is open: the canvas, the item browser, label
// palette and image-label panel, and the labeling actions with their shortcuts (label hotkeys,
// navigation, submit, undo). Owns the workspace for as long as the project is open. Created by
// MainWindow per project and destroyed on close, which ends the annotator's session. Not a child
// of the window: its owner deletes it while the window is still whole, so it can take its docks
// and status widgets back out.
class LabelingWorkbench : public QObject
{
    Q_OBJECT

public:
    // Default widths of the two dock columns beside the image, in pixels: at 1400 px the image
    // keeps at least 70 % of the window (tst_windowlayout measures it).
    static constexpr int LeftColumnWidth = 150;
    static constexpr int RightColumnWidth = 220;

    LabelingWorkbench(std::unique_ptr<Workspace> workspace, QMainWindow *window);
    ~LabelingWorkbench() override;

    Workspace *workspace() const { return m_workspace.get(); }
    LabelingContext *context() const { return m_context; }
    CanvasView *canvas() const { return m_canvas; }
    // Sets the dock columns to their default sizes; the main window calls it again once every
    // part has added its docks, unless the user's saved layout applies (WindowLayout).
    void applyDefaultDockSizes();
    // Shows `strip` (a status strip such as the calibration-read bar) across the top of the
    // canvas, above the image rather than over it.
    void addAboveCanvas(QWidget *strip);
    // Puts `panel` in `dock` (named `objectName`) as a tab of the right column beside the image
    // labels, so the image keeps most of the window; the image labels stay in front when
    // `imageLabelsInFront`. For the shell's occasional panels: guideline, sessions, decision.
    void addTabBesideImageLabels(QDockWidget *dock, const QString &objectName, QWidget *panel,
                                 bool imageLabelsInFront);
    ItemBrowser *itemBrowser() const { return m_itemBrowser; }

    QList<QAction *> editActions() const;
    QList<QAction *> navigationActions() const;
    // Previous / next image through frames, then items (Page Up / Page Down).
    QList<QAction *> stackActions() const;
    QAction *wheelScrollsStackAction() const;
    // View ▸ Compare side by side (Shift+C) and the pane it shows.
    QAction *compareAction() const { return m_compare; }
    ComparisonPane *comparison() const { return m_comparison; }
    QList<QAction *> toolActions() const;
    QList<QAction *> viewActions() const;
    // The view actions by group, for the toolbar.
    ImageViewActions *imageViewActions() const { return m_viewActions; }
    // Opens the Agreement window on what the current reader may see (blind reading applies).
    QAction *agreementAction() const { return m_agreement; }
    // The Agreement window, or null until it was first opened.
    AgreementPanel *agreementPanel() const { return m_agreementPanel; }
    void showAgreement();
    QMenu *windowPresetMenu() const;
    // View ▸ Image overlays: the text in the corners of the image and its orientation markers.
    QMenu *overlayMenu() const;
    ImageOverlay *overlay() const { return m_overlay; }
    QList<QAction *> labelActions() const { return m_labelActions; }
    // A model's pre-label suggestions (docs/prelabels.md): what the canvas draws, the panel that
    // decides on them, and its actions (A, Shift+A, Shift+R, S, Shift+S).
    SuggestionLayer *suggestions() const { return m_suggestions; }
    SuggestionsPanel *suggestionsPanel() const { return m_suggestionsPanel; }
    QList<QAction *> suggestionActions() const;
    // The user changed File ▸ Preferences…: the smart-mask tool reads its model again.
    void reloadModelSettings();
    // A pre-label set was just written (File ▸ Run model…, Import predictions…): the Suggestions
    // tab reads the sets again and comes to the front.
    void showNewSuggestions();

    // Chooses a label: it becomes active, and relabels the selected box if there is one. A
    // category of a leaf-labels-only taxonomy is refused with a status message.
    void chooseLabel(int labelId);
    void goToNeighbour(int direction);
    void submitCurrent(ItemStatus status);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    // The taxonomy changed (a published guideline version), so labelActions() are new.
    void labelActionsChanged();

private:
    void createTools();
    void createDocks();
    void createActions();
    void createLabelActions();
    void refreshTaxonomy();
    void showCurrentItem();
    void onImageLoaded(const QString &itemId, std::shared_ptr<const DisplayImage> image);

    std::unique_ptr<Workspace> m_workspace;
    QMainWindow *m_window;
    LabelingContext *m_context;
    CanvasView *m_canvas;
    ToolManager *m_tools;
    AsyncImageLoader *m_loader;
    ImageViewActions *m_viewActions;
    ImageOverlay *m_overlay;
    OverlayActions *m_overlayActions;
    ItemBrowser *m_itemBrowser = nullptr;
    LabelPalette *m_palette = nullptr;
    ClassificationPanel *m_classification = nullptr;
    DicomTagPanel *m_tagPanel = nullptr;
    ProblemsPanel *m_problems = nullptr;
    ToolOptionsPanel *m_toolOptions = nullptr;
    MaskOperations *m_maskOperations = nullptr;
    StackNavigator *m_stack = nullptr;
    ComparisonPane *m_comparison = nullptr;
    SuggestionLayer *m_suggestions = nullptr;
    SuggestionsPanel *m_suggestionsPanel = nullptr;
    PromptSegmentTool *m_promptSegment = nullptr;
    QAction *m_compare = nullptr;
    QList<QDockWidget *> m_docks;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_skip = nullptr;
    QAction *m_findLabel = nullptr;
    QAction *m_saveHint = nullptr;
    QAction *m_agreement = nullptr;
    AgreementPanel *m_agreementPanel = nullptr;
    QList<QAction *> m_labelActions;
    Taxonomy m_shownTaxonomy; // what the palette, panels and label actions were built from

    WorkbenchStatusBar *m_statusBar = nullptr;
    QVBoxLayout *m_canvasColumn = nullptr;
};

} // namespace concord
