// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/windowlevel.h"
#include "widgets/canvas/displayimage.h"

#include <QCache>
#include <QImage>
#include <QRect>
#include <QTransform>

#include <memory>

namespace concord {

// Turns the image into 8-bit QImage tiles through the current window, and keeps the recent ones.
// Only tiles that are on screen are ever rendered, so the cost of a paint or of a window/level
// change is bounded by the screen size, not the image size. GUI thread only.
//
// Two kinds of tile:
// - Image tiles, cut from the full-resolution frame, drawn at 1:1 and above without
//   interpolation.
// - Screen tiles, used below 1:1: tiles of the view's own pixel grid, each pixel the area
//   average of the image square under it. Their stored values are resampled once per zoom or
//   turn and kept, so a window change only looks up screen pixels and a paint is a blit, with
//   no scaling by the painter.
class TileRenderer
{
public:
    static constexpr int TileSize = 256;

    void setImage(std::shared_ptr<const DisplayImage> image);
    void setFrame(int frame);
    void setWindow(const WindowLevel &window);
    const WindowLevel &window() const { return m_window; }

    // The image tile (tx, ty), rendered with the current window, and the image pixels it covers.
    const QImage *tile(int tx, int ty);
    QRect tileRect(int tx, int ty) const;

    // The screen grid: `gridToImage` maps a grid pixel [x, x+1) x [y, y+1) to the image area it
    // shows: a turn or mirror, a scale below 1 and a shift. Screen tiles are kept while it stays
    // the same, so a pan by whole pixels reuses them.
    void setScreenGrid(const QTransform &gridToImage);
    // The grid pixels that show some of the image.
    QRect screenFootprint() const { return m_screenFootprint; }
    // The screen tile (tx, ty), rendered with the current window, and the grid pixels it covers.
    const QImage *screenTile(int tx, int ty);
    // Renders the screen tiles of `gridArea` that are missing or stale on every core, so that
    // screenTile() then finds them: after a zoom step every tile on screen is stale at once.
    void prepareScreenTiles(const QRect &gridArea);
    QRect screenTileRect(int tx, int ty) const;

    // How many tiles have been converted since the image was set: lets tests check that a paint
    // converts only what is on screen.
    qint64 renderedTileCount() const { return m_renderedTiles; }

private:
    // A tile as last rendered, and with which window (and, for a screen tile, which grid). A
    // window or grid change leaves tiles in the cache and re-renders them in place when shown:
    // reusing their memory spares an allocation and its page faults per tile, which cost as
    // much as the lookup itself.
    struct RenderedTile
    {
        QImage image;
        quint64 windowGeneration = 0;
        quint64 gridGeneration = 0;
    };
    // A screen tile's stored values, resampled for one grid.
    struct ScreenValues
    {
        cv::Mat values;
        quint64 gridGeneration = 0;
    };

    const ImagePyramid &pyramid() const { return m_image->pyramidOf(m_frame); }
    void resampleScreenTile(const QRect &gridRect, cv::Mat &values) const;
    const QImage *cachedTile(quint64 key);
    RenderedTile *tileMemory(quint64 key, QSize size);
    ScreenValues *screenValuesMemory(quint64 key, const QRect &rect);
    const QImage *renderTile(quint64 key, const cv::Mat &stored);
    void convert(const cv::Mat &stored, RenderedTile &tile);

    std::shared_ptr<const DisplayImage> m_image;
    int m_frame = 0;
    WindowLevel m_window;
    DisplayLut m_lut;
    quint64 m_windowGeneration = 0; // counts window changes
    quint64 m_gridGeneration = 1;   // counts screen grid changes
    QCache<quint64, RenderedTile> m_cache{qsizetype(256) * 1024 * 1024}; // cost in bytes
    QTransform m_gridToImage;
    QRect m_screenFootprint;
    QCache<quint64, ScreenValues> m_screenValues{qsizetype(64) * 1024 *
                                                 1024}; // resampled stored values
    qint64 m_renderedTiles = 0;
};

} // namespace concord
