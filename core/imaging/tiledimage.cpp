// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/tiledimage.h"

#include "core/imaging/arearesample.h"
#include "core/imaging/imagepyramid.h"
#include "core/util/translation.h"

#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cmath>
#include <thread>

namespace concord {

namespace {

// Cache keys: file blocks have the top bit set; computed tiles do not.
constexpr quint64 BlockKey = quint64(1) << 63;

quint64 cacheKey(int level, int x, int y)
{
    return (quint64(level) << 58) | (quint64(y) << 29) | quint64(x);
}

// Whether a file level reduced by `fileFactor` is the viewer's level reduced by `factor`.
bool sameReduction(double fileFactor, double factor)
{
    return std::abs(fileFactor - factor) <= 0.01 * factor;
}

qint64 byteCost(const cv::Mat &mat)
{
    return qint64(mat.total()) * qint64(mat.elemSize());
}

} // namespace

TiledImage::~TiledImage() = default;

Expected<std::shared_ptr<TiledImage>> TiledImage::open(const QString &path,
                                                       const OpenOptions &options)
{
    Expected<std::vector<TiffLevelLayout>> layouts = readTiffLevels(path);
    if (!layouts)
        return layouts.error();
    std::shared_ptr<TiledImage> image(new TiledImage);
    image->m_path = path;
    const TiffLevelLayout &full = layouts->front();
    image->m_width = full.width;
    image->m_height = full.height;
    image->m_cvType = full.cvType;
    image->m_minIsWhite = full.minIsWhite;
    for (const TiffLevelLayout &layout : *layouts) {
        Expected<std::unique_ptr<TiffLevelReader>> reader = TiffLevelReader::open(path, layout);
        if (!reader)
            return reader.error();
        image->m_fileLevels.push_back(std::move(*reader));
        image->m_fileFactors.push_back(double(full.width) / layout.width);
    }
    image->m_levelSizes = ImagePyramid::levelSizes(cv::Size(full.width, full.height));
    if (MaybeError error = image->decodeResidentLevels(options))
        return *error;
    return image;
}

MaybeError TiledImage::decodeResidentLevels(const OpenOptions &options)
{
    const int coarsest = levelCount() - 1;
    // The base is the coarsest file level not smaller than the viewer's coarsest level (the
    // area average only shrinks). Level 0 always qualifies.
    int base = 0;
    for (int j = 1; j < int(m_fileLevels.size()); ++j) {
        if (m_fileFactors[size_t(j)] <= reduction(coarsest) * 1.01)
            base = j;
    }
    // The first resident level: the finest at most ResidentPixels and no finer than the base.
    int first = 0;
    while (first < coarsest &&
           (qint64(m_levelSizes[size_t(first)].area()) > options.residentPixels ||
            reduction(first) < m_fileFactors[size_t(base)] * 0.99))
        ++first;
    const cv::Size target = m_levelSizes[size_t(first)];
    TiffLevelReader &reader = *m_fileLevels[size_t(base)];
    const TiffLevelLayout &layout = reader.layout();
    // Base pixels per resident pixel; 1 when the file holds the level itself.
    const double step = std::max(1.0, double(layout.width) / target.width);

    // One pass over the base in chunks of whole target rows, about two rows of blocks each, so
    // each block is decoded once when the reduction divides the block height (and at most twice
    // otherwise). Threads take chunks in turn, each through its own libtiff handle.
    const int chunkRows = std::max(1, int(std::ceil(2.0 * layout.blockHeight / step)));
    const int chunkCount = (target.height + chunkRows - 1) / chunkRows;
    cv::Mat resident(target, m_cvType, cv::Scalar::all(0));
    std::atomic<int> nextChunk{0};
    std::atomic<qint64> blocks{0};
    std::mutex errorMutex;
    MaybeError firstError;
    auto fail = [&](FileError error) {
        std::lock_guard lock(errorMutex);
        if (!firstError)
            firstError = std::move(error);
        nextChunk = chunkCount; // the others stop at their next chunk
    };
    auto work = [&](TiffLevelReader &chunkReader) {
        for (int chunk = nextChunk++; chunk < chunkCount; chunk = nextChunk++) {
            if (options.cancelled && options.cancelled())
                return fail(FileError{m_path, concord::tr("opening was cancelled")});
            const int firstRow = chunk * chunkRows;
            const int endRow = std::min(target.height, firstRow + chunkRows);
            const int top = int(std::floor(firstRow * step));
            const int bottom = std::min(layout.height, int(std::ceil(endRow * step)));
            Expected<cv::Mat> band =
                chunkReader.readRegion(cv::Rect(0, top, layout.width, bottom - top));
            if (!band)
                return fail(band.error());
            blocks += qint64(layout.blocksAcross()) *
                      ((bottom - 1) / layout.blockHeight - top / layout.blockHeight + 1);
            resampleArea(*band, {0.0, firstRow * step - top}, step,
                         cv::Size(target.width, endRow - firstRow))
                .copyTo(resident.rowRange(firstRow, endRow));
        }
    };
    std::vector<std::unique_ptr<TiffLevelReader>> helpers;
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    for (int t = 1; t < std::min(threads, chunkCount); ++t) {
        Expected<std::unique_ptr<TiffLevelReader>> extra = TiffLevelReader::open(m_path, layout);
        if (!extra)
            return extra.error();
        helpers.push_back(std::move(*extra));
    }
    std::vector<std::thread> running;
    running.reserve(helpers.size());
    for (const std::unique_ptr<TiffLevelReader> &helper : helpers)
        running.emplace_back(work, std::ref(*helper));
    work(reader);
    for (std::thread &thread : running)
        thread.join();
    if (firstError)
        return firstError;
    m_blocksDecoded = blocks;

    m_firstResident = first;
    m_resident.assign(size_t(levelCount()), cv::Mat());
    // Below the first resident level the levels are the in-memory pyramid's own.
    const ImagePyramid coarse(resident);
    for (int level = first; level < levelCount(); ++level)
        m_resident[size_t(level)] = coarse.level(level - first);
    return std::nullopt;
}

size_t TiledImage::memoryBytes() const
{
    size_t bytes = size_t(CacheBytes);
    for (const cv::Mat &level : m_resident)
        bytes += level.total() * level.elemSize();
    return bytes;
}

cv::Mat TiledImage::region(int level, const cv::Rect &rect) const
{
    const cv::Size size = levelSize(level);
    const cv::Rect inside = rect & cv::Rect(0, 0, size.width, size.height);
    if (level >= m_firstResident)
        return m_resident[size_t(level)](inside);
    return *assembleBlocks(
        inside, cv::Size(TileSize, TileSize), m_cvType,
        [&](int tx, int ty) -> std::optional<cv::Mat> { return tile(level, tx, ty); });
}

cv::Mat TiledImage::tile(int level, int tx, int ty) const
{
    const quint64 key = cacheKey(level, tx, ty);
    {
        std::lock_guard lock(m_mutex);
        if (const cv::Mat *cached = m_cache.object(key))
            return *cached;
    }
    const cv::Size size = levelSize(level);
    const cv::Rect rect = cv::Rect(tx * TileSize, ty * TileSize, TileSize, TileSize) &
                          cv::Rect(0, 0, size.width, size.height);
    // A level the file holds is cached as its blocks; only computed tiles are cached here.
    for (size_t j = 0; j < m_fileLevels.size(); ++j) {
        if (sameReduction(m_fileFactors[j], reduction(level))) {
            cv::Mat read(rect.size(), m_cvType, cv::Scalar::all(0));
            const cv::Mat found = fileRegion(int(j), rect);
            found.copyTo(read(cv::Rect(0, 0, found.cols, found.rows)));
            return read;
        }
    }
    cv::Mat computed = computeTile(level, rect);
    std::lock_guard lock(m_mutex);
    m_cache.insert(key, new cv::Mat(computed), byteCost(computed));
    return computed;
}

cv::Mat TiledImage::computeTile(int level, const cv::Rect &rect) const
{
    // From the coarsest file level that is still finer than the level: the fewest pixels.
    size_t source = 0;
    for (size_t j = 1; j < m_fileLevels.size(); ++j) {
        if (m_fileFactors[j] < reduction(level))
            source = j;
    }
    const double step = reduction(level) / m_fileFactors[source];
    const TiffLevelLayout &layout = m_fileLevels[source]->layout();
    const cv::Rect needed =
        cv::Rect(
            cv::Point(int(std::floor(rect.x * step)), int(std::floor(rect.y * step))),
            cv::Point(int(std::ceil(rect.br().x * step)), int(std::ceil(rect.br().y * step)))) &
        cv::Rect(0, 0, layout.width, layout.height);
    const cv::Mat pixels = fileRegion(int(source), needed);
    return resampleArea(pixels, {rect.x * step - needed.x, rect.y * step - needed.y}, step,
                        rect.size());
}

cv::Mat TiledImage::fileRegion(int fileLevel, const cv::Rect &rect) const
{
    const TiffLevelLayout &l = m_fileLevels[size_t(fileLevel)]->layout();
    // A damaged block comes back empty: its part stays black, and lastError() says why.
    return *assembleBlocks(
        rect & cv::Rect(0, 0, l.width, l.height), cv::Size(l.blockWidth, l.blockHeight), m_cvType,
        [&](int bx, int by) -> std::optional<cv::Mat> { return cachedBlock(fileLevel, bx, by); });
}

cv::Mat TiledImage::cachedBlock(int fileLevel, int bx, int by) const
{
    const quint64 key = BlockKey | cacheKey(fileLevel, bx, by);
    {
        std::lock_guard lock(m_mutex);
        if (const cv::Mat *cached = m_cache.object(key))
            return *cached;
    }
    Expected<cv::Mat> block = m_fileLevels[size_t(fileLevel)]->readBlock(bx, by);
    std::lock_guard lock(m_mutex);
    ++m_blocksDecoded;
    if (!block) {
        m_lastError = block.error().toString();
        return {};
    }
    // Blocks of the right and bottom edges are views into a whole decoded block: keep only
    // their own pixels.
    cv::Mat kept = block->isContinuous() ? *block : block->clone();
    m_cache.insert(key, new cv::Mat(kept), byteCost(kept));
    return kept;
}

QString TiledImage::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

qint64 TiledImage::blocksDecoded() const
{
    std::lock_guard lock(m_mutex);
    return m_blocksDecoded;
}

} // namespace concord
