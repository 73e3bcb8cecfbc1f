// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/planlisting.h"
#include "app/cli/projectactions.h"
#include "app/cli/projectopening.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/goldscores.h"
#include "core/quality/qualityreport.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QRandomGenerator>

namespace concord::cli {

namespace {

// `gold create`: a gold test as Team > Start gold test… sets one up (GoldTestSetupDialog): the
// readers (by default every annotator who has items left to be tested on), the items with a
// reference label none of them has read, all of them or a random sample.
int createGoldTest(Workspace &workspace, const QCommandLineParser &parser, const QString &leadId,
                   const QCommandLineOption &name, const QCommandLineOption &readers,
                   const QCommandLineOption &count, const QCommandLineOption &seed)
{
    bool ok = true;
    const int sample = parser.isSet(count) ? parser.value(count).toInt(&ok) : 0;
    if (!ok || sample < 0)
        return failWith(
            concord::tr("--count takes a positive number, not \"%1\"").arg(parser.value(count)));
    const quint64 seedValue = parser.isSet(seed) ? parser.value(seed).toULongLong(&ok)
                                                 : QRandomGenerator::global()->generate64();
    if (!ok)
        return failWith(concord::tr("--seed takes a number, not \"%1\"").arg(parser.value(seed)));
    return runAs(workspace, leadId, [&] {
        const CalibrationPlans &plans = workspace.plans();
        CalibrationPlan plan;
        plan.name = parser.value(name).trimmed();
        plan.guidelineVersion = workspace.project().currentGuidelineVersion;
        if (parser.isSet(readers)) {
            plan.participantIds = commaList(parser.value(readers));
        } else {
            for (const Annotator &annotator : workspace.project().annotators) {
                if (annotator.role == Role::Annotator &&
                    !plans.goldTestCandidates({annotator.id}).isEmpty())
                    plan.participantIds.append(annotator.id);
            }
        }
        const QStringList candidates = plans.goldTestCandidates(plan.participantIds);
        if (sample == 0) {
            plan.itemIds = candidates;
        } else {
            ItemList pool;
            for (const QString &itemId : candidates)
                pool.add(*workspace.items().find(itemId));
            CalibrationSampleRequest request;
            request.method = CalibrationSampling::Random;
            request.count = sample;
            request.seed = seedValue;
            const QStringList picked = plans.pickItems(pool, request);
            for (const QString &itemId : candidates) { // read in project order
                if (picked.contains(itemId))
                    plan.itemIds.append(itemId);
            }
        }
        if (plan.itemIds.isEmpty() && !plan.participantIds.isEmpty() &&
            workspace.currentAnnotator() && mayLeadCalibration(workspace.currentAnnotator()->role))
            return failWith(concord::tr(
                "no item qualifies: a gold test uses items with a reference label (concord-cli "
                "reference set) that these readers have not read and that the guideline does not "
                "show as an example"));
        const Expected<CalibrationPlan> stored = workspace.addGoldTest(plan);
        if (!stored)
            return failWith(stored.error().toString());
        standardOutput()
            << concord::tr("Created gold test %1 \"%2\": %n item(s)", nullptr,
                           int(stored->itemIds.size()))
                   .arg(stored->id, stored->name)
            << concord::tr(", readers %1\n").arg(stored->participantIds.join(QStringLiteral(", ")));
        return ExitOk;
    });
}

// `gold result`: a gold test's scores, every reader's (the command line is not blind).
int printGoldTestResult(const Workspace &workspace, const CalibrationPlan &plan, bool json)
{
    const GoldTestScore score =
        scoreGoldTest(workspace.project(), WorkspaceInternals::store(workspace), plan);
    const auto &readers = score.comparison.readers;
    if (json) {
        Json rows = Json::array();
        for (size_t i = 0; i < readers.size(); ++i)
            rows.push_back(
                {{"reader", toStd(readers[i].coderName)},
                 {"submitted", i < score.submitted.size() ? score.submitted[i] : 0},
                 {"scored", readers[i].units},
                 {"correct", readers[i].correct},
                 {"accuracy", readers[i].accuracy ? Json(*readers[i].accuracy) : Json()},
                 {"kappa", readers[i].kappa.value ? Json(*readers[i].kappa.value) : Json()}});
        standardOutput() << QString::fromStdString(Json{
                                {"gold_test", toStd(plan.id)},
                                {"name", toStd(plan.name)},
                                {"items", score.items},
                                {"readers", rows}}.dump(2))
                         << '\n';
        return ExitOk;
    }
    standardOutput() << concord::tr("Gold test \"%1\": %2 items\n").arg(plan.name).arg(score.items);
    for (size_t i = 0; i < readers.size(); ++i)
        standardOutput() << concord::tr("  %1: %2 submitted, %3 of %4 correct, kappa %5\n")
                                .arg(readers[i].coderName)
                                .arg(i < score.submitted.size() ? score.submitted[i] : 0)
                                .arg(readers[i].correct)
                                .arg(readers[i].units)
                                .arg(readers[i].kappa.value
                                         ? QString::number(*readers[i].kappa.value, 'f', 3)
                                         : concord::tr("n/a"));
    return ExitOk;
}

} // namespace

int runGoldCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Gold items and gold tests.\n"
        "  gold <project> score [--json]   every reader against the project's gold items (items "
        "with a reference label), flagging those below the quality policy's reader score "
        "threshold\n"
        "  gold <project> create --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] "
        "[--seed N]   a gold test, as Team > Start gold test…: items with a reference label "
        "the readers have not read (all, or a random N)\n"
        "  gold <project> list [--json]          every gold test and each reader's progress\n"
        "  gold <project> result TEST [--json]   a gold test's scores (accuracy, kappa)\n"
        "The action may also come first: gold create <project> ..."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 concord::tr("score, create, list or result."));
    parser.addPositionalArgument(QStringLiteral("test"), concord::tr("result: the gold test."),
                                 QStringLiteral("[test]"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption allowDamaged = allowDamagedOption();
    const QCommandLineOption as = asOption(concord::tr("create: the lead who sets it up."));
    const QCommandLineOption name(QStringLiteral("name"), concord::tr("create: its name."),
                                  QStringLiteral("name"));
    const QCommandLineOption readersOption(
        QStringLiteral("readers"), concord::tr("create: who takes it."), QStringLiteral("ids"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   concord::tr("create: only a random sample of N items."),
                                   QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  concord::tr("create: the same seed picks the same sample."),
                                  QStringLiteral("n"));
    parser.addOptions({json, allowDamaged, as, name, readersOption, count, seed});
    const QString command = QStringLiteral("gold");
    if (auto exit = parseArguments(parser, command, arguments, 2, 3))
        return *exit;
    const std::optional<ProjectAction> action =
        projectAction(parser, command, parser.positionalArguments(),
                      {QStringLiteral("score"), QStringLiteral("create"), QStringLiteral("list"),
                       QStringLiteral("result")});
    if (!action)
        return ExitUsage;
    const QString &verb = action->action;
    if (action->rest.size() != (verb == QLatin1String("result") ? 1 : 0))
        return usageError(parser, command,
                          concord::tr("wrong number of arguments for %1").arg(verb));
    if (verb == QLatin1String("create") && !parser.isSet(as))
        return usageError(parser, command,
                          concord::tr("create needs --as <lead>: who sets the gold test up"));
    // Routes and scores from a damaged project would be wrong without saying so.
    OpenedProject opened = openProjectForCommand(action->project, parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    if (verb == QLatin1String("create"))
        return createGoldTest(*opened.workspace, parser, parser.value(as), name, readersOption,
                              count, seed);
    if (verb == QLatin1String("list")) {
        const Project &project = opened.workspace->project();
        const AnnotationStore &store = WorkspaceInternals::store(*opened.workspace);
        if (parser.isSet(json)) {
            Json tests = Json::array();
            for (const CalibrationPlan &plan : project.goldTests)
                tests.push_back(calibrationPlanToJson(plan, store));
            standardOutput() << QString::fromStdString(Json{{"gold_tests", tests}}.dump(2)) << '\n';
            return ExitOk;
        }
        if (project.goldTests.empty())
            standardOutput() << concord::tr("No gold test yet\n");
        for (const CalibrationPlan &plan : project.goldTests)
            printPlan(plan, store);
        return ExitOk;
    }
    if (verb == QLatin1String("result")) {
        const Project &project = opened.workspace->project();
        const QString &wanted = action->rest.at(0);
        const auto found = std::find_if(
            project.goldTests.begin(), project.goldTests.end(),
            [&](const CalibrationPlan &plan) { return plan.id == wanted || plan.name == wanted; });
        if (found == project.goldTests.end())
            return failWith(concord::tr("%1 has no gold test \"%2\"")
                                .arg(opened.workspace->folder().projectFile(), wanted));
        return printGoldTestResult(*opened.workspace, *found, parser.isSet(json));
    }
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
