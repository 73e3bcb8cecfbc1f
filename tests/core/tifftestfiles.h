// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes the TIFF layouts Concord reads by tile, with libtiff, for tests and benchmarks.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <opencv2/core.hpp>

#include <tiffio.h>

#include <bit>
#include <functional>
#include <vector>

namespace concord::testing {

struct TiffWriteOptions
{
    bool tiled = true;
    int tileSize = 256;    // when tiled
    int rowsPerStrip = 16; // when striped
    bool bigTiff = false;
    quint16 compression = COMPRESSION_NONE;
    bool minIsWhite = false;
    // Reduced copies, each half the one before, written as further main directories.
    int reducedCopies = 0;
};

// Fills one block of the full-resolution image; `rect` is in image pixels. Lets a benchmark
// write a gigapixel file without holding it in memory.
using BlockPainter = std::function<void(cv::Mat &block, const cv::Rect &rect)>;

namespace detail {

inline bool writeDirectory(TIFF *tiff, cv::Size size, int type, const TiffWriteOptions &options,
                           bool reduced, const BlockPainter &paint)
{
    const int channels = CV_MAT_CN(type);
    const int depth = CV_MAT_DEPTH(type);
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, quint32(size.width));
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, quint32(size.height));
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, quint16(channels));
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, quint16(depth == CV_8U ? 8 : 16));
    TIFFSetField(tiff, TIFFTAG_SAMPLEFORMAT,
                 quint16(depth == CV_16S ? SAMPLEFORMAT_INT : SAMPLEFORMAT_UINT));
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, quint16(PLANARCONFIG_CONTIG));
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC,
                 quint16(channels == 3        ? PHOTOMETRIC_RGB
                         : options.minIsWhite ? PHOTOMETRIC_MINISWHITE
                                              : PHOTOMETRIC_MINISBLACK));
    TIFFSetField(tiff, TIFFTAG_COMPRESSION, options.compression);
    if (reduced)
        TIFFSetField(tiff, TIFFTAG_SUBFILETYPE, quint32(FILETYPE_REDUCEDIMAGE));
    const int blockWidth = options.tiled ? options.tileSize : size.width;
    const int blockHeight = options.tiled ? options.tileSize : options.rowsPerStrip;
    if (options.tiled) {
        TIFFSetField(tiff, TIFFTAG_TILEWIDTH, quint32(blockWidth));
        TIFFSetField(tiff, TIFFTAG_TILELENGTH, quint32(blockHeight));
    } else {
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, quint32(blockHeight));
    }
    cv::Mat block(blockHeight, blockWidth, type);
    for (int y = 0; y < size.height; y += blockHeight) {
        for (int x = 0; x < (options.tiled ? size.width : 1); x += blockWidth) {
            block.setTo(cv::Scalar::all(0));
            const cv::Rect rect =
                cv::Rect(x, y, blockWidth, blockHeight) & cv::Rect(0, 0, size.width, size.height);
            cv::Mat inside = block(cv::Rect(0, 0, rect.width, rect.height));
            paint(inside, rect);
            const tmsize_t bytes =
                tmsize_t((options.tiled ? blockHeight : rect.height) * block.step[0]);
            const tmsize_t written =
                options.tiled
                    ? TIFFWriteEncodedTile(tiff,
                                           TIFFComputeTile(tiff, quint32(x), quint32(y), 0, 0),
                                           block.data, bytes)
                    : TIFFWriteEncodedStrip(tiff, TIFFComputeStrip(tiff, quint32(y), 0), block.data,
                                            bytes);
            if (written < 0)
                return false;
        }
    }
    return TIFFWriteDirectory(tiff) == 1;
}

} // namespace detail

// Writes a `size` image of `type` painted block by block, and its reduced copies (each the
// area average of the full image, computed by `reducedPaint` from the level's factor).
inline bool
writeTiff(const QString &path, cv::Size size, int type, const TiffWriteOptions &options,
          const BlockPainter &paint,
          const std::function<void(cv::Mat &, const cv::Rect &, int factor)> &reducedPaint = {})
{
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), options.bigTiff ? "w8" : "w");
    if (!tiff)
        return false;
    bool ok = detail::writeDirectory(tiff, size, type, options, false, paint);
    cv::Size reducedSize = size;
    for (int copy = 1; ok && copy <= options.reducedCopies; ++copy) {
        reducedSize = cv::Size((reducedSize.width + 1) / 2, (reducedSize.height + 1) / 2);
        const int factor = 1 << copy;
        ok = detail::writeDirectory(
            tiff, reducedSize, type, options, true,
            [&](cv::Mat &block, const cv::Rect &rect) { reducedPaint(block, rect, factor); });
    }
    TIFFClose(tiff);
    return ok;
}

// Writes `image` whole, and its reduced copies as ImagePyramid computes them.
inline bool writeTiff(const QString &path, const cv::Mat &image, const TiffWriteOptions &options,
                      const std::vector<cv::Mat> &reducedCopies = {})
{
    TiffWriteOptions withCopies = options;
    withCopies.reducedCopies = int(reducedCopies.size());
    return writeTiff(
        path, image.size(), image.type(), withCopies,
        [&](cv::Mat &block, const cv::Rect &rect) { image(rect).copyTo(block); },
        [&](cv::Mat &block, const cv::Rect &rect, int factor) {
            const cv::Mat &copy = reducedCopies[size_t(std::countr_zero(unsigned(factor)) - 1)];
            copy(rect).copyTo(block);
        });
}

} // namespace concord::testing
