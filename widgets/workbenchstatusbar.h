// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QPointF;
class QStatusBar;

namespace concord {

class CanvasView;
class ImageOverlay;
class ItemBrowser;
class LabelingContext;
class Workspace;

// The labeling window's status bar: the current item and where it sits in the list the reader
// sees, the stored value under the cursor, the window, the frame slider, and whether the last
// edit reached the disk ("NOT SAVED" in red, with a message, when it did not). It also hands the
// overlay its item facts, so the two never disagree. Takes its widgets back out of the bar when
// destroyed, as the workbench does with its docks.
class WorkbenchStatusBar : public QObject
{
    Q_OBJECT

public:
    WorkbenchStatusBar(QStatusBar *bar, Workspace *workspace, LabelingContext *context,
                       CanvasView *canvas, ImageOverlay *overlay, ItemBrowser *itemBrowser,
                       QWidget *frameSlider, QObject *parent);
    ~WorkbenchStatusBar() override;

    // The current item changed, or what is known of it (its image, its status).
    void showItemFacts();

private:
    void showCursorReadout(const QPointF &imagePos);

    QStatusBar *m_bar;
    Workspace *m_workspace;
    LabelingContext *m_context;
    CanvasView *m_canvas;
    ImageOverlay *m_overlay;
    ItemBrowser *m_itemBrowser;
    QWidget *m_frameSlider;
    QLabel *m_itemLabel;
    QLabel *m_cursorLabel;
    QLabel *m_windowLabel;
    QLabel *m_savedLabel;
};

} // namespace concord
