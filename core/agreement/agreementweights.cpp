// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementweights.h"

#include "core/util/enumkeys.h"

#include <algorithm>
#include <cmath>

namespace concord {

namespace {

constexpr EnumKey<KappaWeights> KappaWeightsNames[] = {{KappaWeights::Unweighted, "unweighted"},
                                                       {KappaWeights::Linear, "linear"},
                                                       {KappaWeights::Quadratic, "quadratic"}};

} // namespace

QString kappaWeightsName(KappaWeights weights)
{
    return enumKey(KappaWeightsNames, weights);
}

std::optional<KappaWeights> parseKappaWeights(QStringView name)
{
    if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return KappaWeights::Unweighted;
    return enumFromKey(KappaWeightsNames, name, Qt::CaseInsensitive);
}

std::vector<double> agreementWeights(KappaWeights weights, const std::vector<double> &values)
{
    const size_t q = values.size();
    std::vector<double> w(q * q, 0.0);
    for (size_t k = 0; k < q; ++k)
        w[k * q + k] = 1.0;
    if (q < 2 || weights == KappaWeights::Unweighted)
        return w;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double range = *hi - *lo;
    if (!(range > 0))
        return w;
    for (size_t k = 0; k < q; ++k) {
        for (size_t l = 0; l < q; ++l) {
            if (k == l)
                continue;
            const double d = std::abs(values[k] - values[l]) / range;
            w[k * q + l] = weights == KappaWeights::Linear ? 1.0 - d : 1.0 - d * d;
        }
    }
    return w;
}

} // namespace concord
