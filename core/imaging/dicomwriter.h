// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

#include <QString>

namespace concord {

enum class DicomTransferSyntax {
    ExplicitLittleEndian,
    ImplicitLittleEndian,
    ExplicitBigEndian,
    DeflatedExplicitLittleEndian,
    JpegLsLossless,
    RleLossless,
    Jpeg2000Lossless, // through OpenJPEG
};

struct DicomWriteOptions
{
    // "DX" or "CR" for single-frame greyscale images. Colour and multi-frame images are written
    // as Secondary Capture, whose IODs allow them.
    QString modality = QStringLiteral("DX");
    DicomTransferSyntax transferSyntax = DicomTransferSyntax::ExplicitLittleEndian;
};

// Writes `image` as a DICOM Part 10 file through DCMTK: stored values exactly as in the frames
// (CV_8U, CV_16U or CV_16S with one channel, or CV_8UC3 as RGB), with the metadata that has a
// DICOM home (photometric interpretation, bits stored, rescale, windows, VOI LUTs, padding,
// spacing, identity). Missing UIDs are generated. Used to make test fixtures from known arrays
// and by the demo project generator. Reentrant; runs on the calling thread.
MaybeError writeDicom(const Image &image, const QString &path,
                      const DicomWriteOptions &options = {});

} // namespace concord
