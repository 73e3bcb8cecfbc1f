// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/tilerenderer.h"

#include <opencv2/imgproc.hpp>

namespace concord {

void TileRenderer::setImage(std::shared_ptr<const DisplayImage> image)
{
    m_image = std::move(image);
    m_frame = 0;
    m_cache.clear();
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
}

void TileRenderer::setWindow(const WindowLevel &window)
{
    if (window == m_window && !m_cache.isEmpty())
        return;
    m_window = window;
    m_cache.clear();
    if (m_image)
        m_lut = DisplayLut(m_image->image.metadata, m_image->pyramid.level(0).depth(), m_window);
}

QRect TileRenderer::tileRect(int level, int tx, int ty) const
{
    const cv::Mat &mat = pyramid().level(level);
    return QRect(tx * TileSize, ty * TileSize, TileSize, TileSize)
        .intersected(QRect(0, 0, mat.cols, mat.rows));
}

const QImage *TileRenderer::tile(int level, int tx, int ty)
{
    if (!m_image)
        return nullptr;
    const quint64 key = (quint64(level) << 48) | (quint64(ty) << 24) | quint64(tx);
    if (const QImage *cached = m_cache.object(key))
        return cached;
    const QRect rect = tileRect(level, tx, ty);
    if (rect.isEmpty())
        return nullptr;
    const cv::Mat stored = pyramid().level(level)(cv::Rect(rect.x(), rect.y(), rect.width(), rect.height()));
    // Tiles are stored as RGB32, the format QPainter scales and blits without converting:
    // Grayscale8 tiles were converted on every paint, which cost more than the window itself.
    auto *image = new QImage(rect.width(), rect.height(), QImage::Format_RGB32);
    cv::Mat target(rect.height(), rect.width(), CV_8UC4, image->bits(), size_t(image->bytesPerLine()));
    m_lut.applyTo(stored, m_displayBuffer);
    // RGB32 is 0xffRRGGBB, i.e. B, G, R, 255 in memory on little-endian machines.
    cv::cvtColor(m_displayBuffer, target, stored.channels() == 3 ? cv::COLOR_RGB2BGRA : cv::COLOR_GRAY2BGRA);
    ++m_renderedTiles;
    const qsizetype cost = image->sizeInBytes();
    m_cache.insert(key, image, cost);
    return m_cache.object(key);
}

} // namespace concord
