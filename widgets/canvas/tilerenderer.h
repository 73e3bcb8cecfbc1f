// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/windowlevel.h"
#include "widgets/canvas/displayimage.h"

#include <QCache>
#include <QImage>
#include <QRect>

#include <memory>

namespace concord {

// Turns pyramid tiles into 8-bit QImages through the current window, and keeps the recent ones.
// Only tiles that are on screen are ever rendered, so the cost of a paint or of a window/level
// change is bounded by the screen size, not the image size. GUI thread only.
class TileRenderer
{
public:
    static constexpr int TileSize = 256;

    void setImage(std::shared_ptr<const DisplayImage> image);
    void setFrame(int frame);
    void setWindow(const WindowLevel &window);
    const WindowLevel &window() const { return m_window; }

    // The tile (tx, ty) of `level`, rendered with the current window.
    const QImage *tile(int level, int tx, int ty);
    // The part of `level` (in its own pixels) that tile (tx, ty) covers.
    QRect tileRect(int level, int tx, int ty) const;
    // How many tiles have been converted since the image was set: lets tests check that a paint
    // converts only what is on screen.
    qint64 renderedTileCount() const { return m_renderedTiles; }

private:
    const ImagePyramid &pyramid() const { return m_image->pyramidOf(m_frame); }

    std::shared_ptr<const DisplayImage> m_image;
    int m_frame = 0;
    WindowLevel m_window;
    DisplayLut m_lut;
    cv::Mat m_displayBuffer; // 8-bit window output of the tile being rendered, reused
    QCache<quint64, QImage> m_cache{256 * 1024 * 1024}; // cost in bytes
    qint64 m_renderedTiles = 0;
};

} // namespace concord
