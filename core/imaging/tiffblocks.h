// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

#include <opencv2/core.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace concord {

// How one resolution level of a TIFF file is stored: its size, its pixel type and the blocks
// (tiles, or strips of whole rows) libtiff decodes one at a time. docs/viewer.md, "Big rasters".
struct TiffLevelLayout
{
    int directory = 0;  // index in the file's chain of image directories
    quint64 subIfd = 0; // offset of a SubIFD holding the level, or 0 for a main directory
    int width = 0;
    int height = 0;
    int blockWidth = 0;  // the tile width, or the image width for strips
    int blockHeight = 0; // the tile height, or the rows per strip
    bool tiled = false;
    int samples = 1;      // samples per pixel as stored (an alpha sample is dropped on reading)
    int cvType = CV_8UC1; // what a decoded block becomes: 8 or 16 bits, 1 or 3 channels
    bool minIsWhite = false;

    int blocksAcross() const { return (width + blockWidth - 1) / blockWidth; }
    int blocksDown() const { return (height + blockHeight - 1) / blockHeight; }
};

struct TiffHandle; // a libtiff handle and its last message (tiffblocks.cpp)

// One level of a TIFF file, open at its directory, decoding one block at a time. libtiff's
// handles are not thread safe, so each reader serialises its own calls; readers of one file
// are independent and may decode in parallel.
class TiffLevelReader
{
public:
    ~TiffLevelReader();
    TiffLevelReader(const TiffLevelReader &) = delete;
    TiffLevelReader &operator=(const TiffLevelReader &) = delete;

    // Opens `path` at the level `layout` describes (as readTiffLevels() found it).
    static Expected<std::unique_ptr<TiffLevelReader>> open(const QString &path,
                                                           const TiffLevelLayout &layout);

    const TiffLevelLayout &layout() const { return m_layout; }
    // The block (bx, by), cut to the image: blocks on the right and bottom edges are smaller.
    Expected<cv::Mat> readBlock(int bx, int by);
    // The level's pixels in `rect` (inside the level), assembled from the blocks it touches.
    Expected<cv::Mat> readRegion(const cv::Rect &rect);

private:
    TiffLevelReader(QString path, TiffLevelLayout layout);

    QString m_path;
    TiffLevelLayout m_layout;
    std::unique_ptr<TiffHandle> m_handle;
    std::mutex m_mutex;
};

// The pixels of `inside` assembled from the blocks of a grid of `blockSize` that it touches,
// in `type`. `blockOf(bx, by)` gives a block, cut to the image as TiffLevelReader::readBlock()
// does: an empty Mat leaves its part zero, std::nullopt stops and returns std::nullopt. One
// loop for the blocks of a file level and the tiles of a computed level.
template <typename BlockOf>
std::optional<cv::Mat> assembleBlocks(const cv::Rect &inside, cv::Size blockSize, int type,
                                      const BlockOf &blockOf)
{
    cv::Mat out(inside.size(), type, cv::Scalar::all(0));
    if (inside.empty())
        return out;
    for (int by = inside.y / blockSize.height; by <= (inside.br().y - 1) / blockSize.height; ++by) {
        for (int bx = inside.x / blockSize.width; bx <= (inside.br().x - 1) / blockSize.width;
             ++bx) {
            const std::optional<cv::Mat> block = blockOf(bx, by);
            if (!block)
                return std::nullopt;
            if (block->empty())
                continue;
            const cv::Rect blockRect(bx * blockSize.width, by * blockSize.height, block->cols,
                                     block->rows);
            const cv::Rect shared = blockRect & inside;
            (*block)(shared - blockRect.tl()).copyTo(out(shared - inside.tl()));
        }
    }
    return out;
}

// The levels of a TIFF or BigTIFF file Concord can read block by block: the first image, then
// each smaller copy of it (a reduced-resolution directory or SubIFD with the same aspect ratio
// and pixel type), largest first. Labels, macros and thumbnails of another shape are left out.
// Refuses what only a whole-image decoder handles (1-bit or float samples, separate planes,
// YCbCr other than JPEG) with a message naming the file.
Expected<std::vector<TiffLevelLayout>> readTiffLevels(const QString &path);

// Whether `path` starts like a TIFF or BigTIFF file (either byte order).
bool hasTiffSignature(const QString &path);

} // namespace concord
