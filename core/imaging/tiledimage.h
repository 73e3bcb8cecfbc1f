// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/tiffblocks.h"
#include "core/util/error.h"

#include <QCache>
#include <QString>

#include <opencv2/core.hpp>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace concord {

// A raster too big to decode whole, read by tile: the levels of detail the viewer asks for
// (level k is the image shrunk by 2^k, ceil-rounded, down to 512 pixels a side, as in
// ImagePyramid) come from the file's own reduced copies where it has them, and otherwise from
// the nearest finer one by area averaging. The coarse levels (at most `ResidentPixels` each)
// are decoded once on opening and kept; finer ones are read a tile at a time through a cache
// of bounded size, so memory follows the screen, not the image. docs/viewer.md, "Big rasters".
// Thread safe: every member may be called from any thread.
class TiledImage
{
public:
    // Pixels of the largest level kept whole in memory: 16 MB for 8-bit grey.
    static constexpr qint64 ResidentPixels = qint64(4096) * 4096;
    static constexpr int TileSize = 256;
    // Bytes of decoded file blocks and of computed tiles kept for reuse.
    static constexpr qint64 CacheBytes = qint64(160) * 1024 * 1024;

    ~TiledImage();

    struct OpenOptions
    {
        // Tests lower it to read small files by tile.
        qint64 residentPixels = ResidentPixels;
        // Polled between rows of blocks while the coarse levels are decoded, from the threads
        // that decode them.
        std::function<bool()> cancelled;
    };

    // Opens the TIFF at `path` and decodes its coarse levels, which reads the whole of the
    // coarsest copy the file has (all of it, for a file without reduced copies). Returns an
    // error naming the file when it cannot be read by tile or a block of it is damaged.
    static Expected<std::shared_ptr<TiledImage>> open(const QString &path,
                                                      const OpenOptions &options);
    static Expected<std::shared_ptr<TiledImage>> open(const QString &path)
    {
        return open(path, OpenOptions{});
    }

    int width() const { return m_width; }
    int height() const { return m_height; }
    int cvType() const { return m_cvType; }
    bool minIsWhite() const { return m_minIsWhite; }
    int levelCount() const { return int(m_levelSizes.size()); }
    cv::Size levelSize(int level) const { return m_levelSizes[size_t(level)]; }
    // How many reduced copies the file itself has (0 for a plain tiled or striped image).
    int fileLevelCount() const { return int(m_fileLevels.size()) - 1; }
    // The whole coarsest level, always in memory: for window percentiles and overviews.
    const cv::Mat &overview() const { return m_resident.back(); }
    // Memory this image may hold at most: its resident levels plus a full cache.
    size_t memoryBytes() const;

    // The pixels of `rect` at `level`, clipped to the level. A damaged block reads as zeros and
    // sets lastError(), so the view shows what it can.
    cv::Mat region(int level, const cv::Rect &rect) const;
    QString lastError() const;
    // File blocks decoded so far, so tests can check that a view reads only what it shows.
    qint64 blocksDecoded() const;

private:
    TiledImage() = default;
    MaybeError decodeResidentLevels(const OpenOptions &options);
    // Full-resolution pixels per pixel of `level`, as ImagePyramid::levelFactor() counts them.
    double reduction(int level) const { return double(m_width) / levelSize(level).width; }
    cv::Mat tile(int level, int tx, int ty) const;
    cv::Mat computeTile(int level, const cv::Rect &rect) const;
    cv::Mat fileRegion(int fileLevel, const cv::Rect &rect) const;
    cv::Mat cachedBlock(int fileLevel, int bx, int by) const;

    QString m_path;
    int m_width = 0;
    int m_height = 0;
    int m_cvType = CV_8UC1;
    bool m_minIsWhite = false;
    std::vector<cv::Size> m_levelSizes;
    // The file's own levels, largest first, and the reduction of each against the first.
    std::vector<std::unique_ptr<TiffLevelReader>> m_fileLevels;
    std::vector<double> m_fileFactors;
    // Index: level. Empty for levels read by tile; the coarse levels are whole.
    std::vector<cv::Mat> m_resident;
    int m_firstResident = 0;

    mutable std::mutex m_mutex; // guards the cache and the counters below
    mutable QCache<quint64, cv::Mat> m_cache{CacheBytes};
    mutable QString m_lastError;
    mutable qint64 m_blocksDecoded = 0;
};

} // namespace concord
