// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/imageviewactions.h"

#include "widgets/canvas/canvasview.h"
#include "widgets/editing/actionicons.h"
#include "widgets/editing/actionsupport.h"

#include "core/project/workspace.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSlider>

namespace concord {

ImageViewActions::ImageViewActions(CanvasView *canvas, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_workspace(workspace)
    , m_saveWindow(new QAction(tr("Save window as preset…"), this))
    , m_fit(new QAction(tr("Fit to window"), this))
    , m_actualPixels(new QAction(tr("Actual pixels (1:1)"), this))
    , m_resetWindow(new QAction(tr("Reset window"), this))
    , m_invert(new QAction(tr("Invert"), this))
    , m_rotateLeft(new QAction(tr("Rotate left"), this))
    , m_rotateRight(new QAction(tr("Rotate right"), this))
    , m_flipHorizontal(new QAction(tr("Flip horizontally"), this))
    , m_flipVertical(new QAction(tr("Flip vertically"), this))
    , m_showOtherReaders(new QAction(tr("Show other readers"), this))
    , m_nextFrame(new QAction(tr("Next frame"), this))
    , m_previousFrame(new QAction(tr("Previous frame"), this))
    , m_windowMenu(std::make_unique<QMenu>(tr("&Window presets")))
    , m_presetGroup(new QActionGroup(this))
{
    setActionShortcuts(m_fit, tr("Fit to window"), {QKeySequence(Qt::Key_F)});
    connect(m_fit, &QAction::triggered, m_canvas, &CanvasView::fitToWindow);
    setActionShortcuts(m_actualPixels, tr("Actual pixels (1:1)"),
                       {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_actualPixels, &QAction::triggered, m_canvas, &CanvasView::zoomToActualPixels);
    setActionShortcuts(m_resetWindow,
                       tr("Reset window/level to the image's own (right-drag adjusts it)"),
                       {QKeySequence(Qt::Key_R)});
    connect(m_resetWindow, &QAction::triggered, m_canvas, &CanvasView::resetWindowLevel);
    m_invert->setCheckable(true);
    setActionShortcuts(m_invert, tr("Invert grey levels"), {QKeySequence(Qt::Key_I)});
    connect(m_invert, &QAction::triggered, this, [this](bool inverted) {
        WindowLevel window = m_canvas->windowLevel();
        window.invert = inverted;
        m_canvas->setWindowLevel(window);
    });
    setActionShortcuts(m_rotateLeft, tr("Rotate the view 90° counter-clockwise"),
                       {QKeySequence(Qt::Key_BracketLeft)});
    connect(m_rotateLeft, &QAction::triggered, m_canvas, [this] { m_canvas->rotate(-1); });
    setActionShortcuts(m_rotateRight, tr("Rotate the view 90° clockwise"),
                       {QKeySequence(Qt::Key_BracketRight)});
    connect(m_rotateRight, &QAction::triggered, m_canvas, [this] { m_canvas->rotate(1); });
    setActionShortcuts(m_flipHorizontal, tr("Mirror the view left-right"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_H)});
    connect(m_flipHorizontal, &QAction::triggered, m_canvas,
            [this] { m_canvas->flip(Qt::Horizontal); });
    setActionShortcuts(m_flipVertical, tr("Mirror the view top-bottom"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_V)});
    connect(m_flipVertical, &QAction::triggered, m_canvas,
            [this] { m_canvas->flip(Qt::Vertical); });
    m_showOtherReaders->setCheckable(true);
    setActionShortcuts(
        m_showOtherReaders,
        tr("Show other readers' boxes: on items you have submitted, or all if you review"),
        {QKeySequence(Qt::Key_O)});
    connect(m_showOtherReaders, &QAction::toggled, m_canvas, &CanvasView::setOtherReadersVisible);
    setActionShortcuts(m_nextFrame, tr("Next frame of a multi-frame image"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Right)});
    connect(m_nextFrame, &QAction::triggered, m_canvas,
            [this] { m_canvas->setFrame(m_canvas->frame() + 1); });
    setActionShortcuts(m_previousFrame, tr("Previous frame of a multi-frame image"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Left)});
    connect(m_previousFrame, &QAction::triggered, m_canvas,
            [this] { m_canvas->setFrame(m_canvas->frame() - 1); });
    connect(m_canvas, &CanvasView::frameChanged, this, &ImageViewActions::syncFrames);
    const std::pair<QAction *, const char *> icons[] = {{m_fit, "fit-to-window"},
                                                        {m_actualPixels, "actual-pixels"},
                                                        {m_resetWindow, "reset-window"},
                                                        {m_invert, "invert"},
                                                        {m_rotateLeft, "rotate-left"},
                                                        {m_rotateRight, "rotate-right"},
                                                        {m_flipHorizontal, "flip-horizontal"},
                                                        {m_flipVertical, "flip-vertical"},
                                                        {m_showOtherReaders, "other-readers"}};
    for (const auto &[action, icon] : icons)
        action->setIcon(actionIcon(QLatin1String(icon)));
    m_windowMenu->setIcon(actionIcon(QStringLiteral("window-presets")));
    m_saveWindow->setToolTip(tr("Offer the current window on every image of this project"));
    connect(m_saveWindow, &QAction::triggered, this, &ImageViewActions::saveCurrentWindow);
    m_presetGroup->setExclusive(true);
    connect(m_canvas, &CanvasView::windowLevelChanged, this, &ImageViewActions::syncChecks);
}

ImageViewActions::~ImageViewActions() = default;

QList<QAction *> ImageViewActions::actions() const
{
    return {m_fit,           m_actualPixels, m_resetWindow,     m_invert,
            m_rotateLeft,    m_rotateRight,  m_flipHorizontal,  m_flipVertical,
            m_previousFrame, m_nextFrame,    m_showOtherReaders};
}

QList<QAction *> ImageViewActions::displayActions() const
{
    return {m_fit, m_actualPixels, m_resetWindow, m_invert};
}

QList<QAction *> ImageViewActions::orientationActions() const
{
    return {m_rotateLeft, m_rotateRight, m_flipHorizontal, m_flipVertical};
}

QWidget *ImageViewActions::createFrameSlider()
{
    m_frameWidget = new QWidget;
    auto *layout = new QHBoxLayout(m_frameWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    m_frameSlider = new QSlider(Qt::Horizontal, m_frameWidget);
    m_frameSlider->setObjectName(QStringLiteral("frameSlider"));
    m_frameSlider->setMinimumWidth(160);
    m_frameSlider->setFocusPolicy(Qt::NoFocus); // the canvas keeps the keyboard
    m_frameSlider->setToolTip(tr("Frame (Ctrl+Left, Ctrl+Right)"));
    m_frameLabel = new QLabel(m_frameWidget);
    layout->addWidget(m_frameLabel);
    layout->addWidget(m_frameSlider);
    connect(m_frameSlider, &QSlider::valueChanged, m_canvas,
            [this](int value) { m_canvas->setFrame(value - 1); });
    syncFrames();
    return m_frameWidget;
}

void ImageViewActions::imageChanged()
{
    m_windowMenu->clear();
    for (QAction *action : m_presetGroup->actions())
        m_presetGroup->removeAction(action);
    m_presets.clear();
    const DisplayImage *image = m_canvas->image();
    if (image) {
        const cv::Mat sample = image->pyramid.coarsest();
        m_presets =
            windowChoices(image->image.metadata, sample, m_workspace->project().windowPresets);
    }
    for (size_t i = 0; i < m_presets.size(); ++i) {
        const NamedWindow &preset = m_presets[i];
        auto *action = m_windowMenu->addAction(QStringLiteral("%1  (W %2, L %3)")
                                                   .arg(preset.name)
                                                   .arg(preset.window.width, 0, 'f', 0)
                                                   .arg(preset.window.center, 0, 'f', 0));
        action->setCheckable(true);
        m_presetGroup->addAction(action);
        if (i < 9)
            setActionShortcuts(action, preset.name,
                               {QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(i)))});
        connect(action, &QAction::triggered, this, [this, i] {
            WindowLevel window = m_presets[i].window;
            window.invert = m_invert->isChecked();
            m_canvas->setWindowLevel(window);
        });
    }
    m_windowMenu->addSeparator();
    m_windowMenu->addAction(m_saveWindow);
    syncChecks();
    syncFrames();
}

void ImageViewActions::saveCurrentWindow()
{
    const WindowLevel window = m_canvas->windowLevel();
    bool ok = false;
    const QString name = QInputDialog::getText(m_canvas, tr("Save window"),
                                               tr("Name for W %1 / L %2 (e.g. Lung, Bone):")
                                                   .arg(window.width, 0, 'f', 0)
                                                   .arg(window.center, 0, 'f', 0),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (MaybeError error = m_workspace->saveWindowPreset({name, window.center, window.width})) {
        QMessageBox::warning(m_canvas, tr("Window not saved"), error->toString());
        return;
    }
    imageChanged(); // rebuild the menu with the new preset
}

void ImageViewActions::syncFrames()
{
    const int frames = m_canvas->image() ? m_canvas->image()->frameCount() : 1;
    m_nextFrame->setEnabled(frames > 1);
    m_previousFrame->setEnabled(frames > 1);
    if (!m_frameWidget)
        return;
    m_frameWidget->setVisible(frames > 1);
    const QSignalBlocker blocker(m_frameSlider);
    m_frameSlider->setRange(1, std::max(1, frames));
    m_frameSlider->setValue(m_canvas->frame() + 1);
    m_frameLabel->setText(tr("Frame %1 / %2").arg(m_canvas->frame() + 1).arg(frames));
}

void ImageViewActions::syncChecks()
{
    const WindowLevel current = m_canvas->windowLevel();
    m_invert->setChecked(current.invert);
    const QList<QAction *> actions = m_presetGroup->actions();
    for (int i = 0; i < actions.size() && i < int(m_presets.size()); ++i) {
        WindowLevel preset = m_presets[size_t(i)].window;
        preset.invert = current.invert;
        actions[i]->setChecked(preset == current);
    }
}

} // namespace concord
