// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/labelingworkbench.h"

#include "core/model/labelattributes.h"
#include "widgets/agreement/agreementpanel.h"
#include "widgets/canvas/asyncimageloader.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/imageoverlay.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/comparisonpane.h"
#include "widgets/editing/actionicons.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/editing/imageviewactions.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/editing/maskoperations.h"
#include "widgets/editing/overlayactions.h"
#include "widgets/panels/classificationpanel.h"
#include "widgets/panels/dicomtagpanel.h"
#include "widgets/panels/itembrowser.h"
#include "widgets/panels/labelpalette.h"
#include "widgets/panels/problemspanel.h"
#include "widgets/panels/suggestionspanel.h"
#include "widgets/panels/tooloptionspanel.h"
#include "widgets/stacknavigator.h"
#include "widgets/tools/boxtool.h"
#include "widgets/tools/brushsettings.h"
#include "widgets/tools/brushtool.h"
#include "widgets/tools/grabcuttool.h"
#include "widgets/tools/lassotool.h"
#include "widgets/tools/polygontool.h"
#include "widgets/tools/promptsegmenttool.h"
#include "widgets/tools/regiongrowtool.h"
#include "widgets/tools/rulertool.h"
#include "widgets/tools/toolmanager.h"
#include "widgets/workbenchstatusbar.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace concord {

LabelingWorkbench::LabelingWorkbench(std::unique_ptr<Workspace> workspace, QMainWindow *window)
    : m_workspace(std::move(workspace))
    , m_window(window)
    , m_context(new LabelingContext(m_workspace.get(), this))
    , m_canvas(new CanvasView(m_context))
    , m_tools(new ToolManager(m_canvas, this))
    , m_loader(new AsyncImageLoader(this))
    , m_viewActions(new ImageViewActions(m_canvas, m_workspace.get(), this))
    , m_overlay(new ImageOverlay(m_canvas))
    , m_overlayActions(new OverlayActions(m_overlay, this))
{
    // The canvas fills a column that strips such as the calibration-read bar can join above it.
    auto *canvasColumn = new QWidget;
    m_canvasColumn = new QVBoxLayout(canvasColumn);
    m_canvasColumn->setContentsMargins(0, 0, 0, 0);
    m_canvasColumn->setSpacing(0);
    // The comparison pane waits, hidden, beside the canvas (View ▸ Compare side by side).
    auto *sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->setChildrenCollapsible(false);
    sideBySide->addWidget(m_canvas);
    m_comparison = new ComparisonPane(m_workspace.get(), m_context, m_canvas);
    sideBySide->addWidget(m_comparison);
    m_comparison->hide();
    m_canvasColumn->addWidget(sideBySide, 1);
    m_window->setCentralWidget(canvasColumn);
    canvasColumn->show(); // now, not on the next event loop pass: views may float over it at once
    // A per-user preference: how much memory undo may hold (mask strokes dominate it).
    const qint64 undoMegabytes =
        QSettings().value(QStringLiteral("undo/memoryLimitMB"), 256).toLongLong();
    m_context->setUndoMemoryLimit(undoMegabytes * 1024 * 1024);
    createTools();
    createDocks();
    createActions();
    createLabelActions();
    connect(m_workspace.get(), &Workspace::projectChanged, this,
            &LabelingWorkbench::refreshTaxonomy);

    m_statusBar =
        new WorkbenchStatusBar(m_window->statusBar(), m_workspace.get(), m_context, m_canvas,
                               m_overlay, m_itemBrowser, m_viewActions->createFrameSlider(), this);
    connect(m_context, &LabelingContext::currentItemChanged, this,
            &LabelingWorkbench::showCurrentItem);
    connect(m_loader, &AsyncImageLoader::loaded, this, &LabelingWorkbench::onImageLoaded);
    connect(m_loader, &AsyncImageLoader::failed, this,
            [this](const QString &itemId, const QString &message) {
                if (itemId == m_context->currentItemId())
                    m_canvas->setMessage(tr("This image cannot be shown.\n\n%1").arg(message));
            });

    // Start where the annotator left off: the first item they have not finished.
    int start = 0;
    for (int i = 0; i < m_workspace->items().size(); ++i) {
        const ItemStatus status = m_workspace->myStatus(m_workspace->items().at(i).id);
        if (status == ItemStatus::New || status == ItemStatus::InProgress) {
            start = i;
            break;
        }
    }
    if (m_workspace->items().isEmpty())
        m_canvas->setMessage(
            tr("This project has no images yet.\nUse File ▸ Import images… (Ctrl+I)."));
    else
        m_context->setCurrentIndex(start);
    m_canvas->setFocus();
}

LabelingWorkbench::~LabelingWorkbench()
{
    for (QDockWidget *dock : std::as_const(m_docks)) {
        m_window->removeDockWidget(dock);
        delete dock;
    }
    delete m_statusBar;
    for (QAction *action : editActions() + navigationActions() + viewActions() + toolActions() +
                               m_labelActions + m_overlayActions->actions() + stackActions())
        m_window->removeAction(action);
    m_window->removeAction(m_compare);
    m_window->removeAction(m_agreement);
    delete m_agreementPanel;
    delete m_window->takeCentralWidget();
    m_workspace->endSession();
}

void LabelingWorkbench::createTools()
{
    // Each tool with its key, its icon (resources/icons) and what it does.
    auto addTool = [this](CanvasTool *tool, Qt::Key key, const char *icon,
                          const QString &description) {
        m_tools->addTool(tool, QKeySequence(key), description)
            ->setIcon(actionIcon(QLatin1String(icon)));
    };
    addTool(new BoxTool(m_context), Qt::Key_B, "box-tool",
            tr("Box: draw, select, move and resize boxes"));
    auto *ruler = new RulerTool(m_context);
    addTool(ruler, Qt::Key_M, "ruler-tool",
            tr("Ruler: measure a distance in mm, saved with the active label"));
    connect(m_context, &LabelingContext::currentItemChanged, ruler, &RulerTool::clear);
    auto *brush = new BrushSettings(this);
    addTool(new BrushTool(m_context, brush, BrushTool::Mode::Paint), Qt::Key_P, "brush-tool",
            tr("Brush: paint a mask ( [ ] size )"));
    addTool(new BrushTool(m_context, brush, BrushTool::Mode::Erase), Qt::Key_E, "eraser-tool",
            tr("Eraser: erase from a mask ( [ ] size )"));
    addTool(new BrushTool(m_context, brush, BrushTool::Mode::Threshold), Qt::Key_T,
            "threshold-brush",
            tr("Threshold brush: paint only grey levels like the first pixel pressed"));
    addTool(new RegionGrowTool(m_context, brush), Qt::Key_W, "region-grow",
            tr("Region growing: click to fill connected pixels of similar grey level"));
    addTool(new LassoTool(m_context), Qt::Key_L, "lasso-tool",
            tr("Lasso fill: drag around a region"));
    addTool(new GrabCutTool(m_context), Qt::Key_G, "grabcut-tool",
            tr("GrabCut: drag a box around an object to segment it"));
    addTool(new PolygonTool(m_context), Qt::Key_N, "polygon-tool",
            tr("Polygon: click vertices; edit a selected polygon's vertices"));
    // Model-assisted masks (docs/model-assisted-masks.md): off, saying where to set a model,
    // until File ▸ Preferences… names one.
    m_promptSegment = new PromptSegmentTool(m_context, this);
    const QString smartMask =
        tr("Smart mask: click an object (Shift+click or right-click: not this), or drag a box; "
           "Enter accepts");
    QAction *smartMaskAction =
        m_tools->addTool(m_promptSegment, QKeySequence(Qt::Key_K), smartMask);
    smartMaskAction->setIcon(actionIcon(QStringLiteral("smart-mask")));
    m_promptSegment->bindAction(smartMaskAction, smartMask);
    m_maskOperations = new MaskOperations(m_context, this);
}

void LabelingWorkbench::createDocks()
{
    auto addDock = [this](const QString &title, const QString &name, QWidget *widget,
                          Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, m_window);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        m_window->addDockWidget(area, dock);
        m_docks << dock;
    };
    m_itemBrowser = new ItemBrowser(m_context);
    m_palette = new LabelPalette(m_context);
    m_classification = new ClassificationPanel(m_context);
    addDock(tr("Items"), QStringLiteral("items"), m_itemBrowser, Qt::LeftDockWidgetArea);
    addDock(tr("Labels"), QStringLiteral("labels"), m_palette, Qt::RightDockWidgetArea);
    addDock(tr("Image labels"), QStringLiteral("imageLabels"), m_classification,
            Qt::RightDockWidgetArea);
    m_tagPanel = new DicomTagPanel;
    addDock(tr("DICOM tags"), QStringLiteral("dicomTags"), m_tagPanel, Qt::RightDockWidgetArea);
    m_window->tabifyDockWidget(m_docks[2], m_docks[3]);
    m_toolOptions = new ToolOptionsPanel(m_context, m_maskOperations);
    // Scrolls rather than squeezes when the window is short: options must stay readable.
    auto *toolOptionsScroll = new QScrollArea;
    toolOptionsScroll->setWidget(m_toolOptions);
    toolOptionsScroll->setWidgetResizable(true);
    toolOptionsScroll->setFrameShape(QFrame::NoFrame);
    toolOptionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    toolOptionsScroll->setMinimumWidth(m_toolOptions->minimumSizeHint().width() +
                                       toolOptionsScroll->verticalScrollBar()->sizeHint().width());
    // Under the palette in the one right column; the left column holds only the item list.
    addDock(tr("Tool options"), QStringLiteral("toolOptions"), toolOptionsScroll,
            Qt::RightDockWidgetArea);
    m_window->splitDockWidget(m_docks[1], m_docks.last(), Qt::Vertical);
    m_toolOptions->showTool(m_canvas->tool());
    connect(m_canvas, &CanvasView::toolChanged, m_toolOptions, &ToolOptionsPanel::showTool);
    m_docks[2]->raise();
    // The palette and the tool options need little height; the tabs below them more. Both side
    // columns stay narrow so that the image keeps at least 70 % of the window's width.
    m_window->resizeDocks({m_docks[1], m_docks.last(), m_docks[2]}, {220, 300, 380}, Qt::Vertical);
    m_window->resizeDocks({m_docks[0], m_docks[1]}, {LeftColumnWidth, RightColumnWidth},
                          Qt::Horizontal);
    connect(m_palette, &LabelPalette::labelChosen, this, &LabelingWorkbench::chooseLabel);
    // Damage found on opening is listed where it stays in sight, not only in a passing dialog.
    m_problems = new ProblemsPanel;
    m_problems->setProblems(m_workspace->openProblems());
    addDock(tr("Problems"), QStringLiteral("problems"), m_problems, Qt::BottomDockWidgetArea);
    m_docks.last()->setFeatures(m_docks.last()->features() | QDockWidget::DockWidgetClosable);
    m_docks.last()->setVisible(m_problems->problemCount() > 0);
    // A model's suggestions, a tab beside the image labels; in front when the project has any.
    m_suggestions = new SuggestionLayer(m_context, this);
    m_canvas->setSuggestions(m_suggestions);
    m_suggestionsPanel = new SuggestionsPanel(m_context, m_suggestions);
    addDock(tr("Suggestions"), QStringLiteral("suggestions"), m_suggestionsPanel,
            Qt::RightDockWidgetArea);
    m_window->tabifyDockWidget(m_docks[2], m_docks.last());
    connect(m_suggestionsPanel, &SuggestionsPanel::statusMessage, this,
            &LabelingWorkbench::statusMessage);
    connect(m_suggestionsPanel, &SuggestionsPanel::problemsChanged, this,
            [this, problemsDock = m_window->findChild<QDockWidget *>(QStringLiteral("problems"))](
                const std::vector<FileError> &damagedSets) {
                std::vector<FileError> problems = m_workspace->openProblems();
                problems.insert(problems.end(), damagedSets.begin(), damagedSets.end());
                m_problems->setProblems(problems);
                problemsDock->setVisible(m_problems->problemCount() > 0);
            });
    m_suggestionsPanel->reload();
    if (!m_suggestions->sets().empty())
        m_docks.last()->raise();
}

void LabelingWorkbench::showNewSuggestions()
{
    m_suggestionsPanel->reload();
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("suggestions")))
        dock->raise();
}

void LabelingWorkbench::createActions()
{
    // Fixed texts keep the toolbar still; the tooltip names the step that would be undone.
    QUndoStack *stack = m_context->undoStack();
    m_undo = new QAction(tr("Undo"), this);
    m_redo = new QAction(tr("Redo"), this);
    connect(m_undo, &QAction::triggered, m_context, &LabelingContext::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto updateUndoActions = [this, stack] {
        m_undo->setEnabled(m_context->canUndo());
        m_redo->setEnabled(stack->canRedo());
        setActionShortcuts(m_undo,
                           m_context->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Undo"),
                           QKeySequence::keyBindings(QKeySequence::Undo));
        setActionShortcuts(
            m_redo, stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Redo"),
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    };
    m_undo->setIcon(actionIcon(QStringLiteral("undo")));
    m_redo->setIcon(actionIcon(QStringLiteral("redo")));
    connect(stack, &QUndoStack::indexChanged, this, updateUndoActions);
    updateUndoActions();

    m_next = new QAction(tr("Next item"), this);
    setActionShortcuts(m_next, tr("Next item"), {QKeySequence(Qt::Key_Period)});
    m_next->setIcon(actionIcon(QStringLiteral("next-item")));
    connect(m_next, &QAction::triggered, this, [this] { goToNeighbour(+1); });
    m_previous = new QAction(tr("Previous item"), this);
    setActionShortcuts(m_previous, tr("Previous item"), {QKeySequence(Qt::Key_Comma)});
    m_previous->setIcon(actionIcon(QStringLiteral("previous-item")));
    connect(m_previous, &QAction::triggered, this, [this] { goToNeighbour(-1); });
    m_submit = new QAction(tr("Submit"), this);
    setActionShortcuts(
        m_submit, tr("Submit: mark done and go to the next item"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_submit->setIcon(actionIcon(QStringLiteral("submit")));
    connect(m_submit, &QAction::triggered, this, [this] { submitCurrent(ItemStatus::Done); });
    m_skip = new QAction(tr("Skip"), this);
    setActionShortcuts(m_skip, tr("Skip: mark skipped and go to the next item"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
    m_skip->setIcon(actionIcon(QStringLiteral("skip")));
    connect(m_skip, &QAction::triggered, this, [this] { submitCurrent(ItemStatus::Skipped); });

    m_findLabel = new QAction(tr("Find label"), this);
    setActionShortcuts(m_findLabel, tr("Find label"), {QKeySequence(Qt::Key_Slash)});
    connect(m_findLabel, &QAction::triggered, m_palette, &LabelPalette::focusSearch);
    // Habit sends Ctrl+S; answer it instead of ignoring it.
    m_saveHint = new QAction(tr("Save"), this);
    setActionShortcuts(m_saveHint, tr("Save"), QKeySequence::keyBindings(QKeySequence::Save));
    connect(m_saveHint, &QAction::triggered, this, [this] {
        Q_EMIT statusMessage(tr("Every edit is saved to disk the moment you make it."), 4000);
    });
    m_agreement = new QAction(tr("Agreement…"), this);
    setActionShortcuts(m_agreement,
                       tr("Agreement between readers: coefficients, pairwise kappa, "
                          "categories and trend"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    connect(m_agreement, &QAction::triggered, this, &LabelingWorkbench::showAgreement);
    m_compare = new QAction(tr("Compare side by side"), this);
    m_compare->setCheckable(true);
    setActionShortcuts(m_compare,
                       tr("Another reader's work or a prior study beside the image, with zoom, "
                          "pan and window linked"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_C)});
    m_compare->setIcon(actionIcon(QStringLiteral("compare")));
    connect(m_compare, &QAction::toggled, this, [this](bool on) {
        m_comparison->setVisible(on);
        // Two halves of equal size, so that both views fit at the same zoom.
        if (auto *sideBySide = qobject_cast<QSplitter *>(m_comparison->parentWidget());
            on && sideBySide) {
            const int half = sideBySide->width() / 2;
            sideBySide->setSizes({half, sideBySide->width() - half});
        }
        m_comparison->refresh();
    });
    connect(m_context, &LabelingContext::currentItemChanged, m_comparison,
            &ComparisonPane::refresh);
    // Page Down / Page Up step through frames first, then items (StackNavigator).
    m_stack = new StackNavigator(m_context, m_canvas, m_itemBrowser, this);
    connect(m_stack, &StackNavigator::statusMessage, this, &LabelingWorkbench::statusMessage);
    for (QAction *action : editActions() + navigationActions() + viewActions() + toolActions() +
                               m_overlayActions->actions() + stackActions() + suggestionActions())
        m_window->addAction(action);
    m_window->addAction(m_compare);
    m_window->addAction(m_agreement);
}

void LabelingWorkbench::showAgreement()
{
    if (!m_agreementPanel) {
        // A window of its own: a calibration lead reads it beside the images, often on a
        // second screen, and it needs more room than a dock.
        m_agreementPanel = new AgreementPanel(m_window);
        m_agreementPanel->setWindowFlag(Qt::Window);
        m_agreementPanel->setWindowTitle(tr("Agreement: %1").arg(m_workspace->project().name));
        m_agreementPanel->resize(1400, 900);
    }
    m_agreementPanel->setProject(m_workspace->project(), m_workspace->items(),
                                 m_workspace->visibleStore());
    m_agreementPanel->show();
    m_agreementPanel->raise();
    m_agreementPanel->activateWindow();
}

void LabelingWorkbench::refreshTaxonomy()
{
    if (m_workspace->project().taxonomy == m_shownTaxonomy)
        return;
    for (QAction *action : std::as_const(m_labelActions)) {
        m_window->removeAction(action);
        delete action;
    }
    m_labelActions.clear();
    createLabelActions();
    m_context->ensureActiveLabelAssignable();
    m_palette->rebuild();
    m_classification->rebuild();
    Q_EMIT labelActionsChanged();
}

void LabelingWorkbench::createLabelActions()
{
    m_shownTaxonomy = m_context->taxonomy();
    for (const Label &label : m_context->taxonomy().labels()) {
        if (label.hotkey.isEmpty())
            continue;
        const QKeySequence key(label.hotkey);
        auto *choose = new QAction(tr("Use label %1").arg(label.name), this);
        setActionShortcuts(
            choose, tr("Use %1 for boxes (relabels the selected box)").arg(label.name), {key});
        connect(choose, &QAction::triggered, this, [this, id = label.id] { chooseLabel(id); });
        auto *toggle = new QAction(tr("Toggle image label %1").arg(label.name), this);
        setActionShortcuts(toggle, tr("Toggle %1 as an image label").arg(label.name),
                           {QKeySequence(QStringLiteral("Ctrl+") + label.hotkey)});
        connect(toggle, &QAction::triggered, this,
                [this, id = label.id] { m_classification->toggleLabel(id); });
        m_labelActions << choose << toggle;
        m_window->addAction(choose);
        m_window->addAction(toggle);
    }
}

QList<QAction *> LabelingWorkbench::editActions() const
{
    return {m_undo, m_redo, m_saveHint, m_findLabel};
}

void LabelingWorkbench::reloadModelSettings()
{
    m_promptSegment->loadModelFromSettings();
}

QList<QAction *> LabelingWorkbench::suggestionActions() const
{
    return m_suggestionsPanel->decisionActions();
}

QList<QAction *> LabelingWorkbench::navigationActions() const
{
    return {m_previous, m_next, m_submit, m_skip};
}

QList<QAction *> LabelingWorkbench::stackActions() const
{
    return m_stack->actions();
}

QAction *LabelingWorkbench::wheelScrollsStackAction() const
{
    return m_stack->wheelScrollsStackAction();
}

QList<QAction *> LabelingWorkbench::toolActions() const
{
    return m_tools->actions();
}

QList<QAction *> LabelingWorkbench::viewActions() const
{
    return m_viewActions->actions();
}

QMenu *LabelingWorkbench::windowPresetMenu() const
{
    return m_viewActions->windowMenu();
}

QMenu *LabelingWorkbench::overlayMenu() const
{
    return m_overlayActions->menu();
}

void LabelingWorkbench::chooseLabel(int labelId)
{
    const Taxonomy &taxonomy = m_context->taxonomy();
    if (taxonomy.find(labelId) && !taxonomy.isAssignable(labelId)) {
        Q_EMIT statusMessage(tr("\"%1\" is a category: choose one of the labels under it.")
                                 .arg(taxonomy.pathOf(labelId)),
                             5000);
        return;
    }
    m_context->setActiveLabelId(labelId);
    if (const BoxAnnotation *selected = m_context->selectedBox();
        selected && selected->labelId != labelId) {
        BoxAnnotation relabeled = *selected;
        relabeled.labelId = labelId;
        relabeled.attributes = attributesKeptOnRelabel(taxonomy, labelId, selected->attributes);
        m_context->pushEdit(edits::changeBox(m_context->currentItemId(), *selected, relabeled),
                            tr("Relabel box"));
    } else if (const RulerAnnotation *ruler = m_context->selectedRuler();
               ruler && ruler->labelId != labelId) {
        RulerAnnotation relabeled = *ruler;
        relabeled.labelId = labelId;
        m_context->pushEdit(edits::changeRuler(m_context->currentItemId(), *ruler, relabeled),
                            tr("Relabel ruler"));
    }
    m_canvas->setFocus();
}

void LabelingWorkbench::goToNeighbour(int direction)
{
    m_stack->goToNeighbourItem(direction);
}

void LabelingWorkbench::submitCurrent(ItemStatus status)
{
    const QString itemId = m_context->currentItemId();
    if (itemId.isEmpty())
        return;
    const ItemStatus before = m_workspace->myStatus(itemId);
    if (before != status) {
        if (!m_context->pushEdit(edits::setItemStatus(itemId, before, status),
                                 status == ItemStatus::Done ? tr("Submit") : tr("Skip")))
            return;
    }
    goToNeighbour(+1);
}

void LabelingWorkbench::showCurrentItem()
{
    const Item *item = m_context->currentItem();
    if (!item)
        return;
    m_canvas->setMessage(tr("Loading %1…").arg(QFileInfo(item->path).fileName()));
    m_loader->request(item->id, m_workspace->folder().absoluteItemPath(item->path));
    m_tagPanel->showFile(m_workspace->folder().absoluteItemPath(item->path));
    // Decode the next item while this one is read.
    const int next = m_itemBrowser ? m_itemBrowser->neighbourItem(+1) : -1;
    if (next >= 0) {
        const Item &nextItem = m_workspace->items().at(next);
        m_loader->prefetch(nextItem.id, m_workspace->folder().absoluteItemPath(nextItem.path));
    }
    m_statusBar->showItemFacts();
}

void LabelingWorkbench::onImageLoaded(const QString &itemId,
                                      std::shared_ptr<const DisplayImage> image)
{
    if (itemId != m_context->currentItemId())
        return;
    m_context->setImageSize(QSize(image->image.width(), image->image.height()));
    m_tools->setWholeImageAvailable(!image->image.isTiled());
    m_canvas->setImage(std::move(image));
    m_stack->imageShown();
    m_viewActions->imageChanged();
    m_statusBar->showItemFacts();
}

void LabelingWorkbench::applyDefaultDockSizes()
{
    // The palette and the tool options need little height; the tabs below them more. Both side
    // columns stay narrow so that the image keeps at least 70 % of the window's width.
    QDockWidget *items = m_docks[0];
    QDockWidget *labels = m_docks[1];
    QDockWidget *tabs = m_docks[2];
    QDockWidget *toolOptions = m_window->findChild<QDockWidget *>(QStringLiteral("toolOptions"));
    m_window->resizeDocks({labels, toolOptions, tabs}, {180, 220, 420}, Qt::Vertical);
    m_window->resizeDocks({items, labels}, {LeftColumnWidth, RightColumnWidth}, Qt::Horizontal);
}

void LabelingWorkbench::addAboveCanvas(QWidget *strip)
{
    m_canvasColumn->insertWidget(m_canvasColumn->count() - 1, strip);
}

void LabelingWorkbench::addTabBesideImageLabels(QDockWidget *dock, const QString &objectName,
                                                QWidget *panel, bool imageLabelsInFront)
{
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *imageLabels = m_window->findChild<QDockWidget *>(QStringLiteral("imageLabels"))) {
        m_window->tabifyDockWidget(imageLabels, dock);
        if (imageLabelsInFront)
            imageLabels->raise();
    }
}

} // namespace concord
