// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QByteArray>

namespace concord {

// The quality report (buildQualityReport) as one self-contained HTML page: no script, no
// external file; the tier chart is inline SVG. Reads the document tolerantly (a missing key
// draws as empty), so it draws any version-1 report.
QByteArray qualityReportHtml(const Json &report);

// At most this many waiting items are listed on the page; the JSON has every item.
inline constexpr int QualityReportListedItems = 300;

} // namespace concord
