// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/dicomexport.h"
#include "core/util/error.h"

namespace concord {

// The code a segment of a label gets for its Segmented Property Category and Type while
// taxonomy labels carry no code of their own (docs/dicom-exchange.md, "Codes").
struct SegmentCode
{
    const char *value;
    const char *scheme;
    const char *meaning;
};
inline constexpr SegmentCode DefaultSegmentCategory{"49755003", "SCT",
                                                    "Morphologically abnormal structure"};
inline constexpr SegmentCode DefaultSegmentType{"52988006", "SCT", "Lesion"};

// Writes one DICOM Segmentation (binary, Explicit VR Little Endian) per source DICOM image and
// reader: a segment per label the reader's masks and polygons use on the image, its pixels
// the union of them as core/project/labelpixels.h gives it (polygons filled by the
// pixel-centre rule); boxes are left to the SR. Each SEG has the source's Rows and Columns,
// its Patient and Study, new Series and SOP Instance UIDs, and refers to it in the Derivation
// Image functional group (Source Image Sequence) of every frame and in the Referenced Series
// Sequence. Files go to <destination>/<reader>/<item id>-seg.dcm, staged first, so a stop or
// an error leaves the destination as it was. An item that is not a DICOM image, whose file is
// missing or does not match the item, whose reader drew no mask or polygon, or with a mask
// reaching outside the image, is left out with a message in `skipped`
// (docs/dicom-exchange.md describes the object).
Expected<DicomExportResult> exportDicomSegmentations(const ProjectFolder &folder,
                                                     const Project &project, const ItemList &items,
                                                     const AnnotationStore &store,
                                                     const QString &destination,
                                                     const DicomExportOptions &options = {});

} // namespace concord
