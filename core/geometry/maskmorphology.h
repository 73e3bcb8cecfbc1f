// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"

namespace concord {

// The mask with every hole filled: unset pixels that no 4-connected path of unset pixels joins
// to the outside of the mask's bounds become set.
BinaryMask fillHoles(const BinaryMask &mask);

// Morphological opening then closing with a disc of `radius` pixels: removes specks and thin
// spurs narrower than the disc, then closes gaps and notches of that size. The result may grow
// past the input's bounds by at most `radius`, clipped to the image.
BinaryMask smoothMask(const BinaryMask &mask, int radius, cv::Size imageSize);

// GrabCut (Rother et al. 2004, OpenCV's implementation) of the object inside `box` of an
// 8-bit image (1 or 3 channels): works on a crop around the box with a margin of background,
// so a click costs the box's size, not the image's. `iterations` EM rounds (5 is OpenCV's
// usual). Returns the largest connected foreground part, cropped; empty for an empty box.
// Seconds for a large box: run it off the GUI thread.
BinaryMask grabCutMask(const cv::Mat &image, cv::Rect box, int iterations = 5);

} // namespace concord
