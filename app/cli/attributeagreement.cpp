// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/attributeagreement.h"

#include "app/cli/agreementcommand.h"
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"
#include "core/project/attributeratings.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/util/translation.h"

#include <nlohmann/json.hpp>

namespace concord::cli {

namespace {

nlohmann::json coefficientJson(const AgreementRequest &request, const AgreementResult &result,
                               const QString &problem)
{
    nlohmann::json j;
    j["metric"] = agreementMetricName(request.metric).toStdString();
    j["coefficient"] = result.metric.toStdString();
    j["value"] = result.value ? nlohmann::json(*result.value) : nlohmann::json(nullptr);
    j["ci"] = result.ci ? nlohmann::json{{"lower", result.ci->lower},
                                         {"upper", result.ci->upper},
                                         {"level", result.ci->level}}
                        : nlohmann::json(nullptr);
    j["units"] = result.units;
    if (!problem.isEmpty())
        j["problem"] = problem.toStdString();
    return j;
}

QString coefficientLine(const nlohmann::json &c)
{
    const QString line = QStringLiteral("  %1 ").arg(
        QString::fromStdString(c.at("coefficient").get<std::string>()).leftJustified(34));
    if (c.contains("problem"))
        return line + QString::fromStdString(c.at("problem").get<std::string>());
    return line + coefficientValueText(c);
}

} // namespace

int runAttributeAgreement(const QString &project, const QString &attribute,
                          const QStringList &annotators, bool json, bool allowDamaged)
{
    const OpenedProject opened = openProjectForCommand(project, allowDamaged);
    if (!opened.workspace)
        return opened.exitCode;
    const Workspace &w = *opened.workspace;
    for (const QString &annotator : annotators) {
        if (!WorkspaceInternals::store(w).work(annotator))
            return failWith(QStringLiteral("%1: %2").arg(
                w.folder().projectFile(),
                concord::tr("no work by annotator \"%1\" for --annotators").arg(annotator)));
    }
    const Expected<AttributeRatings> ratings = attributeRatings(
        w.project(), w.items(), WorkspaceInternals::store(w), attribute, annotators);
    if (!ratings)
        return failWith(
            QStringLiteral("%1: %2").arg(w.folder().projectFile(), ratings.error().message));

    const RatingTable &table = ratings->table;
    const bool ordinal = ratings->scale == AttributeScale::Ordinal;
    nlohmann::json report;
    report["attribute"] = attribute.toStdString();
    report["scale"] = ordinal ? "ordinal" : "nominal";
    report["values"] = nlohmann::json::array();
    for (const QString &value : table.categoryNames())
        report["values"].push_back(value.toStdString());
    report["labels"] = nlohmann::json::array();
    for (const QString &label : ratings->labelPaths)
        report["labels"].push_back(label.toStdString());
    report["units"] = table.unitCount();
    report["coders"] = table.coderCount();
    report["ratings"] = table.ratingCount();
    report["ambiguous_shapes"] = ratings->ambiguousShapes;
    nlohmann::json coefficients = nlohmann::json::array();
    for (const AgreementRequest &request :
         attributeAgreementRequests(ratings->scale, table.coderCount())) {
        const QString problem =
            table.isEmpty() ? concord::tr("no ratings") : checkAgreementRequest(table, request);
        AgreementResult result;
        result.metric = agreementMetricName(request.metric); // named even when not computed
        if (problem.isEmpty())
            result = computeAgreement(table, request);
        coefficients.push_back(coefficientJson(request, result, problem));
    }
    report["coefficients"] = coefficients;

    QTextStream &out = standardOutput();
    if (json) {
        out << QString::fromStdString(report.dump(2)) << Qt::endl;
        return ExitOk;
    }
    out << concord::tr(
               "Agreement on %1 (%2) of %3: %4 readers, %5 rated image labels and shapes, %6 "
               "ratings\n")
               .arg(attribute, ordinal ? concord::tr("ordinal") : concord::tr("nominal"),
                    ratings->labelPaths.join(QStringLiteral(", ")))
               .arg(table.coderCount())
               .arg(table.unitCount())
               .arg(table.ratingCount());
    for (const nlohmann::json &c : coefficients)
        out << coefficientLine(c) << '\n';
    out.flush();
    if (ratings->ambiguousShapes > 0) {
        standardError()
            << concord::tr(
                   "warning: %1 times a reader drew several shapes of one label on an item; "
                   "their values were left out, since shapes are matched by label alone\n")
                   .arg(ratings->ambiguousShapes);
        standardError().flush();
    }
    return ExitOk;
}

} // namespace concord::cli
