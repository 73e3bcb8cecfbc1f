// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskrle.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>

namespace concord {

namespace {

// Accumulates runs of alternating values, starting with zeros.
class RunBuilder
{
public:
    explicit RunBuilder(std::vector<quint32> &counts)
        : m_counts(counts)
    {}

    void add(uchar value, quint64 length)
    {
        if (length == 0)
            return;
        if (value != m_value) {
            m_counts.push_back(quint32(m_length));
            m_value = value;
            m_length = 0;
        }
        m_length += length;
    }
    void finish()
    {
        // An empty image still gets its single (zero-length) run of zeros, as pycocotools does.
        m_counts.push_back(quint32(m_length));
    }

private:
    std::vector<quint32> &m_counts;
    uchar m_value = 0;
    quint64 m_length = 0;
};

} // namespace

CocoRle encodeCocoRle(const BinaryMask &mask, cv::Size imageSize)
{
    CocoRle rle;
    rle.height = std::max(0, imageSize.height);
    rle.width = std::max(0, imageSize.width);
    const quint64 h = quint64(rle.height);
    const BinaryMask clipped = clipToImage(mask, imageSize);
    RunBuilder runs(rle.counts);
    if (clipped.bounds.empty()) {
        runs.add(0, h * quint64(rle.width));
        runs.finish();
        return rle;
    }
    const cv::Rect b = clipped.bounds;
    // Transposing the crop turns each image column into a contiguous row.
    cv::Mat1b columns;
    cv::transpose(clipped.pixels, columns);
    runs.add(0, h * quint64(b.x));
    for (int x = 0; x < b.width; ++x) {
        runs.add(0, quint64(b.y));
        const uchar *column = columns.ptr<uchar>(x);
        int start = 0;
        while (start < b.height) {
            const uchar value = column[start];
            int end = start + 1;
            while (end < b.height && column[end] == value)
                ++end;
            runs.add(value, quint64(end - start));
            start = end;
        }
        runs.add(0, h - quint64(b.y + b.height));
    }
    runs.add(0, h * quint64(rle.width - b.br().x));
    runs.finish();
    return rle;
}

Expected<BinaryMask> decodeCocoRle(const CocoRle &rle, const QString &source)
{
    if (rle.height < 0 || rle.width < 0)
        return FileError{
            source,
            concord::tr("The mask size %1 x %2 is negative.").arg(rle.width).arg(rle.height)};
    const quint64 h = quint64(rle.height);
    const quint64 total = h * quint64(rle.width);
    quint64 sum = 0;
    for (quint32 count : rle.counts)
        sum += count; // at most 2^32 counts of < 2^32 each: cannot overflow 64 bits in practice
    if (sum != total)
        return FileError{source,
                         concord::tr("The run lengths sum to %1, but a %2 x %3 mask has %4 pixels.")
                             .arg(sum)
                             .arg(rle.width)
                             .arg(rle.height)
                             .arg(total)};
    if (total == 0)
        return BinaryMask{};

    // First pass: the bounds of the set pixels, so only the crop is allocated.
    quint64 xMin = std::numeric_limits<quint64>::max(), xMax = 0;
    quint64 yMin = h, yMax = 0;
    quint64 position = 0;
    for (size_t k = 0; k < rle.counts.size(); ++k) {
        const quint64 length = rle.counts[k];
        if (k % 2 == 1 && length > 0) {
            const quint64 first = position, last = position + length - 1;
            xMin = std::min(xMin, first / h);
            xMax = std::max(xMax, last / h);
            if (first / h == last / h) {
                yMin = std::min(yMin, first % h);
                yMax = std::max(yMax, last % h);
            } else {
                yMin = 0;
                yMax = h - 1;
            }
        }
        position += length;
    }
    if (yMin == h)
        return BinaryMask{};

    // The crop is allocated in one piece: refuse sizes no annotation has rather than let a
    // crafted header exhaust memory.
    constexpr quint64 MaxCropPixels = quint64(1) << 30;
    if ((xMax - xMin + 1) * (yMax - yMin + 1) > MaxCropPixels)
        return FileError{source,
                         concord::tr("The mask covers %1 x %2 pixels, more than Concord decodes.")
                             .arg(xMax - xMin + 1)
                             .arg(yMax - yMin + 1)};
    const cv::Rect bounds(int(xMin), int(yMin), int(xMax - xMin + 1), int(yMax - yMin + 1));
    cv::Mat1b columns(bounds.width, bounds.height, uchar(0));
    position = 0;
    for (size_t k = 0; k < rle.counts.size(); ++k) {
        quint64 remaining = rle.counts[k];
        if (k % 2 == 0) {
            position += remaining;
            continue;
        }
        while (remaining > 0) {
            const quint64 x = position / h, y = position % h;
            const quint64 segment = std::min(remaining, h - y);
            std::memset(columns.ptr<uchar>(int(x - xMin)) + (y - yMin), 1, size_t(segment));
            position += segment;
            remaining -= segment;
        }
    }
    BinaryMask mask{bounds, cv::Mat1b()};
    cv::transpose(columns, mask.pixels);
    return mask;
}

QByteArray cocoRleCountsToString(const std::vector<quint32> &counts)
{
    QByteArray text;
    text.reserve(qsizetype(counts.size()) * 2);
    for (size_t i = 0; i < counts.size(); ++i) {
        qint64 x = counts[i];
        if (i > 2)
            x -= qint64(counts[i - 2]);
        bool more = true;
        while (more) {
            char c = char(x & 0x1f);
            x >>= 5; // arithmetic shift: negative deltas end at -1
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more)
                c |= 0x20;
            text.append(char(c + 48));
        }
    }
    return text;
}

Expected<std::vector<quint32>> cocoRleCountsFromString(QByteArrayView text, const QString &source)
{
    // Seven 5-bit groups hold 35 bits: enough for any 32-bit count or signed 33-bit delta.
    constexpr int MaxGroups = 7;
    std::vector<quint32> counts;
    counts.reserve(size_t(text.size()) / 2 + 1);
    qsizetype p = 0;
    while (p < text.size()) {
        const qsizetype start = p;
        qint64 x = 0;
        int k = 0;
        bool more = true;
        while (more) {
            if (p >= text.size()) {
                FileError error{source,
                                concord::tr("The RLE string ends in the middle of a count.")};
                error.offset = start;
                return error;
            }
            const int c = int(uchar(text[p])) - 48;
            if (c < 0 || c > 63) {
                FileError error{source,
                                concord::tr("The RLE string has an invalid character (code %1).")
                                    .arg(int(uchar(text[p])))};
                error.offset = p;
                return error;
            }
            if (k == MaxGroups) {
                FileError error{source, concord::tr("A count in the RLE string is too large.")};
                error.offset = start;
                return error;
            }
            x |= qint64(c & 0x1f) << (5 * k);
            more = (c & 0x20) != 0;
            ++p;
            ++k;
            if (!more && (c & 0x10))
                x |= -(qint64(1) << (5 * k)); // sign-extend from the last group
        }
        if (counts.size() > 2)
            x += qint64(counts[counts.size() - 2]);
        if (x < 0 || x > qint64(std::numeric_limits<quint32>::max())) {
            FileError error{
                source,
                concord::tr("The RLE string decodes to an impossible run length %1.").arg(x)};
            error.offset = start;
            return error;
        }
        counts.push_back(quint32(x));
    }
    return counts;
}

} // namespace concord
