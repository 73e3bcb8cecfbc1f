// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/planlisting.h"

#include "app/cli/commandline.h"
#include "core/project/goldtest.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QRandomGenerator>

#include <algorithm>

namespace concord::cli {

namespace {

Json stringsToJson(const QStringList &values)
{
    Json array = Json::array();
    for (const QString &value : values)
        array.push_back(toStd(value));
    return array;
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

int listPlans(const std::vector<CalibrationPlan> &plans, const AnnotationStore &store, bool json,
              const char *jsonKey, const QString &none)
{
    if (json) {
        Json array = Json::array();
        for (const CalibrationPlan &plan : plans)
            array.push_back(calibrationPlanToJson(plan, store));
        return printJson(Json{{jsonKey, array}});
    }
    if (plans.empty())
        standardOutput() << none;
    for (const CalibrationPlan &plan : plans)
        printPlan(plan, store);
    return ExitOk;
}

const CalibrationPlan *findPlan(const std::vector<CalibrationPlan> &plans, const QString &wanted)
{
    const auto found = std::find_if(plans.begin(), plans.end(), [&](const CalibrationPlan &plan) {
        return plan.id == wanted || plan.name == wanted;
    });
    return found == plans.end() ? nullptr : &*found;
}

int printCreatedPlan(const Expected<CalibrationPlan> &stored,
                     const std::function<QString(const CalibrationPlan &plan)> &created)
{
    if (!stored)
        return failWith(stored.error().toString());
    standardOutput()
        << created(*stored)
        << concord::tr(", readers %1\n").arg(stored->participantIds.join(QStringLiteral(", ")));
    return ExitOk;
}

std::optional<quint64> planSeed(const CommandLine &line)
{
    const QString seed = QStringLiteral("seed");
    if (!line.isSet(seed))
        return QRandomGenerator::global()->generate64();
    bool ok = false;
    const quint64 value = line.value(seed).toULongLong(&ok);
    if (!ok) {
        failWith(concord::tr("--seed takes a number, not \"%1\"").arg(line.value(seed)));
        return std::nullopt;
    }
    return value;
}

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

} // namespace concord::cli
