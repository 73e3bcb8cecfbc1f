// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"

namespace concord {

// A saved length measurement: a straight line between two points in image pixel coordinates
// (the ImagePoint convention), with the label that was active when it was drawn. A
// measurement, not a finding: agreement, quality control and training-set exports leave rulers
// out, and the DICOM measurement report gives their lengths in mm (docs/dicom-exchange.md,
// "Rulers"). The id is unique within its annotator's work (shared with boxes, polygons and
// masks). Apart from annotation.h so that only the code that deals with rulers sees them.
struct RulerAnnotation
{
    quint64 id = 0;
    int labelId = 0;
    ImagePoint start;
    ImagePoint end;
    Provenance provenance;

    bool operator==(const RulerAnnotation &) const = default;
};

} // namespace concord
