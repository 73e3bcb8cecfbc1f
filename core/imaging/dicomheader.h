// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

class DcmItem;

namespace concord {

// Reads the attributes of the Image Pixel, Modality LUT, VOI LUT and identity modules of a
// DICOM data set into ImageMetadata and checks that the pixel description is one we can decode
// (PS3.3 C.7.6.3). Does not touch Pixel Data. `transferSyntaxUid` is copied into the result.
Expected<ImageMetadata> readDicomHeader(DcmItem &dataset, const QString &path,
                                        const QString &transferSyntaxUid);

// The entries of Modality, VOI or palette LUT Data. Tables of 8-bit entries may be packed two
// to a 16-bit word, low byte first; those are unpacked. Empty if `words` is too short.
std::vector<quint16> lutEntries(const std::vector<quint16> &words, size_t entries,
                                int bitsPerEntry);

} // namespace concord
