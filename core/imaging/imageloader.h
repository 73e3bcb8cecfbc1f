// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

namespace concord {

// Loads any image Concord understands, choosing the decoder from the file's content (the DICOM
// preamble) and then its extension.
Expected<Image> loadImage(const QString &path);

// The pixels a small summary of `image` (a perceptual hash, the learner's descriptors) is
// computed from: the overview of a raster too big to decode whole, otherwise the first frame;
// empty when it has neither.
cv::Mat summaryFrame(const Image &image);

// Whether `path` is DICOM: by extension (.dcm, .dicom) or by the Part 10 preamble.
bool isDicomFile(const QString &path);

// Whether `path` names a file Concord would try to import as an image.
bool looksLikeImageFile(const QString &path);

} // namespace concord
