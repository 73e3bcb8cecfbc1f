// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/windowpresets.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSlider;

namespace concord {

class CanvasView;
class Workspace;

// The actions that change how the image is shown, never what is labeled: fit, 1:1, window
// presets (from the header, full range, automatic), invert and reset. The preset menu is
// rebuilt for each image, since each header suggests its own windows.
class ImageViewActions : public QObject
{
    Q_OBJECT

public:
    // `workspace` holds the project's saved windows; "Save window as preset" adds to them.
    ImageViewActions(CanvasView *canvas, Workspace *workspace, QObject *parent = nullptr);
    ~ImageViewActions() override;

    QList<QAction *> actions() const;
    // The same actions grouped for the toolbar: how the image is shown (fit, 1:1, reset window,
    // invert), its orientation (turns and mirrors), and other readers' boxes.
    QList<QAction *> displayActions() const;
    QList<QAction *> orientationActions() const;
    QAction *otherReadersAction() const { return m_showOtherReaders; }
    QMenu *windowMenu() const { return m_windowMenu.get(); }
    // A frame slider with its "Frame n / N" label, shown only for multi-frame images. The caller
    // places it (the status bar) and owns it.
    QWidget *createFrameSlider();
    // Call when the canvas shows a new image.
    void imageChanged();

private:
    void syncChecks();
    void syncFrames();

    void saveCurrentWindow();

    CanvasView *m_canvas;
    Workspace *m_workspace;
    QAction *m_saveWindow;
    QAction *m_fit;
    QAction *m_actualPixels;
    QAction *m_resetWindow;
    QAction *m_invert;
    QAction *m_rotateLeft;
    QAction *m_rotateRight;
    QAction *m_flipHorizontal;
    QAction *m_flipVertical;
    QAction *m_showOtherReaders;
    QAction *m_nextFrame;
    QAction *m_previousFrame;
    QPointer<QSlider> m_frameSlider;
    QPointer<QLabel> m_frameLabel;
    QPointer<QWidget> m_frameWidget;
    std::unique_ptr<QMenu> m_windowMenu;
    QActionGroup *m_presetGroup;
    std::vector<NamedWindow> m_presets;
};

} // namespace concord
