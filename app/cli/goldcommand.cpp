// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/goldscores.h"
#include "core/quality/qualityreport.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

int runGoldCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        concord::tr("Score every reader against the project's gold items (items with a reference "
                    "label), and flag those below the quality policy's reader score threshold.\n"
                    "  gold <project> score [--json]"));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("action"), concord::tr("score."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOptions({json, allowDamaged});
    if (auto exit = parseArguments(parser, QStringLiteral("gold"), arguments, 2, 2))
        return *exit;
    if (parser.positionalArguments().at(1) != QLatin1String("score"))
        return failWith(concord::tr("unknown gold action \"%1\"; use score")
                            .arg(parser.positionalArguments().at(1)));
    // Routes and scores from a damaged project would be wrong without saying so.
    OpenedProject opened =
        openProjectForCommand(parser.positionalArguments().first(), parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> *workspace = &opened.workspace;
    const QualityPolicy &policy = (*workspace)->project().currentQualityPolicy();
    const GoldScores scores = scoreReadersOnGold((*workspace)->project(), (*workspace)->items(),
                                                 WorkspaceInternals::store(**workspace), policy);
    const auto &readers = scores.score.comparison.readers;
    if (parser.isSet(json)) {
        Json rows = Json::array();
        for (size_t i = 0; i < readers.size(); ++i)
            rows.push_back(goldReaderToJson(scores, i));
        standardOutput() << QString::fromStdString(Json{
                                {"gold_items", scores.score.items},
                                {"threshold", policy.readerScoreThreshold},
                                {"readers", rows}}.dump(2))
                         << '\n';
        return ExitOk;
    }
    QTextStream &out = standardOutput();
    out << concord::tr("%1 gold items; readers below %2 are flagged\n")
               .arg(scores.score.items)
               .arg(policy.readerScoreThreshold);
    const auto number = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 3) : concord::tr("n/a");
    };
    for (size_t i = 0; i < readers.size(); ++i) {
        const GoldReaderResult &r = readers[i];
        const GoldShapeScore &shapes = scores.shapes[i];
        QString line = concord::tr("  %1: %2 of %3 correct, kappa %4")
                           .arg(r.coderName)
                           .arg(r.correct)
                           .arg(r.units)
                           .arg(number(r.kappa.value));
        if (shapes.boxItems > 0)
            line += concord::tr("; boxes on %1 items: F1 %2, IoU %3")
                        .arg(shapes.boxItems)
                        .arg(number(shapes.boxF1), number(shapes.boxIoU));
        if (shapes.maskItems > 0)
            line += concord::tr("; masks on %1 items: %2 %3")
                        .arg(shapes.maskItems)
                        .arg(policy.maskMeasure == MaskMeasure::Dice ? concord::tr("Dice")
                                                                     : concord::tr("IoU"),
                             number(shapes.maskOverlap));
        out << line << (scores.flagged.contains(r.coderName) ? concord::tr("  FLAGGED") : QString())
            << '\n';
    }
    return ExitOk;
}

} // namespace concord::cli
