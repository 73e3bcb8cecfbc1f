// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;

namespace concord {

class CanvasView;
class ItemBrowser;
class LabelingContext;

// Steps through the stack a radiologist reads, as PACS viewers do: the frames of a multi-frame
// image, then the neighbouring items of the list. Page Down / Page Up step and move on to the
// next item at the end of a stack; the wheel (Shift+wheel, or the plain wheel when "Wheel
// scrolls the stack" is on) stays within the series, where items of one DICOM series (or one
// folder of rasters) share their group. Entering an item backwards opens it on its last frame.
class StackNavigator : public QObject
{
    Q_OBJECT

public:
    StackNavigator(LabelingContext *context, CanvasView *canvas, ItemBrowser *items,
                   QObject *parent = nullptr);

    // Previous image (Page Up), next image (Page Down), and the wheel preference.
    QList<QAction *> actions() const;
    QAction *wheelScrollsStackAction() const { return m_wheelScrollsStack; }
    // One step forward (+1) or back (-1). Within the series, the end of the series stops it;
    // otherwise it moves on to the next item in the list. False (with a status message) at an
    // end.
    bool step(int direction, bool withinSeries);
    // The neighbouring item in the list (its filter applies), whatever its frames: `.` and `,`,
    // and submit-and-next. False (with a status message) at an end.
    bool goToNeighbourItem(int direction);
    // Call when the canvas shows a newly loaded image.
    void imageShown();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    bool moveToNeighbourItem(int direction, bool withinSeries, bool atLastFrame);

    LabelingContext *m_context;
    CanvasView *m_canvas;
    ItemBrowser *m_items;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_wheelScrollsStack;
    QString m_enterAtLastFrameOf; // the item a backward step went to, until its image shows
};

} // namespace concord
