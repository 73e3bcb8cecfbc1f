// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementmetric.h"

#include "core/agreement/fleisskappa.h"
#include "core/agreement/multiratercoefficients.h"
#include "core/agreement/pairwisecoefficients.h"
#include "core/util/enumkeys.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

namespace {

constexpr EnumKey<AgreementMetric> AgreementMetricNames[] = {
    {AgreementMetric::Percent, "percent"},   {AgreementMetric::Cohen, "cohen"},
    {AgreementMetric::Scott, "scott"},       {AgreementMetric::Fleiss, "fleiss"},
    {AgreementMetric::Alpha, "alpha"},       {AgreementMetric::Ac1, "ac1"},
    {AgreementMetric::BrennanPrediger, "bp"}};

AgreementResult computeOnce(const RatingTable &table, const AgreementRequest &request)
{
    switch (request.metric) {
    case AgreementMetric::Percent: return percentAgreement(table);
    case AgreementMetric::Cohen: return cohenKappa(table, 0, 1, request.weights);
    case AgreementMetric::Scott: return scottPi(table, 0, 1);
    case AgreementMetric::Fleiss: return fleissKappa(table).overall;
    case AgreementMetric::Alpha: return krippendorffAlpha(table, request.level);
    case AgreementMetric::Ac1: return gwetAc(table, request.weights);
    case AgreementMetric::BrennanPrediger: return brennanPrediger(table, request.weights);
    }
    return {};
}

} // namespace

QString agreementMetricName(AgreementMetric metric)
{
    return enumKey(AgreementMetricNames, metric);
}

std::optional<AgreementMetric> parseAgreementMetric(QStringView name)
{
    return enumFromKey(AgreementMetricNames, name, Qt::CaseInsensitive);
}

QString checkAgreementRequest(const RatingTable &table, const AgreementRequest &request)
{
    const bool pairOnly =
        request.metric == AgreementMetric::Cohen || request.metric == AgreementMetric::Scott;
    if (pairOnly && table.coderCount() != 2) {
        return concord::tr(
                   "%1 needs exactly 2 coders, the table has %2; use fleiss, alpha or ac1 for "
                   "more coders")
            .arg(agreementMetricName(request.metric))
            .arg(table.coderCount());
    }
    const bool weighted = request.metric == AgreementMetric::Cohen ||
                          request.metric == AgreementMetric::Ac1 ||
                          request.metric == AgreementMetric::BrennanPrediger;
    if (!weighted && request.weights != KappaWeights::Unweighted)
        return concord::tr("--weights applies only to cohen, ac1 and bp");
    if (request.metric != AgreementMetric::Alpha && request.level != MeasurementLevel::Nominal)
        return concord::tr("--level applies only to alpha");
    if (request.bootstrap && request.bootstrap->resamples < 2)
        return concord::tr("--bootstrap needs at least 2 resamples");
    return {};
}

AgreementResult computeAgreement(const RatingTable &table, const AgreementRequest &request)
{
    AgreementResult result = computeOnce(table, request);
    addBootstrapInterval(table, request, result);
    return result;
}

void addBootstrapInterval(const RatingTable &table, const AgreementRequest &request,
                          AgreementResult &result)
{
    if (request.bootstrap && result.value) {
        AgreementRequest single = request;
        single.bootstrap.reset();
        result.ci = bootstrapInterval(
            table, [single](const RatingTable &t) { return computeOnce(t, single).value; },
            *request.bootstrap, &result.warnings);
    }
}

} // namespace concord
