// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace concord {

// A mask as COCO stores it: uncompressed run lengths over the whole image in column-major
// (Fortran) order, i.e. down the first column, then the second, and so on. Runs alternate
// between 0 and 1 and the first run counts zeros, so it is 0 when pixel (0, 0) is set. The
// counts sum to height * width (COCO keeps them as 32-bit unsigned values).
struct CocoRle
{
    int height = 0;
    int width = 0;
    std::vector<quint32> counts;

    bool operator==(const CocoRle &) const = default;
};

// Encodes the mask over an image of `imageSize`; pixels outside the image are dropped. Images
// must have fewer than 2^32 pixels (COCO's counts are 32-bit).
// Runs are made from the mask's crop; nothing of image size is allocated.
CocoRle encodeCocoRle(const BinaryMask &mask, cv::Size imageSize);

// Decodes run lengths into a mask cropped to content. Fails (never crashes) when the size is
// negative, the counts do not sum to height * width, or the set pixels span more than 2^30
// pixels (a crafted header must not exhaust memory). `source` names where the data came
// from, for the error message.
Expected<BinaryMask> decodeCocoRle(const CocoRle &rle, const QString &source);

// The compressed counts string of pycocotools (maskApi.c rleToString): each count, from the
// fourth on as the difference to the count two places earlier, is written in 5-bit groups,
// least significant first, as characters 48 + group, with 32 added while more groups follow;
// the last group's bit 16 is the sign.
QByteArray cocoRleCountsToString(const std::vector<quint32> &counts);

// The inverse (rleFrString), with the checks pycocotools omits: characters outside '0'..'o',
// a string ending inside a count, a group sequence too long for 32 bits, and counts that
// come out negative or above 2^32 - 1 all give an error naming the byte offset.
Expected<std::vector<quint32>> cocoRleCountsFromString(QByteArrayView text, const QString &source);

} // namespace concord
