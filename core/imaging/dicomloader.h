// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/imaging/windowlevel.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QString>

namespace concord {

// Decoding DICOM files (PS3.10) into Images through DCMTK. The frames hold the stored pixel
// values unmodified (no rescale, no window), so that the window/level chosen later by the user
// goes through one DisplayLut. Colour images come out as RGB: YBR is converted and PALETTE
// COLOR expanded, and metadata.photometric records what the file held.
//
// Supported: uncompressed (implicit/explicit little endian, explicit big endian, deflated),
// JPEG baseline/extended/lossless, JPEG-LS, RLE and JPEG 2000; 8 to 16 bits stored, signed or
// unsigned; MONOCHROME1/2, RGB, YBR_FULL, YBR_FULL_422, PALETTE COLOR (and YBR_ICT/YBR_RCT in
// JPEG 2000); any number of frames.
// JPEG 2000 (Part 1) is decoded with OpenJPEG, since free DCMTK has no codec for it.
//
// Every function is reentrant and may run on any thread. Bad input gives a FileError naming
// the file and what is wrong; it never crashes.
Expected<Image> loadDicom(const QString &path);

// The same, for a DICOM file already in memory (e.g. received from a PACS). `name` is used in
// error messages in place of a path.
Expected<Image> loadDicomFromMemory(const QByteArray &bytes, const QString &name);

// Reads the header only and stops before Pixel Data, for a fast import of many files.
Expected<ImageMetadata> readDicomMetadata(const QString &path);

// Reads the whole file and checks that its Pixel Data is all there, without decoding it: native
// pixel data must hold rows x columns x samples x bits allocated / 8 x frames bytes, and the
// fragments of encapsulated pixel data must be complete items (DCMTK parses them). An import
// calls it so that a file cut short is reported by name there, not when a reader opens it.
// A file without Pixel Data passes.
MaybeError checkDicomPixelData(const QString &path);

// The VOI function the header's windows are meant for (VOI LUT Function, PS3.3 C.11.2.1.3).
VoiFunction voiFunctionOf(const ImageMetadata &metadata);

} // namespace concord
