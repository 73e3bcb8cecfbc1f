// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/pdfreports.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/qualityreport.h"
#include "core/reports/qualityreporthtml.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

QString text(const Json &j, const char *key)
{
    return j.contains(key) && j.at(key).is_string() ? fromStd(j.at(key).get<std::string>())
                                                    : QString();
}

QString number(const Json &j, const char *key)
{
    return j.contains(key) && j.at(key).is_number()
               ? QString::number(j.at(key).get<double>(), 'f', 3)
               : concord::tr("n/a");
}

void printSummary(const Json &report)
{
    QTextStream &out = standardOutput();
    const int version = report.at("policy").value("version", 0);
    out << concord::tr("Quality of %1 under %2\n")
               .arg(text(report.at("project"), "name"),
                    version > 0 ? concord::tr("quality policy version %1").arg(version)
                                : concord::tr("the default quality policy (none published)"));
    out << concord::tr("States:");
    for (const auto &[state, n] : report.at("counts").items())
        out << QStringLiteral(" %1 %2").arg(fromStd(state)).arg(n.get<qint64>());
    const Json &tiers = report.at("tiers");
    out << '\n'
        << concord::tr("Tiers: high %1, medium %2, low %3 (%4 not yet tiered)\n")
               .arg(tiers.at("high").get<qint64>())
               .arg(tiers.at("medium").get<qint64>())
               .arg(tiers.at("low").get<qint64>())
               .arg(tiers.at("none").get<qint64>());
    const auto tierLine = [&](const QString &name, const Json &row) {
        out << concord::tr("  %1: high %2, medium %3, low %4, accepted %5\n")
                   .arg(name)
                   .arg(row.at("high").get<qint64>())
                   .arg(row.at("medium").get<qint64>())
                   .arg(row.at("low").get<qint64>())
                   .arg(row.at("accepted").get<qint64>());
    };
    out << concord::tr("By week:\n");
    for (const Json &row : report.at("by_week"))
        tierLine(text(row, "week"), row);
    out << concord::tr("By guideline version:\n");
    for (const Json &row : report.at("by_guideline"))
        tierLine(concord::tr("version %1").arg(row.at("version").get<int>()), row);
    out << concord::tr("Readers:\n");
    for (const Json &r : report.at("readers")) {
        const Json &throughput = r.at("throughput");
        QString line = concord::tr("  %1: %2 items on %3 days")
                           .arg(text(r, "reader"))
                           .arg(throughput.at("reads").get<qint64>())
                           .arg(throughput.at("active_days").get<qint64>());
        if (const Json &gold = r.at("gold"); gold.is_object())
            line += concord::tr("; gold score %1 on %2 items%3")
                        .arg(number(gold, "score"))
                        .arg(gold.at("items").get<qint64>())
                        .arg(gold.at("flagged").get<bool>() ? concord::tr(" FLAGGED") : QString());
        if (const Json &qc = r.at("qc"); qc.is_object())
            line += concord::tr("; QC errors %1 of %2")
                        .arg(qc.at("error_rate").at("count").get<qint64>())
                        .arg(qc.at("error_rate").at("of").get<qint64>());
        out << line << '\n';
    }
    const Json &qc = report.at("qc");
    out << concord::tr("QC: %1 accepted, %2 drawn, %3 checked, error rate %4\n")
               .arg(qc.at("accepted").get<qint64>())
               .arg(qc.at("drawn").get<qint64>())
               .arg(qc.at("checked").get<qint64>())
               .arg(number(qc.at("error_rate"), "rate"));
}

// `quality`: the report printed, and with --out-dir written as JSON, HTML and PDF.
int qualityReport(const CommandLine &line, const Workspace &workspace)
{
    const Project &project = workspace.project();
    const QualityPolicy *policy = policyForCommand(workspace, line.parser());
    if (!policy)
        return ExitBadInput;
    const Json report = buildQualityReport(project, workspace.items(),
                                           WorkspaceInternals::store(workspace), *policy);
    QStringList written;
    if (line.isSet(QStringLiteral("out-dir"))) {
        const Expected<QStringList> files = writeReportFiles(
            line.value(QStringLiteral("out-dir")), QStringLiteral("quality"), report,
            {{QStringLiteral("quality.html"), qualityReportHtml(report)}}, writeQualityReportPdf);
        if (!files)
            return failWith(files.error().toString());
        written = *files;
    }
    if (line.json())
        return printJson(report);
    printSummary(report);
    if (!written.isEmpty())
        standardOutput() << concord::tr("Wrote %1\n").arg(written.join(QStringLiteral(", ")));
    return ExitOk;
}

} // namespace

int runQualityCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("quality"),
        concord::tr(
            "The quality report: every item's state, agreement tiers by week and by guideline "
            "version, each reader's throughput, gold score and QC error rate (docs/quality.md, "
            "Quality report).\n"
            "  quality <project> [--json] [--out-dir DIR]"),
        {projectArgument()},
        {{QStringLiteral("json"), concord::tr("Print the report as one JSON object.")},
         {QStringLiteral("out-dir"),
          concord::tr("Also write quality.json, quality.html and quality.pdf to this folder."),
          QStringLiteral("dir")},
         policyVersionOption(),
         allowDamagedOption()});
    return line.runOnProject(arguments, 1, 1, qualityReport);
}

} // namespace concord::cli
