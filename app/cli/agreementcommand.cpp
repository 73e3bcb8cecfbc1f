// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli agreement: agreement coefficients of a long-format rating CSV.
#include "app/cli/clicommand.h"

#include "core/agreement/agreementmetric.h"
#include "core/agreement/fleisskappa.h"
#include "core/agreement/ratingcsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace concord::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int usageError(const QString &message)
{
    standardOutput().flush();
    standardError() << "concord-cli agreement: " << message << '\n'
                    << tr("Run 'concord-cli agreement --help' for the arguments.") << Qt::endl;
    return ExitUsage;
}

nlohmann::json toJson(const AgreementResult &r, const AgreementRequest &request,
                      const QString &path, const RatingTable &table)
{
    auto optional = [](const std::optional<double> &v) {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    };
    nlohmann::json j;
    j["metric"] = agreementMetricName(request.metric).toStdString();
    j["coefficient"] = r.metric.toStdString();
    j["value"] = optional(r.value);
    j["units"] = r.units;
    j["coders"] = r.coders;
    j["categories"] = table.categoryCount();
    j["ratings"] = table.ratingCount();
    j["observed_agreement"] = optional(r.observedAgreement);
    j["expected_agreement"] = optional(r.expectedAgreement);
    j["standard_error"] = optional(r.standardError);
    if (r.ci) {
        j["ci"] = {{"lower", r.ci->lower},
                   {"upper", r.ci->upper},
                   {"level", r.ci->level},
                   {"method", r.ci->method.toStdString()}};
    } else {
        j["ci"] = nullptr;
    }
    j["landis_koch"] = r.landisKoch.isEmpty() ? nlohmann::json(nullptr)
                                              : nlohmann::json(r.landisKoch.toStdString());
    nlohmann::json warnings = nlohmann::json::array();
    for (const QString &w : r.warnings)
        warnings.push_back(w.toStdString());
    j["warnings"] = warnings;
    j["file"] = path.toStdString();
    return j;
}

// Fleiss' kappa also has a z test under the null and one kappa per category (Fleiss 1971).
void addFleissDetails(nlohmann::json &j, const RatingTable &table)
{
    const FleissKappa fleiss = fleissKappa(table);
    j["standard_error_under_null"] = fleiss.standardErrorUnderNull
                                         ? nlohmann::json(*fleiss.standardErrorUnderNull)
                                         : nlohmann::json(nullptr);
    j["z"] = fleiss.z ? nlohmann::json(*fleiss.z) : nlohmann::json(nullptr);
    nlohmann::json categories = nlohmann::json::array();
    for (size_t k = 0; k < fleiss.perCategory.size(); ++k) {
        const AgreementResult &c = fleiss.perCategory[k];
        categories.push_back(
            {{"category", table.categoryName(qint32(k)).toStdString()},
             {"value", c.value ? nlohmann::json(*c.value) : nlohmann::json(nullptr)},
             {"standard_error_under_null",
              c.standardError ? nlohmann::json(*c.standardError) : nlohmann::json(nullptr)}});
    }
    j["per_category"] = categories;
}

QString toText(const AgreementResult &r)
{
    QString line = r.metric + QStringLiteral(" = ");
    line += r.value ? QString::number(*r.value, 'f', 9) : tr("undefined");
    if (r.ci) {
        line += QStringLiteral(" (%1% CI %2 to %3, %4)")
                    .arg(r.ci->level * 100, 0, 'g', 3)
                    .arg(r.ci->lower, 0, 'f', 4)
                    .arg(r.ci->upper, 0, 'f', 4)
                    .arg(r.ci->method);
    }
    line += tr(", %1 units, %2 coders").arg(r.units).arg(r.coders);
    if (!r.landisKoch.isEmpty())
        line += tr(", %1 (Landis-Koch)").arg(r.landisKoch);
    return line;
}

} // namespace

int runAgreementCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measure inter-annotator agreement on a long-format CSV with the header "
           "unit,coder,label (one rating per line; a missing rating has no line)."));
    parser.addHelpOption();
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Ratings to read."), tr("file"));
    const QCommandLineOption metric(
        QStringLiteral("metric"),
        tr("Coefficient: percent, cohen, scott, fleiss, alpha, ac1 or bp (default alpha)."),
        tr("name"), QStringLiteral("alpha"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   tr("Level for alpha: nominal, ordinal, interval or ratio."),
                                   tr("level"), QStringLiteral("nominal"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     tr("Weights for cohen, ac1 and bp: linear or quadratic."),
                                     tr("scheme"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption bootstrap(
        QStringLiteral("bootstrap"),
        tr("Bootstrap confidence interval over units with N resamples (e.g. 1000)."), tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the bootstrap (default 1)."),
                                  tr("S"), QStringLiteral("1"));
    parser.addOptions({csv, metric, level, weights, json, bootstrap, seed});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 tr("A Concord project folder (not supported yet; use --csv)."),
                                 QStringLiteral("[project]"));

    if (!parser.parse(QStringList{QStringLiteral("concord-cli agreement")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the binary path in the usage line; name the sub-command instead.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty())
            help.replace(help.indexOf(program), program.size(),
                         QStringLiteral("concord-cli agreement"));
        standardOutput() << help;
        standardOutput().flush();
        return ExitOk;
    }
    if (!parser.isSet(csv)) {
        if (!parser.positionalArguments().isEmpty())
            return usageError(tr("reading agreement from a project is not supported yet; "
                                 "export ratings and pass --csv <file>"));
        return usageError(tr("--csv <file> is required"));
    }

    AgreementRequest request;
    const std::optional<AgreementMetric> chosen = parseAgreementMetric(parser.value(metric));
    if (!chosen)
        return usageError(tr("unknown metric '%1'").arg(parser.value(metric)));
    request.metric = *chosen;
    const std::optional<MeasurementLevel> chosenLevel = parseMeasurementLevel(parser.value(level));
    if (!chosenLevel)
        return usageError(tr("unknown level '%1'").arg(parser.value(level)));
    request.level = *chosenLevel;
    if (parser.isSet(level) && request.metric != AgreementMetric::Alpha)
        return usageError(tr("--level applies only to --metric alpha"));
    if (parser.isSet(weights) && request.metric != AgreementMetric::Cohen &&
        request.metric != AgreementMetric::Ac1 &&
        request.metric != AgreementMetric::BrennanPrediger)
        return usageError(tr("--weights applies only to --metric cohen, ac1 or bp"));
    if (parser.isSet(weights)) {
        const std::optional<KappaWeights> w = parseKappaWeights(parser.value(weights));
        if (!w)
            return usageError(tr("unknown weights '%1'").arg(parser.value(weights)));
        request.weights = *w;
    }
    if (parser.isSet(bootstrap)) {
        bool okCount = false, okSeed = false;
        BootstrapOptions options;
        options.resamples = parser.value(bootstrap).toInt(&okCount);
        options.seed = parser.value(seed).toULongLong(&okSeed);
        if (!okCount || options.resamples < 2)
            return usageError(tr("--bootstrap needs a whole number of at least 2"));
        if (!okSeed)
            return usageError(tr("--seed needs a non-negative whole number"));
        request.bootstrap = options;
    }

    const QString path = parser.value(csv);
    const Expected<RatingTable> table = readRatingCsv(path);
    if (!table)
        return failWith(table.error().toString());
    const QString problem = checkAgreementRequest(*table, request);
    if (!problem.isEmpty())
        return failWith(QStringLiteral("%1: %2").arg(path, problem));

    const AgreementResult result = computeAgreement(*table, request);
    if (parser.isSet(json)) {
        nlohmann::json j = toJson(result, request, path, *table);
        if (request.metric == AgreementMetric::Fleiss)
            addFleissDetails(j, *table);
        standardOutput() << QString::fromStdString(j.dump()) << Qt::endl;
    } else {
        standardOutput() << toText(result) << Qt::endl;
        for (const QString &warning : result.warnings)
            standardError() << tr("warning: ") << warning << '\n';
        standardError().flush();
    }
    return ExitOk;
}

} // namespace concord::cli
