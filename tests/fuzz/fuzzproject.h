// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small project the fuzz targets and their seed corpus are made from, built the way the
// app builds one (Workspace), so every seed is a file Concord really writes: project.json,
// items.jsonl, two annotators' journals with boxes, a polygon, class labels, a status, a mask
// whose pixels fit its journal line and one whose pixels live in blobs/.
#include "core/util/error.h"

#include <QString>

namespace concord::fuzz {

// Fixed, so a session archive made for the seed corpus belongs to the project a fuzz target
// builds for itself in another process.
inline constexpr const char *FuzzProjectId = "6d3f8a52-1c0e-4b7a-9f21-c0ffee0f0022";
inline constexpr const char *FieldAnnotatorId = "field"; // boxes, polygon, masks, labels
inline constexpr const char *LeadAnnotatorId = "lead";   // one box

// Creates the project in `directory`, which must not exist yet or be empty. The blobs are the
// same bytes (so have the same names) in every process; session ids differ.
MaybeError createFuzzProject(const QString &directory);

} // namespace concord::fuzz
