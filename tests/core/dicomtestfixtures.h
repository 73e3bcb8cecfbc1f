// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/dicomwriter.h"
#include "core/imaging/image.h"

#include <QString>
#include <QStringList>

#include <functional>

class DcmDataset;

namespace concord::test {

// A greyscale image of known, pseudo-random stored values that use every bit of `bitsStored`
// (signed when depth is CV_16S), so any decoding slip shows up as a pixel mismatch.
Image makeGreyImage(int rows, int columns, int depth, int bitsStored, int frames = 1,
                    quint64 seed = 1);

// A known 8-bit RGB image. With `pairedChroma`, horizontally adjacent pixels share their colour
// difference, so 4:2:2 subsampling loses nothing beyond rounding.
Image makeRgbImage(int rows, int columns, bool pairedChroma = false);

// Loads `path` with DCMTK, lets `edit` change the data set, and saves it again with the
// same transfer syntax. Fails the current test on error.
bool editDicom(const QString &path, const std::function<void(DcmDataset &)> &edit);

// Runs a DCMTK command-line tool; returns false (after a QSKIP-worthy message in `why`) when
// the tool is not installed, and fails the test if it exits with an error.
enum class ToolResult { Ok, Missing, Failed };
ToolResult runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr);

// Largest absolute difference between two images of the same type, over all frames.
double maxDifference(const Image &a, const Image &b);

} // namespace concord::test
