// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/planlisting.h"

#include "core/project/calibrationreview.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

Json optionalNumber(const std::optional<double> &value)
{
    return value ? Json(*value) : Json();
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : concord::tr("n/a");
}

// Readers named by --readers, or those the window's setup dialog ticks: every annotator whose
// role is annotator.
QStringList chosenReaders(const Project &project, const CommandLine &line)
{
    if (line.isSet(QStringLiteral("readers")))
        return commaList(line.value(QStringLiteral("readers")));
    QStringList ids;
    for (const Annotator &annotator : project.annotators) {
        if (annotator.role == Role::Annotator)
            ids.append(annotator.id);
    }
    return ids;
}

// `calibration create`.
int createPlan(const CommandLine &line, Workspace &workspace)
{
    const Project &project = workspace.project();
    const QString count = QStringLiteral("count"), guideline = QStringLiteral("guideline"),
                  items = QStringLiteral("items"), sampling = QStringLiteral("sampling");
    CalibrationSampleRequest request;
    const QString method = line.value(sampling);
    if (method == QLatin1String("hand") || (line.isSet(items) && !line.isSet(sampling)))
        request.method = CalibrationSampling::ByHand;
    else if (method == QLatin1String("random"))
        request.method = CalibrationSampling::Random;
    else if (method == QLatin1String("stratified"))
        request.method = CalibrationSampling::StratifiedByLabel;
    else
        return failWith(
            concord::tr("unknown sampling \"%1\"; use random, stratified or hand").arg(method));
    bool ok = true;
    request.count = line.isSet(count) ? line.value(count).toInt(&ok)
                                      : std::min(20, int(workspace.items().size()));
    if (!ok || request.count < 1)
        return failWith(
            concord::tr("--count takes a positive number, not \"%1\"").arg(line.value(count)));
    const std::optional<quint64> seed = planSeed(line);
    if (!seed)
        return ExitBadInput;
    request.seed = *seed;
    if (request.method == CalibrationSampling::ByHand) {
        const Expected<QStringList> picked = itemIds(workspace, commaList(line.value(items)));
        if (!picked)
            return failWith(picked.error().toString());
        if (picked->isEmpty())
            return failWith(concord::tr("hand sampling needs --items ID,ID,..."));
        request.handPicked = *picked;
        request.count = int(picked->size());
    }
    CalibrationPlan plan;
    plan.name = line.value(QStringLiteral("name")).trimmed();
    plan.participantIds = chosenReaders(project, line);
    plan.guidelineVersion =
        line.isSet(guideline) ? line.value(guideline).toInt(&ok) : project.currentGuidelineVersion;
    if (!ok)
        return failWith(concord::tr("--guideline takes a version number, not \"%1\"")
                            .arg(line.value(guideline)));
    // As the window's setup dialog: a calibration compares readers, so it takes two.
    if (plan.participantIds.size() < 2)
        return failWith(concord::tr("a calibration session needs at least two readers (%1 "
                                    "given); name them with --readers")
                            .arg(plan.participantIds.size()));
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        plan.itemIds = workspace.plans().pickItems(workspace.items(), request);
        return printCreatedPlan(workspace.addCalibrationPlan(plan), [](const CalibrationPlan &p) {
            return concord::tr("Created calibration session %1 \"%2\": %n item(s)", nullptr,
                               int(p.itemIds.size()))
                .arg(p.id, p.name);
        });
    });
}

// `calibration list`: every session and each reader's progress.
int listSessions(const CommandLine &line, const Workspace &workspace)
{
    return listPlans(workspace.project().calibrations, WorkspaceInternals::store(workspace),
                     line.json(), "calibrations", concord::tr("No calibration session yet\n"));
}

// The session `status` and `review` name, by id or name; null after saying there is none.
const CalibrationPlan *namedSession(const CommandLine &line, const Workspace &workspace)
{
    const QString &wanted = line.action().rest.at(0);
    const CalibrationPlan *plan = findPlan(workspace.project().calibrations, wanted);
    if (!plan)
        failWith(concord::tr("%1 has no calibration session \"%2\"")
                     .arg(workspace.folder().projectFile(), wanted));
    return plan;
}

// `calibration status PLAN`: one session's progress.
int sessionStatus(const CommandLine &line, const Workspace &workspace)
{
    const CalibrationPlan *plan = namedSession(line, workspace);
    if (!plan)
        return ExitBadInput;
    const AnnotationStore &store = WorkspaceInternals::store(workspace);
    if (line.json())
        return printJson(calibrationPlanToJson(*plan, store));
    printPlan(*plan, store);
    return ExitOk;
}

// `calibration review PLAN`: agreement and the most disputed items.
int reviewSession(const CommandLine &line, const Workspace &workspace)
{
    const CalibrationPlan *found = namedSession(line, workspace);
    if (!found)
        return ExitBadInput;
    const CalibrationPlan &plan = *found;
    const bool json = line.json();
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
        return printJson(
            Json{{"plan", toStd(plan.id)},
                 {"name", toStd(plan.name)},
                 {"summary",
                  {{"items", summary.items},
                   {"rated_items", summary.ratedItems},
                   {"participants", summary.participants},
                   {"pooled_labels", summary.pooledLabels},
                   {"percent_agreement", optionalNumber(summary.percentAgreement.value)},
                   {"fleiss_kappa", optionalNumber(summary.fleissKappa.value)}}},
                 {"items", rows}});
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
    const QList<ActionSpec> actions = {
        {QStringLiteral("create"), 0, 0,
         concord::tr("create needs --as <lead>: who sets the session up"), createPlan},
        {QStringLiteral("list"), 0, 0, {}, listSessions},
        {QStringLiteral("status"), 1, 1, {}, sessionStatus},
        {QStringLiteral("review"), 1, 1, {}, reviewSession}};
    CommandLine line(
        QStringLiteral("calibration"),
        concord::tr(
            "Calibration sessions: the same items read blind by several readers, then reviewed "
            "together (Team > New calibration session… and Calibration review… in the window).\n"
            "  calibration create <project> --as LEAD [--name NAME] [--readers ID,ID,...] "
            "[--count N] [--sampling stratified|random|hand] [--items ID,...] [--seed N] "
            "[--guideline V]\n"
            "  calibration list <project> [--json]          every session and each reader's "
            "progress\n"
            "  calibration status <project> PLAN [--json]   one session's progress\n"
            "  calibration review <project> PLAN [--json]   agreement and the most disputed items\n"
            "By default the readers are every annotator whose role is annotator, and 20 items are "
            "picked stratified by their current label, as the window proposes. Readers read the "
            "session in the window (Team > Read calibration session…)."),
        actionArguments(concord::tr("create, list, status or review."),
                        {QStringLiteral("plan"), concord::tr("The session's id or name."),
                         QStringLiteral("[plan]")}),
        {jsonOption(),
         asOption(concord::tr("create: the lead who sets it up.")),
         allowDamagedOption(),
         {QStringLiteral("name"), concord::tr("create: its name."), QStringLiteral("name")},
         {QStringLiteral("readers"), concord::tr("create: who reads it."), QStringLiteral("ids")},
         {QStringLiteral("count"), concord::tr("create: how many items (20)."),
          QStringLiteral("n")},
         {QStringLiteral("sampling"), concord::tr("create: how items are picked (stratified)."),
          QStringLiteral("method"), QStringLiteral("stratified")},
         {QStringLiteral("items"), concord::tr("create: the items (ids or paths), picked by hand."),
          QStringLiteral("ids")},
         {QStringLiteral("seed"), concord::tr("create: the same seed picks the same items."),
          QStringLiteral("n")},
         {QStringLiteral("guideline"), concord::tr("create: the guideline version read under."),
          QStringLiteral("version")}});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
