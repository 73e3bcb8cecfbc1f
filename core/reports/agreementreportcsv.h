// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QByteArray>

namespace concord {

// The agreement report (buildAgreementReport) as CSV, one row per coefficient: the overall and
// per-label coefficients, Fleiss' per-category kappas, the pairwise Cohen matrix (each pair
// once), the kappas against gold, box and mask agreement per reader pair (masks also per item
// and label) and the trend. Columns:
//   scope,table,category,coder_a,coder_b,metric,value,value_unit,standard_error,ci_lower,
//   ci_upper,ci_level,ci_method,units,coders,landis_koch,warnings
// value_unit is "mm" or "px" on distance rows (HD95) and empty on coefficients; `units` counts
// the units (items, comparisons) a value rests on.
// Undefined values are empty fields, never NaN. UTF-8, RFC 4180 quoting, \n line ends.
QByteArray agreementReportCsv(const Json &report);

} // namespace concord
