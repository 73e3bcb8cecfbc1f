// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Kept apart from annotation.h on purpose: a mask's pixels are a cv::Mat (BinaryMask), and the
// rest of the model (project.h, taxonomy, annotators) stays free of OpenCV headers. Only code
// that handles annotations' content (core/project, exchange, widgets) includes this file.
#include "core/model/annotation.h"
#include "core/model/binarymask.h"

namespace concord {

// One labeled mask instance, stored cropped to a rectangle of the image (BinaryMask), so
// instances may overlap and a small finding on a 3000x3000 radiograph costs kilobytes.
// `mask.bounds` need not be tight: strokes grow it and erasing does not shrink it.
// A mask whose last pixel was erased stays an instance with no pixels until it is removed.
// The id is unique within its annotator's work (shared with boxes and polygons).
// Copies share pixel data (cv::Mat): clone mask.pixels before writing into a copy.
struct MaskAnnotation
{
    quint64 id = 0;
    int labelId = 0;
    BinaryMask mask;
    Provenance provenance;
    AnnotationAttributes attributes;
};

} // namespace concord
