// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/tilerenderer.h"

#include "core/imaging/arearesample.h"

#include <QtConcurrent/QtConcurrentMap>

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
    m_screenValues.clear();
    m_renderedTiles = 0;
    if (m_image)
        m_lut = DisplayLut(m_image->image.metadata, m_image->pyramid.depth(), m_window);
}

void TileRenderer::setFrame(int frame)
{
    if (frame == m_frame)
        return;
    m_frame = frame;
    m_cache.clear();
    m_screenValues.clear();
}

void TileRenderer::setWindow(const WindowLevel &window)
{
    if (window == m_window && !m_cache.isEmpty())
        return;
    m_window = window;
    ++m_windowGeneration; // every tile is stale; resampled stored values stay valid
    if (m_image)
        m_lut = DisplayLut(m_image->image.metadata, m_image->pyramid.depth(), m_window);
}

QRect TileRenderer::tileRect(int tx, int ty) const
{
    const cv::Size size = pyramid().levelSize(0);
    return QRect(tx * TileSize, ty * TileSize, TileSize, TileSize)
        .intersected(QRect(0, 0, size.width, size.height));
}

const QImage *TileRenderer::cachedTile(quint64 key)
{
    const RenderedTile *cached = m_cache.object(key);
    const bool current = cached && cached->windowGeneration == m_windowGeneration &&
                         (!(key & ScreenTileKey) || cached->gridGeneration == m_gridGeneration);
    return current ? &cached->image : nullptr;
}

TileRenderer::RenderedTile *TileRenderer::tileMemory(quint64 key, QSize size)
{
    RenderedTile *tile = m_cache.object(key);
    if (!tile || tile->image.size() != size) {
        // RGB32 is the format QPainter blits without converting.
        auto *fresh = new RenderedTile{QImage(size, QImage::Format_RGB32)};
        const qsizetype cost = fresh->image.sizeInBytes();
        m_cache.insert(key, fresh, cost);
        tile = m_cache.object(key);
    }
    return tile;
}

const QImage *TileRenderer::renderTile(quint64 key, const cv::Mat &stored)
{
    RenderedTile *tile = tileMemory(key, QSize(stored.cols, stored.rows));
    convert(stored, *tile);
    return &tile->image;
}

void TileRenderer::convert(const cv::Mat &stored, RenderedTile &tile)
{
    cv::Mat target(stored.rows, stored.cols, CV_8UC4, tile.image.bits(),
                   size_t(tile.image.bytesPerLine()));
    m_lut.applyToBgra(stored, target);
    tile.windowGeneration = m_windowGeneration;
    tile.gridGeneration = m_gridGeneration;
    ++m_renderedTiles;
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
        key, pyramid().region(0, cv::Rect(rect.x(), rect.y(), rect.width(), rect.height())));
}

void TileRenderer::setScreenGrid(const QTransform &gridToImage)
{
    if (!m_image || (gridToImage == m_gridToImage && !m_screenFootprint.isEmpty()))
        return;
    // Every screen tile is stale. Their memory is kept and refilled: allocating it afresh
    // costs a page fault per 4 KB, as much as resampling into it.
    ++m_gridGeneration;
    m_gridToImage = gridToImage;
    const cv::Size full = pyramid().levelSize(0);
    const QRectF footprint = gridToImage.inverted().mapRect(QRectF(0, 0, full.width, full.height));
    m_screenFootprint = QRect(
        QPoint(int(std::floor(footprint.left())), int(std::floor(footprint.top()))),
        QPoint(int(std::ceil(footprint.right())) - 1, int(std::ceil(footprint.bottom())) - 1));
}

QRect TileRenderer::screenTileRect(int tx, int ty) const
{
    return QRect(tx * TileSize, ty * TileSize, TileSize, TileSize).intersected(m_screenFootprint);
}

void TileRenderer::resampleScreenTile(const QRect &gridRect, cv::Mat &values) const
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
    // Only the part of the level under the tile is fetched: a view into memory, or the tiles of
    // an image read by tile.
    const QRectF levelArea(area.left() / factor, area.top() / factor, area.width() / factor,
                           area.height() / factor);
    const cv::Rect needed(
        cv::Point(int(std::floor(levelArea.left())) - 1, int(std::floor(levelArea.top())) - 1),
        cv::Point(int(std::ceil(levelArea.right())) + 1, int(std::ceil(levelArea.bottom())) + 1));
    const cv::Mat source = pyramid().region(level, needed);
    const cv::Size levelSize = pyramid().levelSize(level);
    const cv::Point sourceOrigin =
        (needed & cv::Rect(0, 0, levelSize.width, levelSize.height)).tl();
    resampleAreaInto(source, {levelArea.left() - sourceOrigin.x, levelArea.top() - sourceOrigin.y},
                     step / factor, imageAxes, values);
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
    ScreenValues *values = screenValuesMemory(key, rect);
    if (values->gridGeneration != m_gridGeneration) {
        resampleScreenTile(rect, values->values);
        values->gridGeneration = m_gridGeneration;
    }
    return renderTile(key, values->values);
}

TileRenderer::ScreenValues *TileRenderer::screenValuesMemory(quint64 key, const QRect &rect)
{
    ScreenValues *values = m_screenValues.object(key);
    if (!values) {
        const qsizetype cost = qsizetype(rect.width()) * rect.height() * pyramid().channels() *
                               (pyramid().depth() == CV_8U ? 1 : 2);
        m_screenValues.insert(key, new ScreenValues, cost);
        values = m_screenValues.object(key);
    }
    return values;
}

void TileRenderer::prepareScreenTiles(const QRect &gridArea)
{
    const QRect area = gridArea.intersected(m_screenFootprint);
    if (!m_image || area.isEmpty())
        return;
    struct Job
    {
        quint64 key;
        QRect rect;
    };
    std::vector<Job> jobs;
    for (int ty = area.top() / TileSize; ty <= area.bottom() / TileSize; ++ty) {
        for (int tx = area.left() / TileSize; tx <= area.right() / TileSize; ++tx) {
            const quint64 key = ScreenTileKey | tileKey(tx, ty);
            const QRect rect = screenTileRect(tx, ty);
            if (!rect.isEmpty() && !cachedTile(key)) {
                screenValuesMemory(key, rect);
                tileMemory(key, rect.size());
                jobs.push_back({key, rect});
            }
        }
    }
    if (jobs.size() < 2)
        return; // one tile is rendered as it is painted
    // The memory of every job exists now; taking the pointers after all insertions means no
    // insertion can have evicted one (the caches hold far more than a screen).
    struct Work
    {
        QRect rect;
        ScreenValues *values;
        RenderedTile *tile;
    };
    std::vector<Work> work;
    for (const Job &job : jobs) {
        ScreenValues *values = m_screenValues.object(job.key);
        RenderedTile *tile = m_cache.object(job.key);
        if (values && tile)
            work.push_back({job.rect, values, tile});
    }
    pyramid(); // builds a later frame's pyramid here, on this thread, before the workers read it
    // The tiles are independent: resampling and the window lookup run on every core. The
    // workers read the pyramid and the lookup table and write only their own tile.
    QtConcurrent::blockingMap(work, [this](Work &item) {
        if (item.values->gridGeneration != m_gridGeneration)
            resampleScreenTile(item.rect, item.values->values);
        cv::Mat target(item.rect.height(), item.rect.width(), CV_8UC4, item.tile->image.bits(),
                       size_t(item.tile->image.bytesPerLine()));
        m_lut.applyToBgra(item.values->values, target);
    });
    for (Work &item : work) {
        item.values->gridGeneration = m_gridGeneration;
        item.tile->windowGeneration = m_windowGeneration;
        item.tile->gridGeneration = m_gridGeneration;
        ++m_renderedTiles;
    }
}

} // namespace concord
