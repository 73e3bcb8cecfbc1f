// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/dicomexport.h"
#include "core/util/error.h"

namespace concord {

// The private coding scheme of the concepts DICOM has no code for: a label as a finding
// ("L<label id>", meaning its name), the guideline version and the pixel-spacing attribute
// (docs/dicom-exchange.md, "Codes").
inline constexpr const char *ConcordCodingScheme = "99CONCORD";
inline constexpr const char *GuidelineVersionCode = "GUIDELINE-VER";
inline constexpr const char *PixelSpacingSourceCode = "SPACING-ATTR";

// Writes one DICOM Enhanced SR per source DICOM image and reader, a TID 1500 Imaging
// Measurement Report (DCMTK's dcmsr/cmr): the reader as person observer, the source image in
// the image library and as every measurement's source, and one TID 1501 measurement group per
// box, polygon, mask instance and ruler: its label as Finding, the session as Activity Session,
// the guideline version and the pixel-spacing attribute as text, and its Area (SCT 42798000) in
// mm2: a box's rectangle clipped to the image, a polygon's pixels (filled by the pixel-centre
// rule, as the SEG has them) or a mask's pixels, times the pixel's size; for a ruler its Length
// (SCT 410668003) in mm, with the line as a two-point POLYLINE on the source image. Files go
// to <destination>/<reader>/<item id>-sr.dcm, staged first. Areas and lengths need the pixel
// size: an item without Pixel Spacing or Imager Pixel Spacing is left out with a message in
// `skipped`, as is an item that is not a DICOM image or whose reader drew nothing to measure
// (docs/dicom-exchange.md, "The measurement report").
Expected<DicomExportResult>
exportDicomMeasurementReports(const ProjectFolder &folder, const Project &project,
                              const ItemList &items, const AnnotationStore &store,
                              const QString &destination, const DicomExportOptions &options = {});

} // namespace concord
