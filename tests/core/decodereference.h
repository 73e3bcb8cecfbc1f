// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QString>

#include <dcmtk/dcmdata/dcxfer.h>

#include <opencv2/core.hpp>

#include <optional>
#include <vector>

// Helpers of the differential decoding test (tst_decodedifferential, docs/dicom-decoding.md):
// they make encapsulated files Concord's writer cannot make, and read the native files the
// reference decoders write without going through Concord's own decoder, so a mistake in the
// pixel decoder cannot hide in the reference.
namespace concord::test {

// The decoded pixels of a native (uncompressed) file, in Concord's output convention: CV_8U,
// CV_16U or CV_16S stored values, colour as 8-bit RGB. YBR_FULL and YBR_FULL_422 are converted
// with the equations of PS3.3 C.7.6.3.1.2, so a reference that kept YCbCr compares with one
// that converted. `photometric` and `isSigned` say what the reference's header declared.
struct ReferencePixels
{
    std::vector<cv::Mat> frames;
    QString photometric;
    bool isSigned = false;
};
Expected<ReferencePixels> readNativeReference(const QString &path);

// Largest absolute difference of two frame lists as integers (so CV_16U against CV_16S counts
// the values, not the types); nullopt when the frame counts, sizes or channel counts differ.
std::optional<int> maxAbsoluteDifference(const std::vector<cv::Mat> &a,
                                         const std::vector<cv::Mat> &b);

// How a JPEG 2000 codestream is made (PS3.5 A.4.4).
struct Jpeg2000Options
{
    int bitsStored = 16;
    bool codestreamSigned = false; // component signedness written into the SIZ marker
    bool lossy = false;            // irreversible 9/7 wavelet at a compression ratio of 6
    bool colourTransform = true;   // RCT (lossless) or ICT (lossy) on three components
    bool jp2Wrapper = false;       // a JP2 file around the codestream, as some writers make
};
// Encodes one frame with OpenJPEG. When codestreamSigned differs from the frame's depth, the
// stored bit patterns are kept and read with the other signedness, as an encoder that ignored
// Pixel Representation would. Empty on failure.
QByteArray encodeJpeg2000(const cv::Mat &frame, const Jpeg2000Options &options);

// How the compressed frames are laid out in Pixel Data items (PS3.5 A.4).
struct FragmentLayout
{
    int fragmentsPerFrame = 1; // each frame split into this many items of about equal size
    bool offsetTable = true;   // fill the Basic Offset Table, or leave it empty
};

// Replaces the Pixel Data of the native file `source` by `frames` (one compressed frame each),
// sets the transfer syntax and Photometric Interpretation and, when given, Pixel Representation,
// and writes `target`. Returns an empty string on success, else what went wrong.
QString writeEncapsulated(const QString &source, const QString &target,
                          const std::vector<QByteArray> &frames, E_TransferSyntax syntax,
                          const char *photometric, const FragmentLayout &layout,
                          std::optional<int> pixelRepresentation = std::nullopt);

// The compressed frames of a single-frame encapsulated file (all its fragments joined), with its
// transfer syntax and Photometric Interpretation; empty frames on failure.
struct EncapsulatedFrames
{
    std::vector<QByteArray> frames;
    E_TransferSyntax syntax = EXS_Unknown;
    QByteArray photometric;
};
EncapsulatedFrames readSingleFrame(const QString &path);

} // namespace concord::test
