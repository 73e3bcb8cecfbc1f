// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QByteArray>

namespace concord {

// The agreement report (buildAgreementReport) as one self-contained HTML page: inline CSS and
// hand-written inline SVG charts (pairwise kappa heatmap, per-category bars, alpha trend), no
// script and no external resource, so it opens offline, attaches to an e-mail and prints.
// Undefined values show as a dash, never as NaN. UTF-8.
QByteArray agreementReportHtml(const Json &report);

} // namespace concord
