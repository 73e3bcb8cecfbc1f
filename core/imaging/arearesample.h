// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

namespace concord {

// Shrinks `source` by area averaging onto a grid of `size` pixels whose pixel (col, row) covers
// the source square [origin.x + col * step, + step) x [origin.y + row * step, + step), weighting
// each source pixel by the part of it the square covers. Unlike cv::resize(INTER_AREA), the grid
// may start at a fractional source position, so a view can resample exactly the screen pixels it
// shows. Parts of a square outside `source` are ignored: an output pixel on the image border
// averages only what exists, and one outside it is 0. `step` >= 1 (shrinking only).
// Keeps depth (CV_8U, CV_16U or CV_16S, rounded) and channel count. Pure function, any thread.
cv::Mat resampleArea(const cv::Mat &source, cv::Point2d origin, double step, cv::Size size);

// The same into `output`, whose memory is reused when it has the size and type already: a
// viewer refilling its tiles at every zoom step spares the allocation and its page faults.
void resampleAreaInto(const cv::Mat &source, cv::Point2d origin, double step, cv::Size size,
                      cv::Mat &output);

} // namespace concord
