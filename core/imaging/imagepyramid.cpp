// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/imagepyramid.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace concord {

ImagePyramid::ImagePyramid(const cv::Mat &frame, int smallestSide)
{
    if (frame.empty())
        return;
    m_levels.push_back(frame);
    while (std::max(m_levels.back().cols, m_levels.back().rows) > smallestSide) {
        const cv::Mat &previous = m_levels.back();
        cv::Mat next;
        cv::resize(previous, next, cv::Size((previous.cols + 1) / 2, (previous.rows + 1) / 2), 0, 0,
                   cv::INTER_AREA);
        m_levels.push_back(next);
    }
}

int ImagePyramid::levelForScale(double scale) const
{
    if (m_levels.empty() || scale >= 1.0 || scale <= 0.0)
        return 0;
    const int level = int(std::floor(std::log2(1.0 / scale)));
    return std::clamp(level, 0, levelCount() - 1);
}

double ImagePyramid::levelFactor(int level) const
{
    if (m_levels.empty())
        return 1.0;
    return double(m_levels.front().cols) / double(m_levels[size_t(level)].cols);
}

} // namespace concord
