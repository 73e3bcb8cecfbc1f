// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/qualitypolicy.h"
#include "core/storage/jsonsupport.h"

namespace concord {

// A quality policy as stored in project.json's "quality_policies" array (docs/quality.md):
// its version, author, time and summary, then every field under its key, typed.
Json qualityPolicyToJson(const QualityPolicy &policy);
// Missing fields keep their defaults, so a policy written by an older build still reads. A
// field of the wrong type or an unknown action is a JsonFieldError naming the field.
QualityPolicy qualityPolicyFromJson(const Json &json);

} // namespace concord
