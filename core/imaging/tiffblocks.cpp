// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/tiffblocks.h"

#include "core/util/translation.h"

#include <QFile>

#include <opencv2/imgproc.hpp>

#include <tiffio.h>

#include <cmath>
#include <cstdarg>
#include <cstdio>

namespace concord {

namespace {

// A single allocation libtiff may make for one block or directory: far above any real tile or
// strip, far below what a hostile header could ask for.
constexpr tmsize_t MaxSingleAllocation = tmsize_t(256) * 1024 * 1024;
// A side beyond this is a hostile or broken header, not an image (a million pixels a side is
// a terapixel).
constexpr quint32 MaxSide = 1u << 20;

// libtiff reports through callbacks; each handle keeps its last message so the error a user
// sees says what libtiff found, and nothing is printed to stderr behind the window's back.
int keepMessage(TIFF *, void *userData, const char *module, const char *format, va_list args)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    auto *message = static_cast<QString *>(userData);
    *message = module && *module ? QStringLiteral("%1: %2").arg(QString::fromUtf8(module),
                                                                QString::fromUtf8(text))
                                 : QString::fromUtf8(text);
    return 1;
}

int ignoreWarning(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

} // namespace

struct TiffHandle
{
    TIFF *tiff = nullptr;
    QString lastError;

    ~TiffHandle()
    {
        if (tiff)
            TIFFClose(tiff);
    }

    bool open(const QString &path)
    {
        TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
        TIFFOpenOptionsSetMaxSingleMemAlloc(options, MaxSingleAllocation);
        TIFFOpenOptionsSetErrorHandlerExtR(options, keepMessage, &lastError);
        TIFFOpenOptionsSetWarningHandlerExtR(options, ignoreWarning, nullptr);
        // "m": no memory mapping, so a file truncated while open is a read error, not SIGBUS.
        tiff = TIFFOpenExt(QFile::encodeName(path).constData(), "rm", options);
        TIFFOpenOptionsFree(options);
        return tiff != nullptr;
    }

    QString error(const QString &fallback) const
    {
        return lastError.isEmpty() ? fallback : lastError;
    }
};

namespace {

template <typename T> T field(TIFF *tiff, ttag_t tag, T fallback)
{
    T value{};
    return TIFFGetFieldDefaulted(tiff, tag, &value) == 1 ? value : fallback;
}

// The layout of the directory libtiff is at, or why it cannot be read block by block.
Expected<TiffLevelLayout> describeDirectory(TIFF *tiff, const QString &path)
{
    TiffLevelLayout layout;
    const quint32 width = field<quint32>(tiff, TIFFTAG_IMAGEWIDTH, 0);
    const quint32 height = field<quint32>(tiff, TIFFTAG_IMAGELENGTH, 0);
    if (width == 0 || height == 0 || width > MaxSide || height > MaxSide)
        return FileError{
            path, concord::tr("TIFF image size %1 x %2 is not plausible").arg(width).arg(height)};
    layout.width = int(width);
    layout.height = int(height);
    const quint16 bits = field<quint16>(tiff, TIFFTAG_BITSPERSAMPLE, 1);
    const quint16 format = field<quint16>(tiff, TIFFTAG_SAMPLEFORMAT, SAMPLEFORMAT_UINT);
    const quint16 samples = field<quint16>(tiff, TIFFTAG_SAMPLESPERPIXEL, 1);
    const quint16 planar = field<quint16>(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    const quint16 photometric = field<quint16>(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    const quint16 compression = field<quint16>(tiff, TIFFTAG_COMPRESSION, COMPRESSION_NONE);
    if ((bits != 8 && bits != 16) || (format != SAMPLEFORMAT_UINT && format != SAMPLEFORMAT_INT) ||
        (format == SAMPLEFORMAT_INT && bits != 16))
        return FileError{path, concord::tr("TIFF samples of %1 bits (format %2) are not read by "
                                           "tile")
                                   .arg(bits)
                                   .arg(format)};
    if (planar != PLANARCONFIG_CONTIG || samples < 1 || samples > 4)
        return FileError{path, concord::tr("TIFF with %1 separate sample planes is not read by "
                                           "tile")
                                   .arg(samples)};
    if (!TIFFIsCODECConfigured(compression))
        return FileError{path,
                         concord::tr("TIFF compression %1 is not supported").arg(compression)};
    if (photometric == PHOTOMETRIC_YCBCR) {
        if (compression != COMPRESSION_JPEG)
            return FileError{path, concord::tr("TIFF YCbCr without JPEG is not read by tile")};
        // libjpeg converts to RGB while decoding; the block sizes then count RGB samples.
        TIFFSetField(tiff, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
    } else if (photometric != PHOTOMETRIC_MINISBLACK && photometric != PHOTOMETRIC_MINISWHITE &&
               photometric != PHOTOMETRIC_RGB) {
        return FileError{
            path,
            concord::tr("TIFF photometric interpretation %1 is not read by tile").arg(photometric)};
    }
    layout.samples = samples;
    layout.minIsWhite = photometric == PHOTOMETRIC_MINISWHITE;
    const int depth = bits == 8 ? CV_8U : (format == SAMPLEFORMAT_INT ? CV_16S : CV_16U);
    layout.cvType = CV_MAKETYPE(depth, samples >= 3 ? 3 : 1);
    layout.tiled = TIFFIsTiled(tiff) != 0;
    if (layout.tiled) {
        layout.blockWidth = int(field<quint32>(tiff, TIFFTAG_TILEWIDTH, 0));
        layout.blockHeight = int(field<quint32>(tiff, TIFFTAG_TILELENGTH, 0));
    } else {
        layout.blockWidth = layout.width;
        layout.blockHeight =
            int(std::min<quint32>(field<quint32>(tiff, TIFFTAG_ROWSPERSTRIP, height), height));
    }
    if (layout.blockWidth <= 0 || layout.blockHeight <= 0 || layout.blockWidth > int(MaxSide) ||
        layout.blockHeight > int(MaxSide))
        return FileError{path, concord::tr("TIFF tiles or strips have no plausible size")};
    return layout;
}

// Whether `candidate` is a smaller copy of `full`: same pixel type, same shape within a pixel
// of rounding, and smaller.
bool isReducedCopy(const TiffLevelLayout &candidate, const TiffLevelLayout &full)
{
    if (candidate.cvType != full.cvType || candidate.width >= full.width)
        return false;
    const double factor = double(full.width) / candidate.width;
    return std::abs(full.height / factor - candidate.height) <= 1.0 + 0.01 * candidate.height;
}

} // namespace

bool hasTiffSignature(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head == QByteArrayLiteral("II*\0") || head == QByteArrayLiteral("MM\0*") ||
           head == QByteArrayLiteral("II+\0") || head == QByteArrayLiteral("MM\0+");
}

Expected<std::vector<TiffLevelLayout>> readTiffLevels(const QString &path)
{
    TiffHandle handle;
    if (!handle.open(path))
        return FileError{path, handle.error(concord::tr("not a readable TIFF file"))};
    Expected<TiffLevelLayout> first = describeDirectory(handle.tiff, path);
    if (!first)
        return first.error();
    std::vector<TiffLevelLayout> levels{*first};

    // SubIFDs of the first image (OME-TIFF's pyramid) come first; then the main chain (the
    // layout of Aperio and of libvips' and tifffile's pyramids).
    std::vector<quint64> subIfds;
    quint16 subIfdCount = 0;
    void *offsets = nullptr;
    if (TIFFGetField(handle.tiff, TIFFTAG_SUBIFD, &subIfdCount, &offsets) == 1 && offsets)
        subIfds.assign(static_cast<const quint64 *>(offsets),
                       static_cast<const quint64 *>(offsets) + subIfdCount);
    for (quint64 offset : subIfds) {
        if (TIFFSetSubDirectory(handle.tiff, offset) != 1)
            break;
        Expected<TiffLevelLayout> level = describeDirectory(handle.tiff, path);
        if (level && isReducedCopy(*level, levels.front())) {
            level->subIfd = offset;
            levels.push_back(*level);
        }
    }
    // A chain longer than this is a loop or a hostile file; real pyramids have about a dozen.
    constexpr int MaxDirectories = 64;
    for (int directory = 1; directory < MaxDirectories; ++directory) {
        if (TIFFSetDirectory(handle.tiff, tdir_t(directory)) != 1)
            break;
        Expected<TiffLevelLayout> level = describeDirectory(handle.tiff, path);
        if (level && isReducedCopy(*level, levels.front())) {
            level->directory = directory;
            levels.push_back(*level);
        }
    }
    std::sort(levels.begin() + 1, levels.end(),
              [](const TiffLevelLayout &a, const TiffLevelLayout &b) { return a.width > b.width; });
    return levels;
}

TiffLevelReader::TiffLevelReader(QString path, TiffLevelLayout layout)
    : m_path(std::move(path))
    , m_layout(layout)
    , m_handle(std::make_unique<TiffHandle>())
{}

TiffLevelReader::~TiffLevelReader() = default;

Expected<std::unique_ptr<TiffLevelReader>> TiffLevelReader::open(const QString &path,
                                                                 const TiffLevelLayout &layout)
{
    std::unique_ptr<TiffLevelReader> reader(new TiffLevelReader(path, layout));
    TIFF *&tiff = reader->m_handle->tiff;
    if (!reader->m_handle->open(path))
        return FileError{path, reader->m_handle->error(concord::tr("not a readable TIFF file"))};
    const bool positioned = layout.subIfd != 0
                                ? TIFFSetSubDirectory(tiff, layout.subIfd) == 1
                                : TIFFSetDirectory(tiff, tdir_t(layout.directory)) == 1;
    if (!positioned)
        return FileError{path, reader->m_handle->error(concord::tr("TIFF level is unreadable"))};
    Expected<TiffLevelLayout> found = describeDirectory(tiff, path); // sets the JPEG colour mode
    if (!found)
        return found.error();
    if (found->width != layout.width || found->height != layout.height ||
        found->cvType != layout.cvType)
        return FileError{path, concord::tr("the TIFF file changed while it was open")};
    return reader;
}

Expected<cv::Mat> TiffLevelReader::readBlock(int bx, int by)
{
    const TiffLevelLayout &l = m_layout;
    const int x = bx * l.blockWidth;
    const int y = by * l.blockHeight;
    if (bx < 0 || by < 0 || x >= l.width || y >= l.height)
        return FileError{m_path,
                         concord::tr("TIFF block %1, %2 is outside the image").arg(bx).arg(by)};
    const int depth = CV_MAT_DEPTH(l.cvType);
    // Whole tiles are decoded even at the edges; strips stop at the last row.
    cv::Mat stored(l.blockHeight, l.blockWidth, CV_MAKETYPE(depth, l.samples));
    {
        std::lock_guard lock(m_mutex);
        TIFF *tiff = m_handle->tiff;
        m_handle->lastError.clear();
        const tmsize_t capacity = tmsize_t(stored.total() * stored.elemSize());
        const tmsize_t read =
            l.tiled ? TIFFReadEncodedTile(tiff, TIFFComputeTile(tiff, quint32(x), quint32(y), 0, 0),
                                          stored.data, capacity)
                    : TIFFReadEncodedStrip(tiff, TIFFComputeStrip(tiff, quint32(y), 0), stored.data,
                                           capacity);
        if (read < 0)
            return FileError{
                m_path,
                m_handle->error(concord::tr("TIFF block %1, %2 is unreadable").arg(bx).arg(by))};
    }
    cv::Mat block = stored(
        cv::Rect(0, 0, std::min(l.blockWidth, l.width - x), std::min(l.blockHeight, l.height - y)));
    if (l.samples == 2) { // grey and alpha: keep the grey
        cv::Mat grey;
        cv::extractChannel(block, grey, 0);
        return grey;
    }
    if (l.samples == 4) { // RGB and alpha
        cv::Mat rgb;
        cv::cvtColor(block, rgb, cv::COLOR_RGBA2RGB);
        return rgb;
    }
    return block;
}

Expected<cv::Mat> TiffLevelReader::readRegion(const cv::Rect &rect)
{
    const TiffLevelLayout &l = m_layout;
    MaybeError error;
    std::optional<cv::Mat> region = assembleBlocks(rect & cv::Rect(0, 0, l.width, l.height),
                                                   cv::Size(l.blockWidth, l.blockHeight), l.cvType,
                                                   [&](int bx, int by) -> std::optional<cv::Mat> {
                                                       Expected<cv::Mat> block = readBlock(bx, by);
                                                       if (!block) {
                                                           error = block.error();
                                                           return std::nullopt;
                                                       }
                                                       return *block;
                                                   });
    if (error)
        return *error;
    return *region;
}

} // namespace concord
