// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of a taxonomy label that project.json holds and `concord-cli taxonomy list --json`
// prints in the same form, written in one place so that the two cannot drift apart.
#include "core/model/taxonomy.h"
#include "core/storage/jsonsupport.h"

#include <vector>

namespace concord {

// [{"name", "scale": "nominal" | "ordinal", "values": [...]}, ...]
Json labelAttributesToJson(const std::vector<LabelAttribute> &attributes);

// A label's DICOM SEG codes (docs/dicom-exchange.md, "Codes"), its "dicom_segment" object:
// {"category": CODE, "type": CODE}, each CODE {"value", "scheme", "meaning"}.
Json segmentCodesToJson(const Label &label);
// Sets the label's codes from the "dicom_segment" object of `labelJson`; a code it lacks stays
// empty, a code lacking a part is a JsonFieldError. Whether the pair fits DICOM is
// segmentCodesProblem's to say.
void segmentCodesFromJson(const Json &labelJson, Label &label);

} // namespace concord
