// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QString>

namespace concord {

// The charts of an agreement report (buildAgreementReport), as self-contained SVG documents
// drawn by reportcharts. Every view of the report (the HTML page, the PDF, the app's Agreement
// panel) draws the same charts from the same JSON, so they can never disagree. Each returns an
// empty string when the report has nothing to draw (no pair of readers, no category rated).

// The pairwise Cohen's kappa matrix of a table section (e.g. report["overall"]).
QString pairwiseCohenChart(const Json &section);

// Fleiss' kappa of each category of a table section, leaving out categories nobody chose.
QString perCategoryChart(const Json &section);

// Nominal alpha per guideline version and per ISO week (report["trend"]).
QString guidelineTrendChart(const Json &trend);
QString weeklyTrendChart(const Json &trend);

} // namespace concord
