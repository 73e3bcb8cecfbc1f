// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/ratingtable.h"

#include <QStringView>

#include <optional>

namespace concord {

// The difference functions of Krippendorff's alpha. Ordinal uses the table's category order;
// interval and ratio use RatingTable::categoryValue().
enum class MeasurementLevel { Nominal, Ordinal, Interval, Ratio };

QString measurementLevelName(MeasurementLevel level);
std::optional<MeasurementLevel> parseMeasurementLevel(QStringView name);

// Krippendorff's alpha by the coincidence-matrix computation of Krippendorff (2011),
// "Computing Krippendorff's Alpha-Reliability", sections B and C: any number of coders,
// missing cells allowed. Units with fewer than two ratings are not pairable and are left out
// (with a warning). The value is empty when fewer than two pairable values exist or when all
// pairable values fall into one category (expected disagreement 0, alpha = 0/0).
// `units` counts pairable units. Runs in one pass over the table: O(units × coders²).
AgreementResult krippendorffAlpha(const RatingTable &table, MeasurementLevel level);

} // namespace concord
