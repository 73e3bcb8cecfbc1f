// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/imaging/imagepyramid.h"
#include "core/util/error.h"

#include <memory>

namespace concord {

// A decoded image ready for display: pixels, metadata and the level-of-detail pyramid of the
// frame on screen. Built off the GUI thread, then shared read-only.
struct DisplayImage
{
    Image image;
    ImagePyramid pyramid;
};

// Loads and prepares an image; safe to call from a worker thread.
Expected<std::shared_ptr<const DisplayImage>> prepareDisplayImage(const QString &path);

} // namespace concord
