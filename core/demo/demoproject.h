// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

namespace concord {

// The annotator the demo starts as, so a newcomer sees a working window in one step.
inline constexpr const char *DemoAnnotatorId = "demo";

// Creates a demo project in `directory` (which must not hold a project yet): synthetic
// radiographs drawn in code, a small hierarchical chest taxonomy, two annotators, and a few
// labels already made on the first images so the window shows boxes and classes at once.
MaybeError createDemoProject(const QString &directory, int imageCount = 12);

} // namespace concord
