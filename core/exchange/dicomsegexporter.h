// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/dicomexport.h"
#include "core/model/taxonomy.h"
#include "core/util/error.h"

namespace concord {

// The Segmented Property Category and Type of a label's segments: the label's own codes from
// the taxonomy, or, for a label that has none, SCT 49755003 "Morphologically abnormal
// structure" and SCT 52988006 "Lesion" (docs/dicom-exchange.md, "Codes").
CodedConcept segmentCategoryOf(const Label &label);
CodedConcept segmentTypeOf(const Label &label);

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
