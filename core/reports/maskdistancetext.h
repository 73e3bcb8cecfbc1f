// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QString>

namespace concord {

// Text for the distances of the report's "masks" section, shared by the HTML page (and so the
// PDF) and the app's Agreement panel, so every view names units the same way.

// The mean HD95 of one reader pair with its unit: "2.4 mm", "7.1 px", or both when some of the
// pair's images record no pixel spacing ("2.4 mm · 7.1 px"), since the two cannot be averaged.
// `undefined` when the pair has no distance at all.
QString meanHausdorff95Text(const Json &pair, const QString &undefined);

// Where the millimetres come from, for a note under the table: which spacing attribute
// (Imager Pixel Spacing is at the detector, so it overstates patient sizes) and that images
// without spacing are in pixels. Empty when the section has no distance.
QString distanceUnitNote(const Json &masks);

} // namespace concord
