// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli agreement <project>: the agreement report of a project (JSON, CSV, HTML and PDF;
// the PDF painted by the PDF module, pdfreports.h).
#include "app/cli/agreementcommand.h"
#include "app/cli/attributeagreement.h"
#include "app/cli/clicommand.h"
#include "app/cli/pdfreports.h"
#include "app/cli/projectopening.h"

#include "core/prelabels/prelabelreader.h"
#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/reports/agreementreport.h"
#include "core/reports/agreementreportcsv.h"
#include "core/reports/agreementreporthtml.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace concord::cli {

namespace {

// What `agreement <project>` needs from the command line.
struct ProjectReportArguments
{
    QString project;
    QString outDir;
    QString level; // taxonomy depth, as typed; empty when not given
    QString gold;
    QString guideline;
    QString labels; // comma-separated label names, paths or ids
    QStringList sessions;
    QString since;
    QString until;
    QString annotators; // comma-separated annotator ids
    bool doneOnly = false;
    QString prelabels; // a set counted as one more reader; empty for none
    double minScore = 0.5;
    bool json = false;
    bool allowDamaged = false;
    std::optional<BootstrapOptions> bootstrap;
};

QString summaryLine(const nlohmann::json &c)
{
    const QString metric = QString::fromStdString(c.at("metric").get<std::string>());
    QString line = QStringLiteral("  %1 ").arg(metric.leftJustified(8)) + coefficientValueText(c);
    if (!c.at("value").is_number() || !c.at("landis_koch").is_string())
        return line;
    return line + QStringLiteral("  ") +
           QString::fromStdString(c.at("landis_koch").get<std::string>());
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
            return agreementUsageError(
                concord::tr("--level with a project needs a taxonomy depth (0 = top level)"));
        options.selection.taxonomyDepth = depth;
    }
    if (!args.guideline.isEmpty()) {
        bool ok = false;
        const int version = args.guideline.toInt(&ok);
        if (!ok || version < 1)
            return agreementUsageError(
                concord::tr("--guideline needs a version number of at least 1"));
        options.selection.guidelineVersion = version;
    }
    const QString timeFormat =
        concord::tr("%1 needs a date or time in ISO 8601, e.g. 2026-11-22 or "
                    "2026-11-22T14:00:00Z");
    if (!args.since.isEmpty() &&
        !(options.selection.fromMs = parseTimeBound(args.since, /*isUpperBound=*/false)))
        return agreementUsageError(timeFormat.arg(QStringLiteral("--since")));
    if (!args.until.isEmpty() &&
        !(options.selection.toMs = parseTimeBound(args.until, /*isUpperBound=*/true)))
        return agreementUsageError(timeFormat.arg(QStringLiteral("--until")));
    options.selection.sessionIds = args.sessions;
    options.selection.annotatorIds = splitList(args.annotators);
    options.selection.doneOnly = args.doneOnly;
    if (args.bootstrap)
        options.bootstrap = *args.bootstrap;

    const OpenedProject opened = openProjectForCommand(args.project, args.allowDamaged);
    if (!opened.workspace)
        return opened.exitCode;
    const Workspace &w = *opened.workspace;
    const QString projectFile = w.folder().projectFile();
    for (const QString &label : splitList(args.labels)) {
        const std::optional<int> id = findLabel(w.project().taxonomy, label);
        if (!id)
            return failWith(QStringLiteral("%1: %2").arg(
                projectFile, concord::tr("no label \"%1\" for --labels").arg(label)));
        options.selection.labelIds.push_back(*id);
    }
    for (const QString &annotator : std::as_const(options.selection.annotatorIds)) {
        if (!w.project().findAnnotator(annotator) && !WorkspaceInternals::store(w).work(annotator))
            return failWith(QStringLiteral("%1: %2").arg(
                projectFile, concord::tr("no annotator \"%1\" for --annotators").arg(annotator)));
    }
    if (!args.gold.isEmpty() && !w.project().findAnnotator(args.gold) &&
        !WorkspaceInternals::store(w).work(args.gold)) {
        return failWith(QStringLiteral("%1: %2").arg(
            projectFile, concord::tr("no annotator \"%1\" for --gold").arg(args.gold)));
    }
    options.goldAnnotatorId = args.gold;
    // Models are not readers: a set counts as one only when asked, under a name no annotator
    // can have (docs/prelabels.md, "The model as a reader").
    std::optional<AnnotationStore> withModel;
    if (!args.prelabels.isEmpty()) {
        const Expected<PrelabelSet> set = readPrelabelSet(w.folder().root(), args.prelabels);
        if (!set)
            return failWith(set.error().toString());
        withModel =
            withPrelabelReader(WorkspaceInternals::store(w), *set, args.minScore,
                               w.project().classificationMode == ClassificationMode::SingleLabel);
        if (!options.selection.annotatorIds.isEmpty())
            options.selection.annotatorIds.append(prelabelReaderId(set->id));
    }
    const nlohmann::json report = buildAgreementReport(
        w.project(), w.items(), withModel ? *withModel : WorkspaceInternals::store(w), options);

    const Expected<QStringList> written =
        writeReportFiles(args.outDir.isEmpty() ? QDir::currentPath() : args.outDir,
                         QStringLiteral("agreement"), report,
                         {{QStringLiteral("agreement.csv"), agreementReportCsv(report)},
                          {QStringLiteral("agreement.html"), agreementReportHtml(report)}},
                         writeAgreementReportPdf);
    if (!written)
        return failWith(written.error().toString());

    if (args.json) {
        standardOutput() << QString::fromStdString(report.dump(2)) << Qt::endl;
    } else {
        QTextStream &out = standardOutput();
        const nlohmann::json &overall = report.at("overall");
        out << concord::tr("Agreement of %1: %2 readers, %3 of %4 items labeled\n")
                   .arg(QString::fromStdString(report.at("project").at("name").get<std::string>()))
                   .arg(overall.at("coders").get<qint64>())
                   .arg(report.at("rated_items").get<qint64>())
                   .arg(report.at("project").at("items").get<qint64>());
        out << QString::fromStdString(overall.at("title").get<std::string>()) << '\n';
        for (const nlohmann::json &c : overall.at("coefficients"))
            out << summaryLine(c) << '\n';
        out << concord::tr("Wrote %1, %2, %3 and %4\n")
                   .arg(written->at(0), written->at(1), written->at(2), written->at(3));
        out.flush();
    }
    for (const nlohmann::json &warning : report.at("warnings"))
        standardError() << concord::tr("warning: ")
                        << QString::fromStdString(warning.get<std::string>()) << '\n';
    standardError().flush();
    return ExitOk;
}

} // namespace

int runAgreementProjectReport(const QCommandLineParser &parser, const AgreementOptions &options)
{
    if (parser.positionalArguments().isEmpty())
        return agreementUsageError(concord::tr("--csv <file> or a project folder is required"));
    if (parser.positionalArguments().size() > 1)
        return agreementUsageError(concord::tr("give one project folder"));
    if (parser.isSet(options.metric) || parser.isSet(options.weights))
        return agreementUsageError(
            concord::tr("--metric and --weights apply only to --csv; the project "
                        "report computes every coefficient"));
    if (parser.isSet(options.attribute)) {
        for (const QCommandLineOption *reportOnly :
             {&options.outDir, &options.gold, &options.guideline, &options.labels, &options.session,
              &options.since, &options.until, &options.doneOnly, &options.level, &options.bootstrap,
              &options.prelabels, &options.minScore}) {
            if (parser.isSet(*reportOnly))
                return agreementUsageError(concord::tr("--%1 does not apply to --attribute")
                                               .arg(reportOnly->names().first()));
        }
        return runAttributeAgreement(
            parser.positionalArguments().first(), parser.value(options.attribute),
            splitList(parser.value(options.annotators)), parser.isSet(options.json),
            parser.isSet(options.allowDamaged));
    }
    ProjectReportArguments args;
    args.project = parser.positionalArguments().first();
    args.outDir = parser.value(options.outDir);
    args.level = parser.isSet(options.level) ? parser.value(options.level) : QString();
    args.gold = parser.value(options.gold);
    args.guideline = parser.value(options.guideline);
    args.labels = parser.value(options.labels);
    args.sessions = parser.values(options.session);
    args.since = parser.value(options.since);
    args.until = parser.value(options.until);
    args.annotators = parser.value(options.annotators);
    args.doneOnly = parser.isSet(options.doneOnly);
    args.prelabels = parser.value(options.prelabels);
    if (parser.isSet(options.minScore)) {
        if (args.prelabels.isEmpty())
            return agreementUsageError(concord::tr("--min-score applies only to --prelabels"));
        bool isNumber = false;
        args.minScore = parser.value(options.minScore).toDouble(&isNumber);
        if (!isNumber || args.minScore < 0 || args.minScore > 1)
            return agreementUsageError(concord::tr("--min-score takes a number from 0 to 1"));
    }
    args.json = parser.isSet(options.json);
    args.allowDamaged = parser.isSet(options.allowDamaged);
    if (parser.isSet(options.bootstrap)) {
        if (const QString problem = readBootstrapOptions(parser, options, args.bootstrap);
            !problem.isEmpty())
            return agreementUsageError(problem);
    }
    return runProjectReport(args);
}

} // namespace concord::cli
