// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/imaging/imagepyramid.h"
#include "core/util/error.h"

#include <memory>
#include <vector>

namespace concord {

// A decoded image ready for display: pixels, metadata and the level-of-detail pyramid of the
// frame on screen. Built off the GUI thread, then shared read-only.
struct DisplayImage
{
    Image image;
    ImagePyramid pyramid; // of frame 0, built with the image

    int frameCount() const { return image.isTiled() ? 1 : int(image.frames.size()); }
    // The pyramid of any frame; frames after the first are built on first use, on the GUI
    // thread (a few milliseconds for a radiograph), so opening a long cine stays quick.
    const ImagePyramid &pyramidOf(int frame) const;
    // Memory this image holds once every frame's pyramid is built: what the loader's cache
    // budgets by.
    size_t memoryBytes() const;

private:
    mutable std::vector<ImagePyramid> m_otherFrames; // index frame - 1; empty until used
};

// Loads and prepares an image; safe to call from a worker thread.
Expected<std::shared_ptr<const DisplayImage>> prepareDisplayImage(const QString &path);

} // namespace concord
