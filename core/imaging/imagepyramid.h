// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace concord {

class TiledImage;

// Levels of detail of one frame: level 0 is the frame itself, each next level halves width and
// height (rounding up) with area averaging, down to a level that fits in `smallestSide` pixels.
// Keeps the stored depth so window/level still applies per tile.
//
// Two kinds: a frame held in memory (level 0 shared, not copied; the smaller levels cost a third
// of it on top), or a TiledImage too big to decode whole, whose levels are read a region at a
// time (docs/viewer.md, "Big rasters"). The viewer asks only for regions, so it treats both
// alike.
class ImagePyramid
{
public:
    ImagePyramid() = default;
    explicit ImagePyramid(const cv::Mat &frame, int smallestSide = 512);
    explicit ImagePyramid(std::shared_ptr<const TiledImage> tiled);

    // The sizes of the levels of a frame of `size`: the rule both kinds follow.
    static std::vector<cv::Size> levelSizes(cv::Size size, int smallestSide = 512);

    int levelCount() const;
    bool isEmpty() const { return levelCount() == 0; }
    bool isTiled() const { return m_tiled != nullptr; }
    cv::Size levelSize(int level) const;
    int depth() const;    // CV_8U, CV_16U or CV_16S
    int channels() const; // 1 or 3

    // The stored pixels of `rect` at `level`, clipped to the level: a view into memory, or read
    // by tile. Cheap for a view; bounded by the rectangle's size when read.
    cv::Mat region(int level, const cv::Rect &rect) const;
    // The whole coarsest level (at most `smallestSide` a side): enough for window percentiles.
    cv::Mat coarsest() const;
    // The whole of a level held in memory. Empty for a tiled image, whose levels may not fit;
    // callers that need every pixel (the mask tools) are then unavailable.
    const cv::Mat &level(int index) const;

    // The coarsest level that still has at least one stored pixel per screen pixel at `scale`
    // (screen pixels per full-resolution pixel). Scale 1 and above use level 0.
    int levelForScale(double scale) const;
    // How many full-resolution pixels one pixel of `level` covers along each axis.
    double levelFactor(int level) const;

    // Memory this pyramid holds beside its frame: the reduced levels (level 0 is the frame
    // itself, shared), or for a tiled image its resident levels plus a full block cache.
    size_t bytesBesideFrame() const;

private:
    std::vector<cv::Mat> m_levels;
    std::shared_ptr<const TiledImage> m_tiled;
};

} // namespace concord
