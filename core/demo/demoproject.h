// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

namespace concord {

// The annotator the demo starts as, so a newcomer sees a working window in one step.
inline constexpr const char *DemoAnnotatorId = "demo";

// Creates a demo project in `directory` (which must not hold a project yet): synthetic
// radiographs drawn in code, a small hierarchical chest taxonomy, two annotators, and a few
// labels already made on the first images so the window shows boxes and classes at once, and a
// pre-label set of a made-up detector so the Suggestions tab has something to offer.
// It also writes the generator's version stamp (DemoVersionFile), so a later Concord can tell
// its own demo from an older one.
MaybeError createDemoProject(const QString &directory, int imageCount = 12);

// Raised whenever the generator changes what a demo holds (readers, images, labels, references),
// so the demo always shows what the README describes.
inline constexpr int DemoGeneratorVersion = 6;
inline constexpr const char *DemoVersionFile = "demo-version";

// The demo the window opens: created when `directory` holds none; when it holds a demo from
// another generator version (or one without a stamp), that folder is first moved aside to a
// sibling named with the current time, never deleted, since a user may have labeled in it.
// Returns the folder the old demo now lives in, or an empty string when nothing was moved.
Expected<QString> prepareCurrentDemoProject(const QString &directory);

} // namespace concord
