// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/tilerenderer.h"

#include "core/imaging/arearesample.h"

#include <cmath>

namespace concord {

// Image tiles and screen tiles share the cache of rendered tiles; the top bit tells them apart.
static constexpr quint64 ScreenTileKey = quint64(1) << 63;

static quint64 tileKey(int tx, int ty)
{
    return (quint64(ty) << 24) | quint64(tx);
}

void TileRenderer::setImage(std::shared_ptr<const DisplayImage> image)
{
    m_image = std::move(image);
    m_frame = 0;
    m_cache.clear();
    clearScreenTiles();
    m_renderedTiles = 0;
    if (m_image)
        m_lut = DisplayLut(m_image->image.metadata, m_image->pyramid.level(0).depth(), m_window);
}

void TileRenderer::setFrame(int frame)
{
    if (frame == m_frame)
        return;
    m_frame = frame;
    m_cache.clear();
    clearScreenTiles();
}

void TileRenderer::setWindow(const WindowLevel &window)
{
    if (window == m_window && !m_cache.isEmpty())
        return;
    m_window = window;
    ++m_windowGeneration; // every tile is stale; resampled stored values stay valid
    if (m_image)
        m_lut = DisplayLut(m_image->image.metadata, m_image->pyramid.level(0).depth(), m_window);
}

QRect TileRenderer::tileRect(int tx, int ty) const
{
    const cv::Mat &mat = pyramid().level(0);
    return QRect(tx * TileSize, ty * TileSize, TileSize, TileSize)
        .intersected(QRect(0, 0, mat.cols, mat.rows));
}

const QImage *TileRenderer::cachedTile(quint64 key)
{
    const RenderedTile *cached = m_cache.object(key);
    return cached && cached->windowGeneration == m_windowGeneration ? &cached->image : nullptr;
}

const QImage *TileRenderer::renderTile(quint64 key, const cv::Mat &stored)
{
    RenderedTile *tile = m_cache.object(key);
    if (!tile || tile->image.width() != stored.cols || tile->image.height() != stored.rows) {
        // RGB32 is the format QPainter blits without converting.
        auto *fresh = new RenderedTile{QImage(stored.cols, stored.rows, QImage::Format_RGB32)};
        const qsizetype cost = fresh->image.sizeInBytes();
        m_cache.insert(key, fresh, cost);
        tile = m_cache.object(key);
    }
    cv::Mat target(stored.rows, stored.cols, CV_8UC4, tile->image.bits(),
                   size_t(tile->image.bytesPerLine()));
    m_lut.applyToBgra(stored, target);
    tile->windowGeneration = m_windowGeneration;
    ++m_renderedTiles;
    return &tile->image;
}

const QImage *TileRenderer::tile(int tx, int ty)
{
    if (!m_image)
        return nullptr;
    const quint64 key = tileKey(tx, ty);
    if (const QImage *cached = cachedTile(key))
        return cached;
    const QRect rect = tileRect(tx, ty);
    if (rect.isEmpty())
        return nullptr;
    return renderTile(
        key, pyramid().level(0)(cv::Rect(rect.x(), rect.y(), rect.width(), rect.height())));
}

void TileRenderer::clearScreenTiles()
{
    m_screenValues.clear();
    const QList<quint64> keys = m_cache.keys();
    for (quint64 key : keys) {
        if (key & ScreenTileKey)
            m_cache.remove(key);
    }
}

void TileRenderer::setScreenGrid(const QTransform &gridToImage)
{
    if (!m_image || (gridToImage == m_gridToImage && !m_screenFootprint.isEmpty()))
        return;
    clearScreenTiles();
    m_gridToImage = gridToImage;
    const cv::Mat &full = pyramid().level(0);
    const QRectF footprint = gridToImage.inverted().mapRect(QRectF(0, 0, full.cols, full.rows));
    m_screenFootprint = QRect(
        QPoint(int(std::floor(footprint.left())), int(std::floor(footprint.top()))),
        QPoint(int(std::ceil(footprint.right())) - 1, int(std::ceil(footprint.bottom())) - 1));
}

QRect TileRenderer::screenTileRect(int tx, int ty) const
{
    return QRect(tx * TileSize, ty * TileSize, TileSize, TileSize).intersected(m_screenFootprint);
}

cv::Mat TileRenderer::resampleScreenTile(const QRect &gridRect) const
{
    // Image pixels per grid pixel, whatever the turn: the square root of the determinant.
    const QTransform &t = m_gridToImage;
    const double step = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
    const int level = pyramid().levelForScale(1.0 / step);
    const double factor = pyramid().levelFactor(level);
    // A quarter turn swaps the axes: grid columns then run along image rows.
    const bool quarterTurn = std::abs(t.m11()) < 1e-12;
    const cv::Size imageAxes = quarterTurn ? cv::Size(gridRect.height(), gridRect.width())
                                           : cv::Size(gridRect.width(), gridRect.height());
    const QRectF area = t.mapRect(QRectF(gridRect));
    cv::Mat values =
        resampleArea(pyramid().level(level), {area.left() / factor, area.top() / factor},
                     step / factor, imageAxes);
    // Put the pixels in grid order: QTransform maps (x, y) to (m11 x + m21 y, m12 x + m22 y).
    bool flipColumns = t.m11() < 0;
    bool flipRows = t.m22() < 0;
    if (quarterTurn) {
        cv::transpose(values, values);
        flipColumns = t.m12() < 0;
        flipRows = t.m21() < 0;
    }
    if (flipColumns && flipRows)
        cv::flip(values, values, -1);
    else if (flipColumns)
        cv::flip(values, values, 1);
    else if (flipRows)
        cv::flip(values, values, 0);
    return values;
}

const QImage *TileRenderer::screenTile(int tx, int ty)
{
    if (!m_image)
        return nullptr;
    const quint64 key = ScreenTileKey | tileKey(tx, ty);
    if (const QImage *cached = cachedTile(key))
        return cached;
    const QRect rect = screenTileRect(tx, ty);
    if (rect.isEmpty())
        return nullptr;
    cv::Mat *values = m_screenValues.object(key);
    if (!values) {
        values = new cv::Mat(resampleScreenTile(rect));
        const qsizetype cost = qsizetype(values->total() * values->elemSize());
        m_screenValues.insert(key, values, cost);
    }
    return renderTile(key, *values);
}

} // namespace concord
