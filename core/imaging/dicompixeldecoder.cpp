// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicompixeldecoder.h"

#include "core/imaging/dicomattributereader.h"
#include "core/imaging/dicomheader.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QLocale>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cstring>

namespace concord {

namespace {

// Where each stored sample sits inside its allocated bits (PS3.5 8.1.1).
struct SampleFormat
{
    int bitsAllocated = 16;
    int bitsStored = 16;
    int shift = 0; // HighBit + 1 - BitsStored
    bool isSigned = false;

    int outputDepth() const
    {
        if (isSigned)
            return CV_16S; // signed 8-bit data widens; there is no CV_8S display path
        return bitsAllocated == 8 ? CV_8U : CV_16U;
    }
    // Samples fill their allocated bits exactly, so they can be copied as they are.
    bool isVerbatim() const
    {
        return shift == 0 && bitsStored == bitsAllocated && !(isSigned && bitsAllocated == 8);
    }
};

// Reads frames of Pixel Data as little-endian bytes straight from the file (or from memory when
// the value is already loaded, e.g. after decompression). DCMTK never holds a second copy of
// the whole value, so opening an image costs its frames and one frame of scratch at most.
class FrameReader
{
public:
    explicit FrameReader(DcmElement &element)
        : m_element(element)
    {}

    OFCondition read(qint64 offset, qint64 bytes, void *target)
    {
        return m_element.getPartialValue(target, Uint32(offset), Uint32(bytes), &m_cache,
                                         EBO_LittleEndian);
    }

private:
    DcmElement &m_element;
    DcmFileCache m_cache;
};

} // namespace

// Copies `count` samples from `src` to `dst` (of the format's output depth) as stored values.
// `src` and `dst` may be the same buffer when the output sample is as wide as the input one.
static void unpackSamples(const uchar *src, size_t count, const SampleFormat &format, void *dst)
{
    const size_t bytesPerSample = size_t(format.bitsAllocated / 8);
    if (format.isVerbatim()) {
        if (src != dst)
            std::memcpy(dst, src, count * bytesPerSample);
        return;
    }
    const unsigned mask = (1u << format.bitsStored) - 1u;
    const unsigned signBit = 1u << (format.bitsStored - 1);
    for (size_t i = 0; i < count; ++i) {
        unsigned raw = src[i * bytesPerSample];
        if (bytesPerSample == 2)
            raw |= unsigned(src[i * 2 + 1]) << 8;
        const unsigned value = (raw >> format.shift) & mask;
        switch (format.outputDepth()) {
        case CV_8U: static_cast<quint8 *>(dst)[i] = quint8(value); break;
        case CV_16U: static_cast<quint16 *>(dst)[i] = quint16(value); break;
        default:
            // Two's complement within Bits Stored (PS3.5 8.1.1), extended to 16 bits.
            static_cast<qint16 *>(dst)[i] =
                qint16((value & signBit) ? int(value) - int(mask) - 1 : int(value));
            break;
        }
    }
}

// PS3.3 C.7.6.3.1.2: YBR_FULL to RGB for 8-bit samples, in place.
static void ybrFullToRgb(cv::Mat &frame)
{
    for (int y = 0; y < frame.rows; ++y) {
        quint8 *p = frame.ptr<quint8>(y);
        for (int x = 0; x < frame.cols; ++x, p += 3) {
            const double luma = p[0], cb = p[1] - 128.0, cr = p[2] - 128.0;
            auto clamp8 = [](double v) { return quint8(std::clamp(std::lround(v), 0L, 255L)); };
            p[0] = clamp8(luma + 1.402 * cr);
            p[1] = clamp8(luma - 0.344136 * cb - 0.714136 * cr);
            p[2] = clamp8(luma + 1.772 * cb);
        }
    }
}

// YBR_FULL_422 (PS3.3 C.7.6.3.1.2): each pair of pixels in a row is stored as Y1 Y2 Cb Cr.
static cv::Mat expandYbr422(const uchar *src, int rows, int columns)
{
    cv::Mat frame(rows, columns, CV_8UC3);
    for (int y = 0; y < rows; ++y) {
        quint8 *out = frame.ptr<quint8>(y);
        const uchar *in = src + size_t(y) * size_t(columns) * 2;
        for (int x = 0; x < columns; x += 2, in += 4) {
            out[size_t(x) * 3] = in[0];
            out[size_t(x) * 3 + 1] = in[2];
            out[size_t(x) * 3 + 2] = in[3];
            if (x + 1 < columns) {
                out[size_t(x) * 3 + 3] = in[1];
                out[size_t(x) * 3 + 4] = in[2];
                out[size_t(x) * 3 + 5] = in[3];
            }
        }
    }
    return frame;
}

// One channel of a PALETTE COLOR lookup table (PS3.3 C.7.6.3.1.5 and C.7.6.3.1.6), reduced to
// 8 bits: indices below the first mapped value take the first entry, above the last the last.
struct PaletteChannel
{
    int firstMapped = 0;
    std::vector<quint8> table;

    quint8 lookup(int index) const
    {
        const int i = std::clamp(index - firstMapped, 0, int(table.size()) - 1);
        return table[size_t(i)];
    }
};

static std::optional<PaletteChannel> readPaletteChannel(DicomAttributeReader &reader, bool isSigned,
                                                        const DcmTagKey &descriptorTag,
                                                        const DcmTagKey &dataTag,
                                                        const DcmTagKey &segmentedTag)
{
    if (!reader.contains(dataTag) && reader.contains(segmentedTag)) {
        reader.fail(concord::tr("segmented palette colour lookup tables are not supported yet"));
        return std::nullopt;
    }
    const int entryCount = reader.requiredInteger(descriptorTag);
    const std::optional<int> first = reader.integer(descriptorTag, 1, isSigned);
    const std::optional<int> bits = reader.integer(descriptorTag, 2);
    const std::vector<quint16> words = reader.words(dataTag);
    if (!reader.ok())
        return std::nullopt;
    const size_t entries = entryCount == 0 ? 65536 : size_t(entryCount);
    if (!first || (bits != 8 && bits != 16)) {
        reader.fail(
            concord::tr("%1 is invalid").arg(DicomAttributeReader::describe(descriptorTag)));
        return std::nullopt;
    }
    const std::vector<quint16> values = lutEntries(words, entries, *bits);
    if (values.empty()) {
        reader.fail(concord::tr("%1 has %2 entries, its descriptor says %3")
                        .arg(DicomAttributeReader::describe(dataTag))
                        .arg(words.size())
                        .arg(entries));
        return std::nullopt;
    }
    PaletteChannel channel;
    channel.firstMapped = *first;
    channel.table.resize(entries);
    // Some writers declare 16 bits but fill only the low 8; those are used as they are.
    const quint16 largest = *std::max_element(values.begin(), values.end());
    const int shift = *bits == 16 && largest > 255 ? 8 : 0;
    for (size_t i = 0; i < entries; ++i)
        channel.table[i] = quint8(values[i] >> shift);
    return channel;
}

static Expected<std::vector<PaletteChannel>> readPalette(DcmItem &dataset, bool isSigned,
                                                         const QString &path)
{
    DicomAttributeReader reader(dataset, path);
    std::vector<PaletteChannel> channels;
    const DcmTagKey tags[3][3] = {
        {DCM_RedPaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData,
         DCM_SegmentedRedPaletteColorLookupTableData},
        {DCM_GreenPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableData,
         DCM_SegmentedGreenPaletteColorLookupTableData},
        {DCM_BluePaletteColorLookupTableDescriptor, DCM_BluePaletteColorLookupTableData,
         DCM_SegmentedBluePaletteColorLookupTableData},
    };
    for (const auto &tag : tags) {
        std::optional<PaletteChannel> channel =
            readPaletteChannel(reader, isSigned, tag[0], tag[1], tag[2]);
        if (!channel)
            return *reader.error();
        channels.push_back(std::move(*channel));
    }
    return channels;
}

template <typename T>
static cv::Mat applyPalette(const cv::Mat &indices, const std::vector<PaletteChannel> &palette)
{
    cv::Mat rgb(indices.rows, indices.cols, CV_8UC3);
    for (int y = 0; y < indices.rows; ++y) {
        const T *in = indices.ptr<T>(y);
        quint8 *out = rgb.ptr<quint8>(y);
        for (int x = 0; x < indices.cols; ++x) {
            for (int c = 0; c < 3; ++c)
                out[size_t(x) * 3 + size_t(c)] = palette[size_t(c)].lookup(int(in[x]));
        }
    }
    return rgb;
}

static cv::Mat expandPalette(const cv::Mat &indices, const std::vector<PaletteChannel> &palette)
{
    switch (indices.depth()) {
    case CV_8U: return applyPalette<quint8>(indices, palette);
    case CV_16U: return applyPalette<quint16>(indices, palette);
    default: return applyPalette<qint16>(indices, palette);
    }
}

Expected<std::vector<cv::Mat>> decodePixelData(DcmItem &dataset, const ImageMetadata &layout,
                                               const QString &path)
{
    DcmElement *element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element) {
        if (dataset.tagExists(DCM_FloatPixelData) || dataset.tagExists(DCM_DoubleFloatPixelData))
            return FileError{path, concord::tr("floating-point pixel data is not supported")};
        return FileError{path, concord::tr("no Pixel Data element (7FE0,0010)")};
    }
    const DcmEVR vr = element->getVR();
    if (vr != EVR_OW && vr != EVR_OB && vr != EVR_ox)
        return FileError{path, concord::tr("Pixel Data has VR %1, expected OB or OW")
                                   .arg(QString::fromLatin1(DcmVR(vr).getVRName()))};
    const qint64 storedBytes = element->getLength();

    DicomAttributeReader attributes(dataset, path);
    const int planarConfiguration = attributes.integer(DCM_PlanarConfiguration).value_or(0);
    const int highBit = attributes.integer(DCM_HighBit).value_or(layout.bitsStored - 1);
    if (!attributes.ok())
        return *attributes.error();
    const SampleFormat format{layout.bitsAllocated, layout.bitsStored,
                              highBit + 1 - layout.bitsStored, layout.isSigned};

    if (layout.photometric == Photometric::YbrIct || layout.photometric == Photometric::YbrRct)
        return FileError{path, concord::tr("%1 is only valid with JPEG 2000 compression")
                                   .arg(photometricName(layout.photometric))};
    const bool ybr422 = layout.photometric == Photometric::YbrFull422;
    const bool ybr = layout.photometric == Photometric::YbrFull || ybr422;
    if (ybr && layout.bitsAllocated != 8)
        return FileError{path, concord::tr("%1 with %2 bits allocated is not supported")
                                   .arg(photometricName(layout.photometric))
                                   .arg(layout.bitsAllocated)};
    const qint64 pixelsPerFrame = qint64(layout.width) * layout.height;
    const qint64 samplesPerFrame =
        ybr422 ? pixelsPerFrame * 2 : pixelsPerFrame * layout.samplesPerPixel;
    const qint64 frameBytes = samplesPerFrame * (layout.bitsAllocated / 8);
    const qint64 expectedBytes = frameBytes * layout.frameCount;
    if (storedBytes < expectedBytes) {
        const QLocale locale;
        return FileError{
            path,
            concord::tr("truncated: pixel data is %1 bytes, expected %2 (%3 frames of %4 x %5)")
                .arg(locale.toString(storedBytes), locale.toString(expectedBytes))
                .arg(layout.frameCount)
                .arg(layout.width)
                .arg(layout.height)};
    }

    std::vector<PaletteChannel> palette;
    if (layout.photometric == Photometric::PaletteColor) {
        Expected<std::vector<PaletteChannel>> read = readPalette(dataset, layout.isSigned, path);
        if (!read)
            return read.error();
        palette = std::move(*read);
    }

    // Interleaved frames whose samples keep their width are read straight into their Mat and,
    // if bits need masking, unpacked in place; only the other layouts need a scratch frame.
    const bool direct = !ybr422 && (layout.samplesPerPixel == 1 || planarConfiguration == 0) &&
                        !(layout.isSigned && layout.bitsAllocated == 8);
    FrameReader reader(*element);
    std::vector<uchar> scratch(direct ? 0 : size_t(frameBytes));
    std::vector<cv::Mat> frames;
    frames.reserve(size_t(layout.frameCount));
    for (int f = 0; f < layout.frameCount; ++f) {
        cv::Mat frame;
        if (direct)
            frame.create(layout.height, layout.width,
                         CV_MAKETYPE(format.outputDepth(), layout.samplesPerPixel));
        void *target = direct ? frame.data : scratch.data();
        const OFCondition status = reader.read(f * frameBytes, frameBytes, target);
        if (status.bad())
            return FileError{path, concord::tr("Pixel Data of frame %1 cannot be read: %2")
                                       .arg(f + 1)
                                       .arg(QString::fromLatin1(status.text()))};
        const uchar *src = scratch.data();
        if (direct) {
            if (!format.isVerbatim())
                unpackSamples(frame.data, size_t(samplesPerFrame), format, frame.data);
        } else if (ybr422) {
            frame = expandYbr422(src, layout.height, layout.width);
        } else if (layout.samplesPerPixel == 3 && planarConfiguration == 1) {
            // Colour-by-plane (PS3.3 C.7.6.3.1.3): all reds, then all greens, then all blues.
            std::vector<cv::Mat> planes(3);
            const size_t planeBytes = size_t(frameBytes / 3);
            for (int c = 0; c < 3; ++c) {
                planes[size_t(c)].create(layout.height, layout.width, format.outputDepth());
                unpackSamples(src + size_t(c) * planeBytes, size_t(pixelsPerFrame), format,
                              planes[size_t(c)].data);
            }
            cv::merge(planes, frame);
        } else {
            frame.create(layout.height, layout.width,
                         CV_MAKETYPE(format.outputDepth(), layout.samplesPerPixel));
            unpackSamples(src, size_t(samplesPerFrame), format, frame.data);
        }
        if (ybr)
            ybrFullToRgb(frame);
        else if (layout.photometric == Photometric::PaletteColor)
            frame = expandPalette(frame, palette);
        frames.push_back(std::move(frame));
    }
    return frames;
}

} // namespace concord
