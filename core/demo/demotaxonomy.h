// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

namespace concord {

// The demo's chest taxonomy: findings (opacities, effusion, pneumothorax), devices and Normal,
// with descriptions and laterality and severity attributes, so the taxonomy editor and the
// guideline show what they hold.
Taxonomy demoTaxonomy();

} // namespace concord
