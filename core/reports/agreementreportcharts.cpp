// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/agreementreportcharts.h"

#include "core/reports/reportcharts.h"
#include "core/reports/reportjson.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

using namespace reportjson;

namespace {

std::optional<double> finite(const Json &v)
{
    return v.is_number() && std::isfinite(v.get<double>()) ? std::optional<double>(v.get<double>())
                                                           : std::nullopt;
}

std::vector<ChartValue> trendPoints(const Json &points, bool byVersion)
{
    std::vector<ChartValue> out;
    for (const Json &p : points) {
        const QString label =
            byVersion ? concord::tr("v%1").arg(count(p, "version")) : str(p, "week");
        out.push_back({label, num(p, "alpha"), concord::tr("%1 units").arg(count(p, "units"))});
    }
    return out;
}

} // namespace

QString pairwiseCohenChart(const Json &section)
{
    const Json &pairs = field(section, "pairwise_cohen");
    QStringList names;
    std::vector<std::optional<double>> values;
    std::vector<qint64> units;
    for (const Json &c : field(pairs, "coders"))
        names.append(c.is_string() ? fromStd(c.get<std::string>()) : QString());
    if (names.size() < 2)
        return {};
    for (const Json &row : field(pairs, "kappa"))
        for (const Json &v : row)
            values.push_back(finite(v));
    for (const Json &row : field(pairs, "units"))
        for (const Json &v : row)
            units.push_back(v.is_number() ? v.get<qint64>() : 0);
    return heatmapSvg(names, values, units, concord::tr("Pairwise Cohen's kappa"));
}

QString perCategoryChart(const Json &section)
{
    std::vector<ChartValue> bars;
    for (const Json &c : field(section, "fleiss_per_category")) {
        // A category of the scale that nobody chose has no kappa to show.
        if (field(c, "ratings").is_number() && count(c, "ratings") == 0)
            continue;
        bars.push_back({str(c, "category"), num(c, "value"), {}});
    }
    return bars.empty() ? QString() : barChartSvg(bars, concord::tr("Fleiss' kappa"));
}

QString guidelineTrendChart(const Json &trend)
{
    return lineChartSvg(trendPoints(field(trend, "by_guideline"), true), concord::tr("alpha"),
                        concord::tr("Guideline version"));
}

QString weeklyTrendChart(const Json &trend)
{
    return lineChartSvg(trendPoints(field(trend, "by_week"), false), concord::tr("alpha"),
                        concord::tr("ISO week of the label"));
}

} // namespace concord
