// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli agreement: agreement coefficients of a long-format rating CSV, or the agreement
// report of a project (JSON, CSV, HTML and PDF).
#include "app/cli/attributeagreement.h"
#include "app/cli/clicommand.h"

#include "core/agreement/agreementmetric.h"
#include "core/agreement/fleisskappa.h"
#include "core/agreement/ratingcsv.h"
#include "core/project/workspace.h"
#include "core/reports/agreementreport.h"
#include "core/reports/agreementreportcsv.h"
#include "core/reports/agreementreporthtml.h"
#include "core/storage/atomicfile.h"
#include "render/agreementreportpdf.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace concord::cli {

namespace {


int usageError(const QString &message)
{
    standardOutput().flush();
    standardError() << "concord-cli agreement: " << message << '\n'
                    << tr("Run 'concord-cli agreement --help' for the arguments.") << Qt::endl;
    return ExitUsage;
}

// Reads --bootstrap and --seed, shared by the project and CSV forms. Returns an empty string,
// or what is wrong with them.
QString readBootstrapOptions(const QCommandLineParser &parser, const QCommandLineOption &bootstrap,
                             const QCommandLineOption &seed, std::optional<BootstrapOptions> &target)
{
    bool okCount = false, okSeed = false;
    BootstrapOptions options;
    options.resamples = parser.value(bootstrap).toInt(&okCount);
    options.seed = parser.value(seed).toULongLong(&okSeed);
    if (!okCount || options.resamples < 2)
        return tr("--bootstrap needs a whole number of at least 2");
    if (!okSeed)
        return tr("--seed needs a non-negative whole number");
    target = options;
    return {};
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

// What `agreement <project>` needs from the command line.
struct ProjectReportArguments
{
    QString project;
    QString outDir;
    QString level; // taxonomy depth, as typed; empty when not given
    QString gold;
    QString guideline;
    QString labels;      // comma-separated label names, paths or ids
    QStringList sessions;
    QString since;
    QString until;
    QString annotators;  // comma-separated annotator ids
    bool doneOnly = false;
    bool json = false;
    std::optional<BootstrapOptions> bootstrap;
};

QString summaryLine(const nlohmann::json &c)
{
    const QString metric = QString::fromStdString(c.at("metric").get<std::string>());
    QString line = QStringLiteral("  %1 ").arg(metric.leftJustified(8));
    if (!c.at("value").is_number())
        return line + tr("undefined");
    line += QString::number(c.at("value").get<double>(), 'f', 3);
    if (c.at("ci").is_object()) {
        line += QStringLiteral("  [%1, %2]")
                    .arg(c.at("ci").at("lower").get<double>(), 0, 'f', 3)
                    .arg(c.at("ci").at("upper").get<double>(), 0, 'f', 3);
    }
    if (c.at("landis_koch").is_string())
        line +=
            QStringLiteral("  ") + QString::fromStdString(c.at("landis_koch").get<std::string>());
    return line;
}

QStringList splitList(const QString &commaSeparated)
{
    QStringList out;
    for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

// A label by id, name or path ("Finding / Opacity"), as a user would type it.
std::optional<int> findLabel(const Taxonomy &taxonomy, const QString &text)
{
    bool isNumber = false;
    const int id = text.toInt(&isNumber);
    if (isNumber && taxonomy.find(id))
        return id;
    if (const Label *label = taxonomy.findByName(text))
        return label->id;
    for (const Label &label : taxonomy.labels()) {
        if (taxonomy.pathOf(label.id).compare(text, Qt::CaseInsensitive) == 0 ||
            taxonomy.pathOf(label.id, QStringLiteral("/")).compare(text, Qt::CaseInsensitive) == 0)
            return label.id;
    }
    return std::nullopt;
}

// An ISO 8601 date or date-time (UTC unless it names a zone) as ms since the epoch. A date alone
// means the start of that day for --since and, for --until, the end of it, so
// "--since 2026-11-16 --until 2026-11-22" is that whole week.
std::optional<qint64> parseTimeBound(const QString &text, bool isUpperBound)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        const QDate day = isUpperBound ? date.addDays(1) : date;
        return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

int runProjectReport(const ProjectReportArguments &args)
{
    AgreementReportOptions options;
    if (!args.level.isEmpty()) {
        bool ok = false;
        const int depth = args.level.toInt(&ok);
        if (!ok || depth < 0)
            return usageError(tr("--level with a project needs a taxonomy depth (0 = top level)"));
        options.selection.taxonomyDepth = depth;
    }
    if (!args.guideline.isEmpty()) {
        bool ok = false;
        const int version = args.guideline.toInt(&ok);
        if (!ok || version < 1)
            return usageError(tr("--guideline needs a version number of at least 1"));
        options.selection.guidelineVersion = version;
    }
    const QString timeFormat = tr("%1 needs a date or time in ISO 8601, e.g. 2026-11-22 or "
                                  "2026-11-22T14:00:00Z");
    if (!args.since.isEmpty() &&
        !(options.selection.fromMs = parseTimeBound(args.since, /*isUpperBound=*/false)))
        return usageError(timeFormat.arg(QStringLiteral("--since")));
    if (!args.until.isEmpty() &&
        !(options.selection.toMs = parseTimeBound(args.until, /*isUpperBound=*/true)))
        return usageError(timeFormat.arg(QStringLiteral("--until")));
    options.selection.sessionIds = args.sessions;
    options.selection.annotatorIds = splitList(args.annotators);
    options.selection.doneOnly = args.doneOnly;
    if (args.bootstrap)
        options.bootstrap = *args.bootstrap;

    auto workspace = Workspace::open(args.project);
    if (!workspace)
        return failWith(workspace.error().toString());
    const Workspace &w = **workspace;
    const QString projectFile = w.folder().projectFile();
    for (const QString &label : splitList(args.labels)) {
        const std::optional<int> id = findLabel(w.project().taxonomy, label);
        if (!id)
            return failWith(QStringLiteral("%1: %2").arg(
                projectFile, tr("no label \"%1\" for --labels").arg(label)));
        options.selection.labelIds.push_back(*id);
    }
    for (const QString &annotator : std::as_const(options.selection.annotatorIds)) {
        if (!w.project().findAnnotator(annotator) && !w.store().work(annotator))
            return failWith(QStringLiteral("%1: %2").arg(
                projectFile, tr("no annotator \"%1\" for --annotators").arg(annotator)));
    }
    if (!args.gold.isEmpty() && !w.project().findAnnotator(args.gold) &&
        !w.store().work(args.gold)) {
        return failWith(QStringLiteral("%1: %2").arg(
            projectFile, tr("no annotator \"%1\" for --gold").arg(args.gold)));
    }
    options.goldAnnotatorId = args.gold;
    const nlohmann::json report = buildAgreementReport(w.project(), w.items(), w.store(), options);

    const QString outDir = args.outDir.isEmpty() ? QDir::currentPath() : args.outDir;
    if (!QDir().mkpath(outDir))
        return failWith(QStringLiteral("%1: %2").arg(outDir, tr("cannot create the folder")));
    const QDir dir(outDir);
    const std::pair<QString, QByteArray> files[] = {
        {dir.filePath(QStringLiteral("agreement.json")),
         QByteArray::fromStdString(report.dump(2)) + '\n'},
        {dir.filePath(QStringLiteral("agreement.csv")), agreementReportCsv(report)},
        {dir.filePath(QStringLiteral("agreement.html")), agreementReportHtml(report)}};
    for (const auto &[path, bytes] : files) {
        if (MaybeError error = writeFileAtomically(path, bytes))
            return failWith(error->toString());
    }
    const QString pdfPath = dir.filePath(QStringLiteral("agreement.pdf"));
    if (MaybeError error = writeAgreementReportPdf(report, pdfPath))
        return failWith(error->toString());

    if (args.json) {
        standardOutput() << QString::fromStdString(report.dump(2)) << Qt::endl;
    } else {
        QTextStream &out = standardOutput();
        const nlohmann::json &overall = report.at("overall");
        out << tr("Agreement of %1: %2 readers, %3 of %4 items labeled\n")
                   .arg(QString::fromStdString(report.at("project").at("name").get<std::string>()))
                   .arg(overall.at("coders").get<qint64>())
                   .arg(report.at("rated_items").get<qint64>())
                   .arg(report.at("project").at("items").get<qint64>());
        out << QString::fromStdString(overall.at("title").get<std::string>()) << '\n';
        for (const nlohmann::json &c : overall.at("coefficients"))
            out << summaryLine(c) << '\n';
        out << tr("Wrote %1, %2, %3 and %4\n")
                   .arg(files[0].first, files[1].first, files[2].first, pdfPath);
        out.flush();
    }
    for (const nlohmann::json &warning : report.at("warnings"))
        standardError() << tr("warning: ") << QString::fromStdString(warning.get<std::string>())
                        << '\n';
    standardError().flush();
    return ExitOk;
}

} // namespace

bool agreementPaintsDocuments(const QStringList &arguments)
{
    // The project report includes a PDF; the --csv and --attribute forms only print numbers.
    return !arguments.contains(QStringLiteral("--csv")) && !arguments.contains(QStringLiteral("--attribute")) &&
           !std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
               return a.startsWith(QLatin1String("--csv="));
           });
}

int runAgreementCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measure inter-annotator agreement on a long-format CSV with the header "
           "unit,coder,label (one rating per line; a missing rating has no line), or write the "
           "agreement report of a project (agreement.json, agreement.csv, agreement.html, "
           "agreement.pdf)."));
    parser.addHelpOption();
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Ratings to read."), tr("file"));
    const QCommandLineOption metric(
        QStringLiteral("metric"),
        tr("Coefficient: percent, cohen, scott, fleiss, alpha, ac1 or bp (default alpha)."),
        tr("name"), QStringLiteral("alpha"));
    const QCommandLineOption level(
        QStringLiteral("level"),
        tr("With --csv, the level for alpha: nominal, ordinal, interval or ratio. With a "
           "project, the taxonomy depth to compare labels at (0 = top level)."),
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
    const QCommandLineOption outDir(
        QStringLiteral("out-dir"),
        tr("With a project: the folder to write the report files to (default: the current "
           "folder)."),
        tr("dir"));
    const QCommandLineOption gold(
        QStringLiteral("gold"),
        tr("With a project: the annotator whose labels are the reference for accuracy and "
           "kappa against gold."),
        tr("annotator"));
    const QCommandLineOption guideline(
        QStringLiteral("guideline"),
        tr("With a project: only labels made under this guideline version."), tr("version"));
    const QCommandLineOption labels(
        QStringLiteral("labels"),
        tr("With a project: only these labels (names, paths or ids, comma-separated); a label "
           "includes its children."),
        tr("labels"));
    const QCommandLineOption session(
        QStringLiteral("session"),
        tr("With a project: only labels last changed in this session (repeat for more)."),
        tr("id"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        tr("With a project: only labels last changed at or after this date or time (ISO 8601, "
           "UTC)."),
        tr("time"));
    const QCommandLineOption until(
        QStringLiteral("until"),
        tr("With a project: only labels last changed before this time, or up to the end of "
           "this date (ISO 8601, UTC)."),
        tr("time"));
    const QCommandLineOption annotators(
        QStringLiteral("annotators"),
        tr("With a project: only these readers (annotator ids, comma-separated)."), tr("ids"));
    const QCommandLineOption doneOnly(
        QStringLiteral("done-only"),
        tr("With a project: only items each reader marked done."));
    const QCommandLineOption attribute(
        QStringLiteral("attribute"),
        tr("With a project: agreement on the values of this attribute of image labels (e.g. "
           "severity) instead of the report; ordinal attributes get ordinal alpha and weighted "
           "kappa. Takes --annotators and --json."),
        tr("name"));
    parser.addOptions({csv, metric, level, weights, json, bootstrap, seed, outDir, gold,
                       guideline, labels, session, since, until, annotators, doneOnly, attribute});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 tr("A Concord project folder: writes its agreement report."),
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
        if (parser.positionalArguments().isEmpty())
            return usageError(tr("--csv <file> or a project folder is required"));
        if (parser.positionalArguments().size() > 1)
            return usageError(tr("give one project folder"));
        if (parser.isSet(metric) || parser.isSet(weights))
            return usageError(tr("--metric and --weights apply only to --csv; the project "
                                 "report computes every coefficient"));
        if (parser.isSet(attribute)) {
            for (const QCommandLineOption *reportOnly :
                 {&outDir, &gold, &guideline, &labels, &session, &since, &until, &doneOnly, &level, &bootstrap}) {
                if (parser.isSet(*reportOnly))
                    return usageError(tr("--%1 does not apply to --attribute").arg(reportOnly->names().first()));
            }
            return runAttributeAgreement(parser.positionalArguments().first(), parser.value(attribute),
                                         splitList(parser.value(annotators)), parser.isSet(json));
        }
        ProjectReportArguments args;
        args.project = parser.positionalArguments().first();
        args.outDir = parser.value(outDir);
        args.level = parser.isSet(level) ? parser.value(level) : QString();
        args.gold = parser.value(gold);
        args.guideline = parser.value(guideline);
        args.labels = parser.value(labels);
        args.sessions = parser.values(session);
        args.since = parser.value(since);
        args.until = parser.value(until);
        args.annotators = parser.value(annotators);
        args.doneOnly = parser.isSet(doneOnly);
        args.json = parser.isSet(json);
        if (parser.isSet(bootstrap)) {
            if (const QString problem = readBootstrapOptions(parser, bootstrap, seed, args.bootstrap); !problem.isEmpty())
                return usageError(problem);
        }
        return runProjectReport(args);
    }
    for (const QCommandLineOption *projectOnly :
         {&outDir, &gold, &guideline, &labels, &session, &since, &until, &annotators, &doneOnly, &attribute}) {
        if (parser.isSet(*projectOnly))
            return usageError(tr("--%1 applies only to a project").arg(projectOnly->names().first()));
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
        if (const QString problem = readBootstrapOptions(parser, bootstrap, seed, request.bootstrap); !problem.isEmpty())
            return usageError(problem);
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
