// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/imagepyramid.h"

#include "core/imaging/tiledimage.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace concord {

std::vector<cv::Size> ImagePyramid::levelSizes(cv::Size size, int smallestSide)
{
    std::vector<cv::Size> sizes{size};
    while (std::max(size.width, size.height) > smallestSide) {
        size = cv::Size((size.width + 1) / 2, (size.height + 1) / 2);
        sizes.push_back(size);
    }
    return sizes;
}

ImagePyramid::ImagePyramid(const cv::Mat &frame, int smallestSide)
{
    if (frame.empty())
        return;
    const std::vector<cv::Size> sizes = levelSizes(frame.size(), smallestSide);
    m_levels.push_back(frame);
    for (size_t level = 1; level < sizes.size(); ++level) {
        cv::Mat next;
        cv::resize(m_levels.back(), next, sizes[level], 0, 0, cv::INTER_AREA);
        m_levels.push_back(next);
    }
}

ImagePyramid::ImagePyramid(std::shared_ptr<const TiledImage> tiled)
    : m_tiled(std::move(tiled))
{}

size_t ImagePyramid::bytesBesideFrame() const
{
    if (m_tiled)
        return m_tiled->memoryBytes();
    size_t bytes = 0;
    for (size_t level = 1; level < m_levels.size(); ++level)
        bytes += m_levels[level].total() * m_levels[level].elemSize();
    return bytes;
}

int ImagePyramid::levelCount() const
{
    return m_tiled ? m_tiled->levelCount() : int(m_levels.size());
}

cv::Size ImagePyramid::levelSize(int level) const
{
    return m_tiled ? m_tiled->levelSize(level) : m_levels[size_t(level)].size();
}

int ImagePyramid::depth() const
{
    if (m_tiled)
        return CV_MAT_DEPTH(m_tiled->cvType());
    return m_levels.empty() ? CV_8U : m_levels.front().depth();
}

int ImagePyramid::channels() const
{
    if (m_tiled)
        return CV_MAT_CN(m_tiled->cvType());
    return m_levels.empty() ? 1 : m_levels.front().channels();
}

cv::Mat ImagePyramid::region(int level, const cv::Rect &rect) const
{
    if (m_tiled)
        return m_tiled->region(level, rect);
    const cv::Mat &whole = m_levels[size_t(level)];
    return whole(rect & cv::Rect(0, 0, whole.cols, whole.rows));
}

cv::Mat ImagePyramid::coarsest() const
{
    if (m_tiled)
        return m_tiled->overview();
    return m_levels.empty() ? cv::Mat() : m_levels.back();
}

const cv::Mat &ImagePyramid::level(int index) const
{
    static const cv::Mat none;
    return m_tiled ? none : m_levels[size_t(index)];
}

int ImagePyramid::levelForScale(double scale) const
{
    if (isEmpty() || scale >= 1.0 || scale <= 0.0)
        return 0;
    const int level = int(std::floor(std::log2(1.0 / scale)));
    return std::clamp(level, 0, levelCount() - 1);
}

double ImagePyramid::levelFactor(int level) const
{
    if (isEmpty())
        return 1.0;
    return double(levelSize(0).width) / double(levelSize(level).width);
}

} // namespace concord
