// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for COCO run-length masks (core/geometry/maskrle.h), as COCO import decodes
// them. Input: a mode byte, then height and width (16 bits each, little-endian: 10 bits of size
// and a sign bit), then the counts, either pycocotools' compressed string (mode bit 0 clear)
// or 32-bit little-endian values (bit 0 set). With mode bit 1 set the target appends the count
// that makes the runs sum to height x width, so random counts reach the decoder's second pass.
// Besides never crashing, decoding must agree with encoding: the decoded mask has as many
// pixels as the runs of ones, encoding it again and decoding gives the same pixels, and a
// counts string written from the counts reads back as them.
#include "core/geometry/maskrle.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QtEndian>

#include <opencv2/core.hpp>

#include <cstring>

namespace {
int signedSize(const uint8_t *bytes)
{
    const int value = bytes[0] | (bytes[1] << 8);
    return (value & 0x8000) ? -(value & 0x03FF) : (value & 0x03FF);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    if (size < 5)
        return 0;
    const uint8_t mode = data[0];
    CocoRle rle;
    rle.height = signedSize(data + 1);
    rle.width = signedSize(data + 3);
    const QString source = QStringLiteral("fuzz-rle");
    const QByteArrayView rest = fuzz::bytesOf(data + 5, size - 5);
    if (mode & 1) {
        for (qsizetype i = 0; i + 4 <= rest.size(); i += 4) {
            quint32 count = 0;
            std::memcpy(&count, rest.data() + i, 4);
            rle.counts.push_back(qFromLittleEndian(count));
        }
    } else {
        Expected<std::vector<quint32>> counts = cocoRleCountsFromString(rest, source);
        if (!counts) {
            if (counts.error().message.isEmpty())
                __builtin_trap();
            return 0;
        }
        rle.counts = std::move(*counts);
    }
    // Written as a string and read back, the counts must come out as they went in.
    const Expected<std::vector<quint32>> again =
        cocoRleCountsFromString(cocoRleCountsToString(rle.counts), source);
    if (!again || *again != rle.counts)
        __builtin_trap();

    quint64 sum = 0, ones = 0;
    for (size_t k = 0; k < rle.counts.size(); ++k) {
        sum += rle.counts[k];
        ones += k % 2 == 1 ? rle.counts[k] : 0;
    }
    const quint64 total = quint64(qMax(0, rle.height)) * quint64(qMax(0, rle.width));
    if ((mode & 2) && sum < total) {
        if (rle.counts.size() % 2 == 1)
            ones += total - sum;
        rle.counts.push_back(quint32(total - sum)); // total < 2^20: fits
    }
    const Expected<BinaryMask> mask = decodeCocoRle(rle, source);
    if (!mask) {
        if (mask.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (quint64(maskArea(*mask)) != ones)
        __builtin_trap(); // the decoded mask lost or invented pixels
    const CocoRle encoded = encodeCocoRle(*mask, cv::Size(rle.width, rle.height));
    const Expected<BinaryMask> decodedAgain = decodeCocoRle(encoded, source);
    if (!decodedAgain || !samePixels(*mask, *decodedAgain))
        __builtin_trap(); // encoding and decoding disagree
    return 0;
}
