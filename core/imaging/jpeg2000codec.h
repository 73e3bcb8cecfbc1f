// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

#include <QByteArray>

#include <opencv2/core.hpp>

#include <vector>

class DcmDataset;

namespace concord {

// JPEG 2000 for DICOM (PS3.5 A.4.4) through OpenJPEG, which free DCMTK lacks. Decoding takes
// the encapsulated codestreams of a data set frame by frame; encoding makes lossless
// codestreams for the writer. OpenJPEG applies the inverse multi-component transform itself,
// so YBR_ICT and YBR_RCT images come out as RGB. Reentrant; runs on the calling thread.

// Decodes every frame of the encapsulated Pixel Data of `dataset` into stored values of the
// depth `layout` implies (CV_8U, CV_16U or CV_16S; 1 or 3 channels). Pixel Representation wins
// over the codestream's signedness; with an empty offset table and several fragments per frame,
// frames are found by the codestream marker they begin with (docs/dicom-decoding.md).
Expected<std::vector<cv::Mat>>
decodeJpeg2000PixelData(DcmDataset &dataset, const ImageMetadata &layout, const QString &path);

// Encodes one frame (CV_8U, CV_16U or CV_16S; 1 or 3 channels) as a lossless J2K codestream
// with the reversible 5/3 wavelet. Empty on failure.
QByteArray encodeJpeg2000Lossless(const cv::Mat &frame, int bitsStored);

} // namespace concord
