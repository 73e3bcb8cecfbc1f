// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/planlisting.h"
#include "app/cli/projectactions.h"
#include "app/cli/projectopening.h"

#include "core/project/calibrationreview.h"
#include "core/project/goldtest.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QRandomGenerator>

namespace concord::cli {

namespace {

Json stringsToJson(const QStringList &values)
{
    Json array = Json::array();
    for (const QString &value : values)
        array.push_back(toStd(value));
    return array;
}

Json optionalNumber(const std::optional<double> &value)
{
    return value ? Json(*value) : Json();
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : concord::tr("n/a");
}

// Each reader's progress in a plan: items submitted in its own sessions.
Json progressToJson(const CalibrationPlan &plan, const AnnotationStore &store)
{
    Json readers = Json::array();
    for (const QString &reader : plan.participantIds)
        readers.push_back({{"id", toStd(reader)},
                           {"submitted", goldTestSubmitted(plan, store, reader)},
                           {"items", plan.itemIds.size()}});
    return readers;
}

} // namespace

Json calibrationPlanToJson(const CalibrationPlan &plan, const AnnotationStore &store)
{
    return Json{{"id", toStd(plan.id)},
                {"name", toStd(plan.name)},
                {"lead", toStd(plan.leadId)},
                {"created", toStd(plan.created.toUTC().toString(Qt::ISODate))},
                {"guideline", plan.guidelineVersion},
                {"items", stringsToJson(plan.itemIds)},
                {"readers", progressToJson(plan, store)}};
}

void printPlan(const CalibrationPlan &plan, const AnnotationStore &store)
{
    QTextStream &out = standardOutput();
    out << concord::tr("%1  \"%2\" by %3, guideline v%4, %n item(s)\n", nullptr,
                       int(plan.itemIds.size()))
               .arg(plan.id, plan.name, plan.leadId)
               .arg(plan.guidelineVersion);
    for (const QString &reader : plan.participantIds)
        out << concord::tr("    %1: %2 of %3 submitted\n")
                   .arg(reader)
                   .arg(goldTestSubmitted(plan, store, reader))
                   .arg(plan.itemIds.size());
}

// Readers named by --readers, or those the window's setup dialog ticks: every annotator whose
// role is annotator.
static QStringList chosenReaders(const Project &project, const QCommandLineParser &parser,
                                 const QCommandLineOption &readers)
{
    if (parser.isSet(readers))
        return commaList(parser.value(readers));
    QStringList ids;
    for (const Annotator &annotator : project.annotators) {
        if (annotator.role == Role::Annotator)
            ids.append(annotator.id);
    }
    return ids;
}

// Item ids or file paths, as ids; an error names the first that is neither.
Expected<QStringList> itemIds(const Workspace &workspace, const QStringList &given)
{
    QStringList ids;
    for (const QString &text : given) {
        if (workspace.items().find(text)) {
            ids.append(text);
            continue;
        }
        const auto &all = workspace.items().items();
        const auto byPath = std::find_if(all.begin(), all.end(),
                                         [&](const Item &item) { return item.path == text; });
        if (byPath == all.end())
            return FileError{workspace.folder().itemsFile(),
                             concord::tr("there is no item \"%1\"").arg(text)};
        ids.append(byPath->id);
    }
    return ids;
}

namespace {

// The options of `calibration create`.
struct CreateOptions
{
    QCommandLineOption name{QStringLiteral("name"), concord::tr("create: its name."),
                            QStringLiteral("name")};
    QCommandLineOption readers{QStringLiteral("readers"), concord::tr("create: who reads it."),
                               QStringLiteral("ids")};
    QCommandLineOption count{QStringLiteral("count"), concord::tr("create: how many items (20)."),
                             QStringLiteral("n")};
    QCommandLineOption sampling{QStringLiteral("sampling"),
                                concord::tr("create: how items are picked (stratified)."),
                                QStringLiteral("method"), QStringLiteral("stratified")};
    QCommandLineOption items{QStringLiteral("items"),
                             concord::tr("create: the items (ids or paths), picked by hand."),
                             QStringLiteral("ids")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            concord::tr("create: the same seed picks the same items."),
                            QStringLiteral("n")};
    QCommandLineOption guideline{QStringLiteral("guideline"),
                                 concord::tr("create: the guideline version read under."),
                                 QStringLiteral("version")};

    QList<QCommandLineOption> all() const
    {
        return {name, readers, count, sampling, items, seed, guideline};
    }
};

int createPlan(Workspace &workspace, const QCommandLineParser &parser, const QString &leadId,
               const CreateOptions &o)
{
    const QCommandLineOption &name = o.name, &readers = o.readers, &count = o.count,
                             &sampling = o.sampling, &items = o.items, &seed = o.seed,
                             &guideline = o.guideline;
    const Project &project = workspace.project();
    CalibrationSampleRequest request;
    const QString method = parser.value(sampling);
    if (method == QLatin1String("hand") || (parser.isSet(items) && !parser.isSet(sampling)))
        request.method = CalibrationSampling::ByHand;
    else if (method == QLatin1String("random"))
        request.method = CalibrationSampling::Random;
    else if (method == QLatin1String("stratified"))
        request.method = CalibrationSampling::StratifiedByLabel;
    else
        return failWith(
            concord::tr("unknown sampling \"%1\"; use random, stratified or hand").arg(method));
    bool ok = true;
    request.count = parser.isSet(count) ? parser.value(count).toInt(&ok)
                                        : std::min(20, int(workspace.items().size()));
    if (!ok || request.count < 1)
        return failWith(
            concord::tr("--count takes a positive number, not \"%1\"").arg(parser.value(count)));
    request.seed = parser.isSet(seed) ? parser.value(seed).toULongLong(&ok)
                                      : QRandomGenerator::global()->generate64();
    if (!ok)
        return failWith(concord::tr("--seed takes a number, not \"%1\"").arg(parser.value(seed)));
    if (request.method == CalibrationSampling::ByHand) {
        const Expected<QStringList> picked = itemIds(workspace, commaList(parser.value(items)));
        if (!picked)
            return failWith(picked.error().toString());
        if (picked->isEmpty())
            return failWith(concord::tr("hand sampling needs --items ID,ID,..."));
        request.handPicked = *picked;
        request.count = int(picked->size());
    }
    CalibrationPlan plan;
    plan.name = parser.value(name).trimmed();
    plan.participantIds = chosenReaders(project, parser, readers);
    plan.guidelineVersion = parser.isSet(guideline) ? parser.value(guideline).toInt(&ok)
                                                    : project.currentGuidelineVersion;
    if (!ok)
        return failWith(concord::tr("--guideline takes a version number, not \"%1\"")
                            .arg(parser.value(guideline)));
    // As the window's setup dialog: a calibration compares readers, so it takes two.
    if (plan.participantIds.size() < 2)
        return failWith(concord::tr("a calibration session needs at least two readers (%1 "
                                    "given); name them with --readers")
                            .arg(plan.participantIds.size()));
    return runAs(workspace, leadId, [&] {
        plan.itemIds = workspace.plans().pickItems(workspace.items(), request);
        const Expected<CalibrationPlan> stored = workspace.addCalibrationPlan(plan);
        if (!stored)
            return failWith(stored.error().toString());
        standardOutput()
            << concord::tr("Created calibration session %1 \"%2\": %n item(s)", nullptr,
                           int(stored->itemIds.size()))
                   .arg(stored->id, stored->name)
            << concord::tr(", readers %1\n").arg(stored->participantIds.join(QStringLiteral(", ")));
        return ExitOk;
    });
}

int reviewPlan(const Workspace &workspace, const CalibrationPlan &plan, bool json)
{
    // The command line acts for whoever runs it on the folder, as `gold score` and `quality`
    // do: the review reads every participant's reading through the same core calls as the
    // window's review (CalibrationPlans::calibrationReview), without a session to check.
    const Project &project = workspace.project();
    const AnnotationStore &store = WorkspaceInternals::store(workspace);
    const std::vector<CalibrationItemReview> items = reviewCalibration(plan, store);
    const CalibrationSummary summary =
        summarizeCalibration(project, workspace.items(), store, plan);
    const auto labelName = [&](int id) {
        const Label *label = project.taxonomy.find(id);
        return label ? project.taxonomy.pathOf(id) : QString::number(id);
    };
    if (json) {
        Json rows = Json::array();
        for (const CalibrationItemReview &item : items) {
            Json votes = Json::object();
            for (const auto &[labelId, count] : item.votes)
                votes[toStd(labelName(labelId))] = count;
            Json readings = Json::array();
            for (const CalibrationReading &reading : item.readings) {
                Json labels = Json::array();
                for (int id : reading.work.classLabels.labelIds)
                    labels.push_back(toStd(labelName(id)));
                readings.push_back({{"reader", toStd(reading.annotatorId)},
                                    {"labels", labels},
                                    {"boxes", reading.work.boxes.size()},
                                    {"status", toStd(itemStatusKey(reading.work.status()))}});
            }
            rows.push_back({{"item", toStd(item.itemId)},
                            {"readers", item.readers},
                            {"disagreement", item.disagreement},
                            {"box_count_spread", item.boxCountSpread},
                            {"votes", votes},
                            {"readings", readings}});
        }
        standardOutput() << QString::fromStdString(Json{
                                {"plan", toStd(plan.id)},
                                {"name", toStd(plan.name)},
                                {"summary",
                                 {{"items", summary.items},
                                  {"rated_items", summary.ratedItems},
                                  {"participants", summary.participants},
                                  {"pooled_labels", summary.pooledLabels},
                                  {"percent_agreement",
                                   optionalNumber(summary.percentAgreement.value)},
                                  {"fleiss_kappa", optionalNumber(summary.fleissKappa.value)}}},
                                {"items", rows}}.dump(2))
                         << '\n';
        return ExitOk;
    }
    QTextStream &out = standardOutput();
    out << concord::tr("Calibration review of \"%1\": %2 items (%3 rated), %4 readers\n")
               .arg(plan.name)
               .arg(summary.items)
               .arg(summary.ratedItems)
               .arg(summary.participants);
    out << concord::tr("Percent agreement %1, Fleiss' kappa %2%3\n")
               .arg(number(summary.percentAgreement.value), number(summary.fleissKappa.value),
                    summary.pooledLabels ? concord::tr(" (labels pooled)") : QString());
    out << concord::tr("Most disputed first:\n");
    for (const CalibrationItemReview &item : items) {
        QStringList votes;
        for (const auto &[labelId, count] : item.votes)
            votes.append(QStringLiteral("%1 %2").arg(labelName(labelId)).arg(count));
        const Item *known = workspace.items().find(item.itemId);
        out << concord::tr("  %1  disagreement %2, %3 readers: %4\n")
                   .arg(known ? known->path : item.itemId)
                   .arg(item.disagreement, 0, 'f', 2)
                   .arg(item.readers)
                   .arg(votes.isEmpty() ? concord::tr("no labels") : votes.join(concord::tr(", ")));
    }
    return ExitOk;
}

} // namespace

int runCalibrationCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Calibration sessions: the same items read blind by several readers, then reviewed "
        "together (Team > New calibration session… and Calibration review… in the window).\n"
        "  calibration create <project> --as LEAD [--name NAME] [--readers ID,ID,...] "
        "[--count N] [--sampling stratified|random|hand] [--items ID,...] [--seed N] "
        "[--guideline V]\n"
        "  calibration list <project> [--json]          every session and each reader's progress\n"
        "  calibration status <project> PLAN [--json]   one session's progress\n"
        "  calibration review <project> PLAN [--json]   agreement and the most disputed items\n"
        "By default the readers are every annotator whose role is annotator, and 20 items are "
        "picked stratified by their current label, as the window proposes. Readers read the "
        "session in the window (Team > Read calibration session…)."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 concord::tr("create, list, status or review."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("plan"), concord::tr("The session's id or name."),
                                 QStringLiteral("[plan]"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption as = asOption(concord::tr("create: the lead who sets it up."));
    const CreateOptions createOptions;
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOptions({json, as, allowDamaged});
    parser.addOptions(createOptions.all());
    const QString command = QStringLiteral("calibration");
    if (auto exit = parseArguments(parser, command, arguments, 2, 3))
        return *exit;
    const std::optional<ProjectAction> action =
        projectAction(parser, command, parser.positionalArguments(),
                      {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("status"),
                       QStringLiteral("review")});
    if (!action)
        return ExitUsage;
    const QString &verb = action->action;
    const bool takesPlan = verb == QLatin1String("status") || verb == QLatin1String("review");
    if (action->rest.size() != (takesPlan ? 1 : 0))
        return usageError(parser, command,
                          concord::tr("wrong number of arguments for %1").arg(verb));
    if (verb == QLatin1String("create") && !parser.isSet(as))
        return usageError(parser, command,
                          concord::tr("create needs --as <lead>: who sets the session up"));
    OpenedProject opened = openProjectForCommand(action->project, parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    Workspace &workspace = *opened.workspace;
    const Project &project = workspace.project();
    const AnnotationStore &store = WorkspaceInternals::store(workspace);
    if (verb == QLatin1String("create"))
        return createPlan(workspace, parser, parser.value(as), createOptions);
    if (verb == QLatin1String("list")) {
        if (parser.isSet(json)) {
            Json plans = Json::array();
            for (const CalibrationPlan &plan : project.calibrations)
                plans.push_back(calibrationPlanToJson(plan, store));
            standardOutput() << QString::fromStdString(Json{{"calibrations", plans}}.dump(2))
                             << '\n';
        } else if (project.calibrations.empty()) {
            standardOutput() << concord::tr("No calibration session yet\n");
        }
        if (!parser.isSet(json))
            for (const CalibrationPlan &plan : project.calibrations)
                printPlan(plan, store);
        return ExitOk;
    }
    const QString &wanted = action->rest.at(0);
    const auto found = std::find_if(
        project.calibrations.begin(), project.calibrations.end(),
        [&](const CalibrationPlan &plan) { return plan.id == wanted || plan.name == wanted; });
    if (found == project.calibrations.end())
        return failWith(concord::tr("%1 has no calibration session \"%2\"")
                            .arg(workspace.folder().projectFile(), wanted));
    if (verb == QLatin1String("review"))
        return reviewPlan(workspace, *found, parser.isSet(json));
    if (parser.isSet(json))
        standardOutput() << QString::fromStdString(calibrationPlanToJson(*found, store).dump(2))
                         << '\n';
    else
        printPlan(*found, store);
    return ExitOk;
}

} // namespace concord::cli
