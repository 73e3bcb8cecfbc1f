// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/maskannotation.h"

#include <QString>

namespace concord {

class LabelingContext;

// The edits that mask tools other than the brush end in, each pushed as one undo command.

// Adds `pixels` to the selected mask as one stroke when a mask is selected; otherwise makes a
// new instance with the active label. The result becomes the selection. Returns whether an
// edit was saved (false too when nothing changed).
bool addPixelsToMask(LabelingContext &context, const BinaryMask &pixels,
                     const QString &description);

// Replaces the pixels of an existing instance (fill holes, smoothing) as one stroke.
bool replaceMaskPixels(LabelingContext &context, const MaskAnnotation &before,
                       const BinaryMask &after, const QString &description);

} // namespace concord
