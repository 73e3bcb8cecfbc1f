// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/windowlevel.h"

#include "core/imaging/modalitytransform.h"
#include "core/util/check.h"

#include <algorithm>
#include <cmath>

namespace concord {

double applyVoi(double x, const WindowLevel &window, double yMin, double yMax)
{
    const double c = window.center;
    const double range = yMax - yMin;
    switch (window.function) {
    case VoiFunction::Linear: {
        // C.11.2.1.2.1: width must be >= 1; the -0.5 and -1 terms centre the window on pixel
        // values rather than on the boundaries between them.
        const double w = std::max(window.width, 1.0);
        if (w <= 1.0)
            return x <= c - 0.5 ? yMin : yMax;
        if (x <= c - 0.5 - (w - 1.0) / 2.0)
            return yMin;
        if (x > c - 0.5 + (w - 1.0) / 2.0)
            return yMax;
        return ((x - (c - 0.5)) / (w - 1.0) + 0.5) * range + yMin;
    }
    case VoiFunction::LinearExact: {
        const double w = window.width > 0 ? window.width : 1e-9;
        if (x <= c - w / 2.0)
            return yMin;
        if (x > c + w / 2.0)
            return yMax;
        return ((x - c) / w + 0.5) * range + yMin;
    }
    case VoiFunction::Sigmoid: {
        const double w = window.width > 0 ? window.width : 1e-9;
        return range / (1.0 + std::exp(-4.0 * (x - c) / w)) + yMin;
    }
    }
    return yMin;
}

static std::pair<int, int> storedRange(const ImageMetadata &metadata, int matDepth)
{
    const int bits = std::clamp(metadata.bitsStored, 1, matDepth == CV_8U ? 8 : 16);
    if (matDepth == CV_16S || metadata.isSigned)
        return {-(1 << (bits - 1)), (1 << (bits - 1)) - 1};
    return {0, (1 << bits) - 1};
}

WindowLevel fullRangeWindow(const ImageMetadata &metadata, int matDepth)
{
    const auto [lowestStored, highestStored] = storedRange(metadata, matDepth);
    const auto [lo, hi] = modalityRange(metadata, lowestStored, highestStored);
    WindowLevel window;
    window.function = VoiFunction::LinearExact;
    window.center = (lo + hi) / 2.0;
    window.width = std::max(hi - lo, 1.0);
    return window;
}

WindowLevel percentileWindow(const cv::Mat &pixels, const ImageMetadata &metadata,
                             double lowerPercentile, double upperPercentile)
{
    CONCORD_CHECK(!pixels.empty(), return fullRangeWindow(metadata, CV_8U));
    const int depth = pixels.depth();
    const int offset = depth == CV_16S ? 32768 : 0;
    const int bins = depth == CV_8U ? 256 : 65536;
    std::vector<qint64> histogram(bins, 0);
    // Subsample big images: a percentile needs a few million samples at most.
    const int step = std::max(1, int(std::sqrt(double(pixels.total()) / 4e6)));
    const int channels = pixels.channels();
    for (int y = 0; y < pixels.rows; y += step) {
        for (int x = 0; x < pixels.cols; x += step) {
            for (int ch = 0; ch < channels; ++ch) {
                int v = 0;
                if (depth == CV_8U)
                    v = pixels.ptr<quint8>(y)[x * channels + ch];
                else if (depth == CV_16U)
                    v = pixels.ptr<quint16>(y)[x * channels + ch];
                else
                    v = pixels.ptr<qint16>(y)[x * channels + ch];
                if (metadata.pixelPaddingValue && v == int(*metadata.pixelPaddingValue))
                    continue;
                ++histogram[v + offset];
            }
        }
    }
    qint64 total = 0;
    for (qint64 count : histogram)
        total += count;
    if (total == 0)
        return fullRangeWindow(metadata, depth);
    auto valueAt = [&](double percentile) {
        const qint64 target = std::min(total - 1, qint64(percentile / 100.0 * double(total)));
        qint64 seen = 0;
        for (int i = 0; i < bins; ++i) {
            seen += histogram[i];
            if (seen > target)
                return i - offset;
        }
        return bins - 1 - offset;
    };
    // Percentiles of stored values are percentiles of modality values only when the modality
    // transform is monotonic; a Modality LUT may not be, so take the range between them.
    const auto [lo, hi] =
        modalityRange(metadata, valueAt(lowerPercentile), valueAt(upperPercentile));
    WindowLevel window;
    window.function = VoiFunction::LinearExact;
    window.center = (lo + hi) / 2.0;
    window.width = std::max(hi - lo, 1.0);
    return window;
}

DisplayLut::DisplayLut(const ImageMetadata &metadata, int matDepth, const WindowLevel &window)
    : m_depth(matDepth)
{
    const int size = matDepth == CV_8U ? 256 : 65536;
    m_offset = matDepth == CV_16S ? 32768 : 0;
    m_table.resize(size);
    const bool invert = window.invert != (metadata.photometric == Photometric::Monochrome1);
    const VoiLut *voiLut = window.voiLutIndex >= 0 &&
                                   window.voiLutIndex < int(metadata.voiLuts.size()) &&
                                   !metadata.voiLuts[size_t(window.voiLutIndex)].data.empty()
                               ? &metadata.voiLuts[size_t(window.voiLutIndex)]
                               : nullptr;
    const double voiLutMaximum =
        voiLut ? double((1 << std::clamp(voiLut->bitsPerEntry, 1, 16)) - 1) : 1.0;
    // Decoded frames hold only values Bits Stored allows (the decoder masks the other bits), so
    // only those entries are worked out: 4,096 instead of 65,536 for a 12-bit radiograph, which
    // is most of the cost of a window change. Any other value shows as the nearest end.
    const auto [lowestStored, highestStored] = storedRange(metadata, matDepth);
    const int first = std::clamp(lowestStored + m_offset, 0, size - 1);
    const int last = std::clamp(highestStored + m_offset, first, size - 1);
    for (int i = first; i <= last; ++i) {
        const double modality = modalityValue(i - m_offset, metadata);
        double y = 0;
        if (voiLut) {
            // Values before the first mapped one take the first entry, values past the end the
            // last (PS3.3 C.11.2.1.1); the table's output range is scaled to 8 bits.
            const qint64 entry =
                std::clamp<qint64>(std::llround(modality) - voiLut->firstMappedValue, 0,
                                   qint64(voiLut->data.size()) - 1);
            y = double(voiLut->data[size_t(entry)]) / voiLutMaximum * 255.0;
        } else {
            y = applyVoi(modality, window);
        }
        if (invert)
            y = 255.0 - y;
        m_table[i] = quint8(std::lround(std::clamp(y, 0.0, 255.0)));
    }
    std::fill(m_table.begin(), m_table.begin() + first, m_table[size_t(first)]);
    std::fill(m_table.begin() + last + 1, m_table.end(), m_table[size_t(last)]);
    m_greyPixels.resize(m_table.size());
    for (size_t i = 0; i < m_table.size(); ++i)
        m_greyPixels[i] = 0xff000000u | quint32(m_table[i]) * 0x010101u;
}

quint8 DisplayLut::lookup(int storedValue) const
{
    const int index = storedValue + m_offset;
    CONCORD_CHECK(index >= 0 && index < int(m_table.size()), return 0);
    return m_table[index];
}

cv::Mat DisplayLut::apply(const cv::Mat &stored) const
{
    cv::Mat display;
    applyTo(stored, display);
    return display;
}

void DisplayLut::applyTo(const cv::Mat &stored, cv::Mat &display) const
{
    CONCORD_CHECK(stored.depth() == m_depth && !m_table.empty(), return );
    display.create(stored.rows, stored.cols, CV_MAKETYPE(CV_8U, stored.channels()));
    const int n = stored.cols * stored.channels();
    const quint8 *table = m_table.data();
    for (int y = 0; y < stored.rows; ++y) {
        quint8 *out = display.ptr<quint8>(y);
        if (m_depth == CV_8U) {
            const quint8 *in = stored.ptr<quint8>(y);
            for (int i = 0; i < n; ++i)
                out[i] = table[in[i]];
        } else if (m_depth == CV_16U) {
            const quint16 *in = stored.ptr<quint16>(y);
            for (int i = 0; i < n; ++i)
                out[i] = table[in[i]];
        } else {
            const qint16 *in = stored.ptr<qint16>(y);
            for (int i = 0; i < n; ++i)
                out[i] = table[in[i] + 32768];
        }
    }
}

template <typename T>
static void greyToBgra(const cv::Mat &stored, cv::Mat &bgra, const quint32 *pixels)
{
    for (int y = 0; y < stored.rows; ++y) {
        const T *in = stored.ptr<T>(y);
        quint32 *out = bgra.ptr<quint32>(y);
        for (int x = 0; x < stored.cols; ++x)
            out[x] = pixels[in[x]];
    }
}

template <typename T>
static void colourToBgra(const cv::Mat &stored, cv::Mat &bgra, const quint8 *table)
{
    for (int y = 0; y < stored.rows; ++y) {
        const T *in = stored.ptr<T>(y); // R, G, B
        quint32 *out = bgra.ptr<quint32>(y);
        for (int x = 0; x < stored.cols; ++x, in += 3)
            out[x] = 0xff000000u | quint32(table[in[0]]) << 16 | quint32(table[in[1]]) << 8 |
                     table[in[2]];
    }
}

void DisplayLut::applyToBgra(const cv::Mat &stored, cv::Mat &bgra) const
{
    CONCORD_CHECK(stored.depth() == m_depth && !m_table.empty() && bgra.type() == CV_8UC4 &&
                      bgra.size() == stored.size(),
                  return );
    if (stored.channels() == 3) {
        if (m_depth == CV_8U)
            colourToBgra<quint8>(stored, bgra, m_table.data());
        else if (m_depth == CV_16U)
            colourToBgra<quint16>(stored, bgra, m_table.data());
        else
            colourToBgra<qint16>(stored, bgra, m_table.data() + m_offset);
    } else if (m_depth == CV_8U) {
        greyToBgra<quint8>(stored, bgra, m_greyPixels.data());
    } else if (m_depth == CV_16U) {
        greyToBgra<quint16>(stored, bgra, m_greyPixels.data());
    } else {
        // Signed values index the table from its middle.
        greyToBgra<qint16>(stored, bgra, m_greyPixels.data() + m_offset);
    }
}

} // namespace concord
