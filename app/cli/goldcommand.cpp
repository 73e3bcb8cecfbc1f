// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/planlisting.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/goldscores.h"
#include "core/quality/qualityreport.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

// `gold create`: a gold test as Team > Start gold test… sets one up (GoldTestSetupDialog): the
// readers (by default every annotator who has items left to be tested on), the items with a
// reference label none of them has read, all of them or a random sample.
int createGoldTest(const CommandLine &line, Workspace &workspace)
{
    const QString count = QStringLiteral("count"), readers = QStringLiteral("readers");
    bool ok = true;
    const int sample = line.isSet(count) ? line.value(count).toInt(&ok) : 0;
    if (!ok || sample < 0)
        return failWith(
            concord::tr("--count takes a positive number, not \"%1\"").arg(line.value(count)));
    const std::optional<quint64> seed = planSeed(line);
    if (!seed)
        return ExitBadInput;
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        const CalibrationPlans &plans = workspace.plans();
        CalibrationPlan plan;
        plan.name = line.value(QStringLiteral("name")).trimmed();
        plan.guidelineVersion = workspace.project().currentGuidelineVersion;
        if (line.isSet(readers)) {
            plan.participantIds = commaList(line.value(readers));
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
            request.seed = *seed;
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
        return printCreatedPlan(workspace.addGoldTest(plan), [](const CalibrationPlan &p) {
            return concord::tr("Created gold test %1 \"%2\": %n item(s)", nullptr,
                               int(p.itemIds.size()))
                .arg(p.id, p.name);
        });
    });
}

// `gold result`: a gold test's scores, every reader's (the command line is not blind).
int printGoldTestResult(const CommandLine &line, const Workspace &workspace)
{
    const QString &wanted = line.action().rest.at(0);
    const CalibrationPlan *found = findPlan(workspace.project().goldTests, wanted);
    if (!found)
        return failWith(concord::tr("%1 has no gold test \"%2\"")
                            .arg(workspace.folder().projectFile(), wanted));
    const CalibrationPlan &plan = *found;
    const bool json = line.json();
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
        return printJson(Json{{"gold_test", toStd(plan.id)},
                              {"name", toStd(plan.name)},
                              {"items", score.items},
                              {"readers", rows}});
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

// `gold list`: every gold test and each reader's progress.
int listGoldTests(const CommandLine &line, const Workspace &workspace)
{
    return listPlans(workspace.project().goldTests, WorkspaceInternals::store(workspace),
                     line.json(), "gold_tests", concord::tr("No gold test yet\n"));
}

// `gold score`: every reader against the project's gold items, flagging those below the
// quality policy's reader score threshold.
int scoreReaders(const CommandLine &line, const Workspace &workspace)
{
    const Project &project = workspace.project();
    const QualityPolicy &policy = project.currentQualityPolicy();
    const GoldScores scores = scoreReadersOnGold(project, workspace.items(),
                                                 WorkspaceInternals::store(workspace), policy);
    const auto &readers = scores.score.comparison.readers;
    if (line.json()) {
        Json rows = Json::array();
        for (size_t i = 0; i < readers.size(); ++i)
            rows.push_back(goldReaderToJson(scores, i));
        return printJson(Json{{"gold_items", scores.score.items},
                              {"threshold", policy.readerScoreThreshold},
                              {"readers", rows}});
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
        QString text = concord::tr("  %1: %2 of %3 correct, kappa %4")
                           .arg(r.coderName)
                           .arg(r.correct)
                           .arg(r.units)
                           .arg(number(r.kappa.value));
        if (shapes.boxItems > 0)
            text += concord::tr("; boxes on %1 items: F1 %2, IoU %3")
                        .arg(shapes.boxItems)
                        .arg(number(shapes.boxF1), number(shapes.boxIoU));
        if (shapes.maskItems > 0)
            text += concord::tr("; masks on %1 items: %2 %3")
                        .arg(shapes.maskItems)
                        .arg(policy.maskMeasure == MaskMeasure::Dice ? concord::tr("Dice")
                                                                     : concord::tr("IoU"),
                             number(shapes.maskOverlap));
        out << text << (scores.flagged.contains(r.coderName) ? concord::tr("  FLAGGED") : QString())
            << '\n';
    }
    return ExitOk;
}

} // namespace

int runGoldCommand(const QStringList &arguments)
{
    const QList<ActionSpec> actions = {
        {QStringLiteral("score"), 0, 0, {}, scoreReaders},
        {QStringLiteral("create"), 0, 0,
         concord::tr("create needs --as <lead>: who sets the gold test up"), createGoldTest},
        {QStringLiteral("list"), 0, 0, {}, listGoldTests},
        {QStringLiteral("result"), 1, 1, {}, printGoldTestResult}};
    CommandLine line(
        QStringLiteral("gold"),
        concord::tr(
            "Gold items and gold tests.\n"
            "  gold <project> score [--json]   every reader against the project's gold items "
            "(items with a reference label), flagging those below the quality policy's reader "
            "score threshold\n"
            "  gold <project> create --as LEAD [--name NAME] [--readers ID,ID,...] [--count N] "
            "[--seed N]   a gold test, as Team > Start gold test…: items with a reference label "
            "the readers have not read (all, or a random N)\n"
            "  gold <project> list [--json]          every gold test and each reader's progress\n"
            "  gold <project> result TEST [--json]   a gold test's scores (accuracy, kappa)\n"
            "The action may also come first: gold create <project> ..."),
        {projectArgument(),
         {QStringLiteral("action"), concord::tr("score, create, list or result.")},
         {QStringLiteral("test"), concord::tr("result: the gold test."), QStringLiteral("[test]")}},
        {jsonOption(),
         allowDamagedOption(),
         asOption(concord::tr("create: the lead who sets it up.")),
         {QStringLiteral("name"), concord::tr("create: its name."), QStringLiteral("name")},
         {QStringLiteral("readers"), concord::tr("create: who takes it."), QStringLiteral("ids")},
         {QStringLiteral("count"), concord::tr("create: only a random sample of N items."),
          QStringLiteral("n")},
         {QStringLiteral("seed"), concord::tr("create: the same seed picks the same sample."),
          QStringLiteral("n")}});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
