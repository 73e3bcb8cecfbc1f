// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/projectrouting.h"
#include "core/quality/qcreport.h"
#include "core/quality/qualityreport.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

QString estimateText(const ProportionEstimate &e)
{
    if (!e.value)
        return concord::tr("n/a (nothing checked)");
    return concord::tr("%1 of %2 = %3 (95% CI %4-%5)")
        .arg(e.successes)
        .arg(e.trials)
        .arg(*e.value, 0, 'f', 3)
        .arg(e.lower, 0, 'f', 3)
        .arg(e.upper, 0, 'f', 3);
}

int printSample(const Workspace &workspace, const QualityPolicy &policy, bool json)
{
    Json sample = Json::array();
    std::map<QString, int> perReader;
    visitRoutes(workspace.project(), workspace.items(), WorkspaceInternals::store(workspace),
                policy, [&](const RoutingInput &input, const ItemRoute &route) {
                    const bool accepted =
                        route.state == ItemState::Accepted || route.state == ItemState::Qc;
                    if (!accepted || !input.drawnForQc)
                        return;
                    Json readers = Json::array();
                    for (const QString &reader : route.roundReaders) {
                        readers.push_back(toStd(reader));
                        ++perReader[reader];
                    }
                    sample.push_back({{"item", toStd(input.item->id)},
                                      {"file", toStd(input.item->path)},
                                      {"state", toStd(itemStateKey(route.state))},
                                      {"readers", readers}});
                });
    if (json) {
        Json readers = Json::object();
        for (const auto &[reader, count] : perReader)
            readers[toStd(reader)] = count;
        return printJson(Json{{"seed", toStd(workspace.project().projectId)},
                              {"rate", policy.qcRate},
                              {"items", sample},
                              {"per_reader", readers}});
    }
    QTextStream &out = standardOutput();
    out << concord::tr("QC sample at rate %1 (seed: the project id %2): %3 items\n")
               .arg(policy.qcRate)
               .arg(workspace.project().projectId)
               .arg(sample.size());
    for (const Json &entry : sample)
        out << QStringLiteral("  %1  %2  %3\n")
                   .arg(fromStd(entry["item"].get<std::string>()), -24)
                   .arg(fromStd(entry["state"].get<std::string>()), -9)
                   .arg(fromStd(entry["file"].get<std::string>()));
    for (const auto &[reader, count] : perReader)
        out << concord::tr("  reader %1: %2 items\n").arg(reader).arg(count);
    return ExitOk;
}

int printReport(const Workspace &workspace, const QualityPolicy &policy, bool json,
                double expectedRate, double margin)
{
    const QcReport report = buildQcReport(workspace.project(), workspace.items(),
                                          WorkspaceInternals::store(workspace), policy);
    const qint64 needed = qcSampleSizeNeeded(expectedRate, margin, report.accepted);
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    auto labelName = [&](int id) {
        const Label *label = taxonomy.find(id);
        return label ? label->name : QString::number(id);
    };
    if (json) {
        Json out = qcReportToJson(report, workspace.project().taxonomy);
        out["sample_size_needed"] = {
            {"expected_rate", expectedRate}, {"margin", margin}, {"items", needed}};
        return printJson(out);
    }
    QTextStream &out = standardOutput();
    out << concord::tr("QC checked %1 items (%2 accepted, %3 drawn)\n")
               .arg(report.checked)
               .arg(report.accepted)
               .arg(report.drawn);
    out << concord::tr("Error rate: %1\n").arg(estimateText(report.errorRate));
    for (const auto &[category, e] : report.byCategory)
        out << QStringLiteral("  %1 %2\n").arg(category, -24).arg(estimateText(e));
    for (const QcReport::ReaderRow &row : report.readers)
        out << concord::tr("Reader %1: %2\n").arg(row.readerId, estimateText(row.errorRate));
    for (const auto &[label, e] : report.byLabel)
        out << concord::tr("Label %1: %2\n").arg(labelName(label), estimateText(e));
    out << concord::tr("To estimate an error rate near %1 to within ±%2 at 95%, check %3 items\n")
               .arg(expectedRate)
               .arg(margin)
               .arg(needed);
    return ExitOk;
}

// --expected-rate and --margin are proportions; the margin above 0.
std::optional<int> checkRates(const CommandLine &line)
{
    bool expectedOk = false, marginOk = false;
    const double expectedRate = line.value(QStringLiteral("expected-rate")).toDouble(&expectedOk);
    const double margin = line.value(QStringLiteral("margin")).toDouble(&marginOk);
    if (!expectedOk || expectedRate < 0 || expectedRate > 1)
        return failWith(concord::tr("--expected-rate must be a number between 0 and 1"));
    if (!marginOk || !(margin > 0) || margin >= 1)
        return failWith(concord::tr("--margin must be a number above 0 and below 1"));
    return std::nullopt;
}

// `qc sample` and `qc report`, under the quality policy in force.
int runQcAction(const CommandLine &line, const Workspace &workspace)
{
    const QualityPolicy &policy = workspace.project().currentQualityPolicy();
    const QString action = line.positional().at(1);
    if (action == QLatin1String("sample"))
        return printSample(workspace, policy, line.json());
    if (action == QLatin1String("report"))
        return printReport(workspace, policy, line.json(),
                           line.value(QStringLiteral("expected-rate")).toDouble(),
                           line.value(QStringLiteral("margin")).toDouble());
    return failWith(concord::tr("unknown qc action \"%1\"; use sample or report").arg(action));
}

} // namespace

int runQcCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("qc"),
        concord::tr("The QC sample of accepted items, and what QC found.\n"
                    "  qc <project> sample [--json]\n"
                    "  qc <project> report [--json] [--expected-rate P] [--margin M]"),
        {projectArgument(), {QStringLiteral("action"), concord::tr("sample or report.")}},
        {jsonOption(),
         {QStringLiteral("expected-rate"),
          concord::tr("The error rate you expect, for the sample size (default 0.1)."),
          QStringLiteral("P"), QStringLiteral("0.1")},
         {QStringLiteral("margin"), concord::tr("The precision you want, ± (default 0.05)."),
          QStringLiteral("M"), QStringLiteral("0.05")},
         allowDamagedOption()});
    return line.runOnProject(arguments, 2, 2, runQcAction, checkRates);
}

} // namespace concord::cli
