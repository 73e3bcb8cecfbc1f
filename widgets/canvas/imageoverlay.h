// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/imaging/windowlevel.h"

#include <QStringList>
#include <QWidget>

namespace concord {

class CanvasView;

// Which parts of the on-image text are shown (docs/viewer.md "Overlays"). Patient details can
// identify a person, so they start hidden and are never saved as a preference.
struct OverlayOptions
{
    bool shown = true; // all of them at once
    bool windowAndZoom = true;
    bool frame = true;
    bool orientation = true;
    bool itemAndReader = true;
    bool patientDetails = false;

    bool operator==(const OverlayOptions &) const = default;
};

// What the canvas cannot know about the item on screen: its place in the list and who reads.
struct OverlayItemFacts
{
    int itemNumber = 0; // 1-based; 0 when there is no item
    int itemCount = 0;
    QString itemName;
    QString reader;
};

// How the image is on screen when the corners are drawn.
struct OverlayViewState
{
    WindowLevel window;
    double scale = 1.0;
    int frame = 0; // 0-based
    int frameCount = 1;
    int quarterTurns = 0;
    bool mirrored = false;
};

// The text of the four corners, top line first, and the orientation markers at the middle of
// each edge (empty where unknown or switched off).
struct OverlayTexts
{
    QStringList topLeft;
    QStringList topRight;
    QStringList bottomLeft;
    QStringList bottomRight;
    QString markerLeft;
    QString markerRight;
    QString markerTop;
    QString markerBottom;
};

// The corner layout of PACS viewers: top left what the image is of (modality; patient name, ID
// and study date only when patient details are on), top right the item and its reader, bottom
// left window/level and zoom, bottom right the frame. Pure, so it is tested without a screen.
OverlayTexts overlayTexts(const ImageMetadata &metadata, const OverlayViewState &view,
                          const OverlayItemFacts &item, const OverlayOptions &options);

// Draws overlayTexts() over a CanvasView, following its window, zoom, turns and frame. A child
// of the canvas that covers it and lets every mouse event through, so tools never see it; it
// paints nothing while the canvas shows a message instead of an image.
class ImageOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit ImageOverlay(CanvasView *canvas);

    void setOptions(const OverlayOptions &options);
    const OverlayOptions &options() const { return m_options; }
    void setItemFacts(const OverlayItemFacts &item);
    // What is drawn now; empty without an image.
    OverlayTexts currentTexts() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    CanvasView *m_canvas;
    OverlayOptions m_options;
    OverlayItemFacts m_item;
};

} // namespace concord
