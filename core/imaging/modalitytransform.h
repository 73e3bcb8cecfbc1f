// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"

#include <QString>

#include <utility>

namespace concord {

// The Modality LUT stage of DICOM PS3.3 C.11.1: stored values to modality values (Hounsfield
// units, optical density, ...), which windows and VOI LUTs take as input. A Modality LUT
// Sequence replaces Rescale Slope/Intercept when the file has one; stored values before its
// first mapped value take its first entry, values past its end its last entry.
double modalityValue(double stored, const ImageMetadata &metadata);

// Whether modality values differ from stored values (a Modality LUT, or a rescale other than
// slope 1 and intercept 0), i.e. whether a readout should show both.
bool hasModalityTransform(const ImageMetadata &metadata);

// What modality values measure: Modality LUT Type or Rescale Type, e.g. "HU" or "OD"; "HU" for
// a CT rescale that names no type, as the CT Image module implies. Empty when the file leaves
// it unspecified ("US" in both attributes).
QString modalityValueType(const ImageMetadata &metadata);

// The smallest and largest modality value stored values in [lowestStored, highestStored] map
// to. A Modality LUT need not be monotonic, so its reachable entries are scanned.
std::pair<double, double> modalityRange(const ImageMetadata &metadata, int lowestStored,
                                        int highestStored);

} // namespace concord
