// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quality/taxonomyhealth.h"
#include "core/storage/jsonsupport.h"

namespace concord {

// Taxonomy health as the JSON that `concord-cli taxonomy check --json` prints (docs/quality.md,
// "Taxonomy health"): "confusable" (most confused first), "uncovered", "warnings", and the
// figures behind them. Labels by their full path, as `info` gives them.
Json taxonomyHealthToJson(const TaxonomyHealth &health, const Project &project,
                          const ItemList &items);

} // namespace concord
