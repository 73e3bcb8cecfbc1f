// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the rating CSV of `concord-cli agreement --csv`: the bytes are a file read
// by readRatingCsv (memory-mapped, parsed in place); a table that loads is then measured as the
// command would, with every coefficient the request checks allow. Any bytes must give a table
// or a FileError naming a line, never a crash, hang or sanitizer report.
#include "core/agreement/agreementmetric.h"
#include "core/agreement/ratingcsv.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    static const QString path = fuzz::tempPath(QStringLiteral("ratings.csv"));
    fuzz::writeFileOrDie(path, fuzz::bytesOf(data, size));
    const Expected<RatingTable> table = readRatingCsv(path);
    if (!table) {
        if (table.error().message.isEmpty())
            __builtin_trap(); // every failure must say what is wrong
        return 0;
    }
    // Coefficients cost units x coders; the parser is what is fuzzed, so keep each run short.
    if (qint64(table->unitCount()) * table->coderCount() > 4096)
        return 0;
    const AgreementMetric metrics[] = {AgreementMetric::Percent, AgreementMetric::Cohen,
                                       AgreementMetric::Scott,   AgreementMetric::Fleiss,
                                       AgreementMetric::Ac1,     AgreementMetric::BrennanPrediger};
    std::vector<AgreementRequest> requests;
    for (const AgreementMetric metric : metrics)
        requests.push_back({metric, MeasurementLevel::Nominal, KappaWeights::Unweighted, {}});
    for (const MeasurementLevel level : {MeasurementLevel::Nominal, MeasurementLevel::Ordinal,
                                         MeasurementLevel::Interval, MeasurementLevel::Ratio})
        requests.push_back({AgreementMetric::Alpha, level, KappaWeights::Unweighted, {}});
    requests.push_back(
        {AgreementMetric::Cohen, MeasurementLevel::Nominal, KappaWeights::Quadratic, {}});
    for (const AgreementRequest &request : requests) {
        if (checkAgreementRequest(*table, request).isEmpty())
            (void)computeAgreement(*table, request);
    }
    return 0;
}
