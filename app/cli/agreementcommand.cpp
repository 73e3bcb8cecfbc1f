// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli agreement: its options and help, and the agreement coefficients of a long-format
// rating CSV; the project form is in agreementprojectreport.cpp.
#include "app/cli/agreementcommand.h"
#include "app/cli/clicommand.h"

#include "core/agreement/agreementmetric.h"
#include "core/agreement/fleisskappa.h"
#include "core/agreement/ratingcsv.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace concord::cli {

AgreementOptions::AgreementOptions()
    : csv(QStringLiteral("csv"), concord::tr("Ratings to read."), concord::tr("file"))
    , metric(QStringLiteral("metric"),
             concord::tr(
                 "Coefficient: percent, cohen, scott, fleiss, alpha, ac1 or bp (default alpha)."),
             concord::tr("name"), QStringLiteral("alpha"))
    , level(QStringLiteral("level"),
            concord::tr(
                "With --csv, the level for alpha: nominal, ordinal, interval or ratio. With a "
                "project, the taxonomy depth to compare labels at (0 = top level)."),
            concord::tr("level"), QStringLiteral("nominal"))
    , weights(QStringLiteral("weights"),
              concord::tr("Weights for cohen, ac1 and bp: linear or quadratic."),
              concord::tr("scheme"))
    , json(QStringLiteral("json"), concord::tr("Print one JSON object."))
    , bootstrap(
          QStringLiteral("bootstrap"),
          concord::tr("Bootstrap confidence interval over units with N resamples (e.g. 1000)."),
          concord::tr("N"))
    , seed(QStringLiteral("seed"), concord::tr("Seed of the bootstrap (default 1)."),
           concord::tr("S"), QStringLiteral("1"))
    , outDir(QStringLiteral("out-dir"),
             concord::tr(
                 "With a project: the folder to write the report files to (default: the current "
                 "folder)."),
             concord::tr("dir"))
    , gold(QStringLiteral("gold"),
           concord::tr(
               "With a project: the annotator whose labels are the reference for accuracy and "
               "kappa against gold."),
           concord::tr("annotator"))
    , guideline(QStringLiteral("guideline"),
                concord::tr("With a project: only labels made under this guideline version."),
                concord::tr("version"))
    , labels(
          QStringLiteral("labels"),
          concord::tr("With a project: only these labels (names, paths or ids, comma-separated); a "
                      "label includes its children."),
          concord::tr("labels"))
    , session(QStringLiteral("session"),
              concord::tr(
                  "With a project: only labels last changed in this session (repeat for more)."),
              concord::tr("id"))
    , since(
          QStringLiteral("since"),
          concord::tr("With a project: only labels last changed at or after this date or time (ISO "
                      "8601, UTC)."),
          concord::tr("time"))
    , until(QStringLiteral("until"),
            concord::tr(
                "With a project: only labels last changed before this time, or up to the end of "
                "this date (ISO 8601, UTC)."),
            concord::tr("time"))
    , annotators(
          QStringLiteral("annotators"),
          concord::tr("With a project: only these readers (annotator ids, comma-separated)."),
          concord::tr("ids"))
    , doneOnly(QStringLiteral("done-only"),
               concord::tr("With a project: only items each reader marked done."))
    , attribute(
          QStringLiteral("attribute"),
          concord::tr("With a project: agreement on the values of this attribute (e.g. severity) "
                      "instead of the report; ordinal attributes get ordinal alpha and weighted "
                      "kappa. Takes --annotators and --json."),
          concord::tr("name"))
    , prelabels(QStringLiteral("prelabels"),
                concord::tr("With a project: count this pre-label set as one more reader, "
                            "\"model:<set>\", to compare the readers with the model (models are "
                            "left out otherwise)."),
                concord::tr("set"))
    , minScore(QStringLiteral("min-score"),
               concord::tr("With --prelabels: the least score a suggestion counts at (default "
                           "0.5)."),
               concord::tr("p"), QStringLiteral("0.5"))
    , allowDamaged(
          QStringLiteral("allow-damaged"),
          concord::tr("With a project: go on although it has problems (damaged lines, a broken "
                      "hash chain, missing blobs); they are still listed."))
{}

int agreementUsageError(const QString &message)
{
    standardOutput().flush();
    standardError() << "concord-cli agreement: " << message << '\n'
                    << concord::tr("Run 'concord-cli agreement --help' for the arguments.")
                    << Qt::endl;
    return ExitUsage;
}

QString readBootstrapOptions(const QCommandLineParser &parser, const AgreementOptions &options,
                             std::optional<BootstrapOptions> &target)
{
    bool okCount = false, okSeed = false;
    BootstrapOptions bootstrap;
    bootstrap.resamples = parser.value(options.bootstrap).toInt(&okCount);
    bootstrap.seed = parser.value(options.seed).toULongLong(&okSeed);
    if (!okCount || bootstrap.resamples < 2)
        return concord::tr("--bootstrap needs a whole number of at least 2");
    if (!okSeed)
        return concord::tr("--seed needs a non-negative whole number");
    target = bootstrap;
    return {};
}

QString coefficientValueText(const nlohmann::json &coefficient)
{
    const nlohmann::json &value = coefficient.at("value");
    if (!value.is_number())
        return concord::tr("undefined");
    QString text = QString::number(value.get<double>(), 'f', 3);
    if (const nlohmann::json &ci = coefficient.at("ci"); ci.is_object())
        text += QStringLiteral("  [%1, %2]")
                    .arg(ci.at("lower").get<double>(), 0, 'f', 3)
                    .arg(ci.at("upper").get<double>(), 0, 'f', 3);
    return text;
}

bool agreementReadsCsv(const QStringList &arguments)
{
    return std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
        return a == QLatin1String("--csv") || a.startsWith(QLatin1String("--csv="));
    });
}

namespace {

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
void addFleissDetails(nlohmann::json &j, const RatingTable &table, const FleissKappa &fleiss)
{
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
    line += r.value ? QString::number(*r.value, 'f', 9) : concord::tr("undefined");
    if (r.ci) {
        line += QStringLiteral(" (%1% CI %2 to %3, %4)")
                    .arg(r.ci->level * 100, 0, 'g', 3)
                    .arg(r.ci->lower, 0, 'f', 4)
                    .arg(r.ci->upper, 0, 'f', 4)
                    .arg(r.ci->method);
    }
    line += concord::tr(", %1 units, %2 coders").arg(r.units).arg(r.coders);
    if (!r.landisKoch.isEmpty())
        line += concord::tr(", %1 (Landis-Koch)").arg(r.landisKoch);
    return line;
}

int runCsvForm(const QCommandLineParser &parser, const AgreementOptions &options)
{
    for (const QCommandLineOption *projectOnly :
         {&options.outDir, &options.gold, &options.guideline, &options.labels, &options.session,
          &options.since, &options.until, &options.annotators, &options.doneOnly,
          &options.attribute, &options.prelabels, &options.minScore, &options.allowDamaged}) {
        if (parser.isSet(*projectOnly))
            return agreementUsageError(
                concord::tr("--%1 applies only to a project").arg(projectOnly->names().first()));
    }

    AgreementRequest request;
    const std::optional<AgreementMetric> chosen =
        parseAgreementMetric(parser.value(options.metric));
    if (!chosen)
        return agreementUsageError(
            concord::tr("unknown metric '%1'").arg(parser.value(options.metric)));
    request.metric = *chosen;
    const std::optional<MeasurementLevel> chosenLevel =
        parseMeasurementLevel(parser.value(options.level));
    if (!chosenLevel)
        return agreementUsageError(
            concord::tr("unknown level '%1'").arg(parser.value(options.level)));
    request.level = *chosenLevel;
    if (parser.isSet(options.level) && request.metric != AgreementMetric::Alpha)
        return agreementUsageError(concord::tr("--level applies only to --metric alpha"));
    if (parser.isSet(options.weights) && request.metric != AgreementMetric::Cohen &&
        request.metric != AgreementMetric::Ac1 &&
        request.metric != AgreementMetric::BrennanPrediger)
        return agreementUsageError(
            concord::tr("--weights applies only to --metric cohen, ac1 or bp"));
    if (parser.isSet(options.weights)) {
        const std::optional<KappaWeights> w = parseKappaWeights(parser.value(options.weights));
        if (!w)
            return agreementUsageError(
                concord::tr("unknown weights '%1'").arg(parser.value(options.weights)));
        request.weights = *w;
    }
    if (parser.isSet(options.bootstrap)) {
        if (const QString problem = readBootstrapOptions(parser, options, request.bootstrap);
            !problem.isEmpty())
            return agreementUsageError(problem);
    }

    const QString path = parser.value(options.csv);
    const Expected<RatingTable> table = readRatingCsv(path);
    if (!table)
        return failWith(table.error().toString());
    const QString problem = checkAgreementRequest(*table, request);
    if (!problem.isEmpty())
        return failWith(QStringLiteral("%1: %2").arg(path, problem));

    // Fleiss' kappa in JSON also has its per-category values and z test, from the same tally.
    std::optional<FleissKappa> fleiss;
    AgreementResult result;
    if (request.metric == AgreementMetric::Fleiss && parser.isSet(options.json)) {
        fleiss = fleissKappa(*table);
        result = fleiss->overall;
        addBootstrapInterval(*table, request, result);
    } else {
        result = computeAgreement(*table, request);
    }
    if (parser.isSet(options.json)) {
        nlohmann::json j = toJson(result, request, path, *table);
        if (fleiss)
            addFleissDetails(j, *table, *fleiss);
        standardOutput() << QString::fromStdString(j.dump()) << Qt::endl;
    } else {
        standardOutput() << toText(result) << Qt::endl;
        for (const QString &warning : result.warnings)
            standardError() << concord::tr("warning: ") << warning << '\n';
        standardError().flush();
    }
    return ExitOk;
}

} // namespace

int runAgreementCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Measure inter-annotator agreement on a long-format CSV with the header "
        "unit,coder,label (one rating per line; a missing rating has no line), or write the "
        "agreement report of a project (agreement.json, agreement.csv, agreement.html, "
        "agreement.pdf)."));
    parser.addHelpOption();
    const AgreementOptions options;
    parser.addOptions(
        {options.csv,       options.metric,    options.level,      options.weights,
         options.json,      options.bootstrap, options.seed,       options.outDir,
         options.gold,      options.guideline, options.labels,     options.session,
         options.since,     options.until,     options.annotators, options.doneOnly,
         options.attribute, options.prelabels, options.minScore,   options.allowDamaged});
    parser.addPositionalArgument(
        QStringLiteral("project"),
        concord::tr("A Concord project folder: writes its agreement report."),
        QStringLiteral("[project]"));

    if (!parser.parse(QStringList{QStringLiteral("concord-cli agreement")} + arguments))
        return agreementUsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        standardOutput() << commandHelpText(parser, QStringLiteral("agreement"));
        standardOutput().flush();
        return ExitOk;
    }
    if (!parser.isSet(options.csv))
        return runAgreementProjectReport(parser, options);
    return runCsvForm(parser, options);
}

} // namespace concord::cli
