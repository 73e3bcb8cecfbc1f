// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace concord {

// Levels of detail of one frame: level 0 is the frame itself (shared, not copied), each next
// level halves width and height with area averaging, down to a level that fits in
// `smallestSide` pixels. Keeps the stored depth so window/level still applies per tile.
// Costs one third of the frame's memory on top of it.
class ImagePyramid
{
public:
    ImagePyramid() = default;
    explicit ImagePyramid(const cv::Mat &frame, int smallestSide = 512);

    int levelCount() const { return int(m_levels.size()); }
    const cv::Mat &level(int index) const { return m_levels[size_t(index)]; }
    bool isEmpty() const { return m_levels.empty(); }

    // The coarsest level that still has at least one stored pixel per screen pixel at `scale`
    // (screen pixels per full-resolution pixel). Scale 1 and above use level 0.
    int levelForScale(double scale) const;
    // How many full-resolution pixels one pixel of `level` covers along each axis.
    double levelFactor(int level) const;

private:
    std::vector<cv::Mat> m_levels;
};

} // namespace concord
