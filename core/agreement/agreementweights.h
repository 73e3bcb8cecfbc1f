// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace concord {

// Partial-credit schemes for ordered categories. Unweighted gives credit only for identical
// categories.
enum class KappaWeights { Unweighted, Linear, Quadratic };

QString kappaWeightsName(KappaWeights weights);
std::optional<KappaWeights> parseKappaWeights(QStringView name);

// The q×q agreement-weight matrix (row-major) for categories at the given positions or values
// x_0..x_{q-1}: 1 on the diagonal and, off it, 1 - |x_k - x_l| / (max - min) for linear and
// 1 - (x_k - x_l)² / (max - min)² for quadratic (Cohen 1968; Gwet 2014, ch. 3). With fewer than
// two distinct values every scheme is the identity.
std::vector<double> agreementWeights(KappaWeights weights, const std::vector<double> &values);

} // namespace concord
