// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/projectrouting.h"
#include "core/quality/qualityreport.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

Json routingToJson(const ProjectRouting &routing)
{
    Json items = Json::array();
    for (const ProjectRouting::Entry &entry : routing.items)
        items.push_back(routeEntryToJson(entry));
    return Json{{"policy_version", routing.policyVersion},
                {"items", std::move(items)},
                {"counts", routeCountsToJson(routing)}};
}

void printRoutingTable(const ProjectRouting &routing)
{
    QTextStream &out = standardOutput();
    out << concord::tr("Policy version %1\n").arg(routing.policyVersion);
    for (const ProjectRouting::Entry &entry : routing.items) {
        const ItemRoute &route = entry.route;
        const QString agreement = route.agreement.value
                                      ? QString::number(*route.agreement.value, 'f', 3)
                                      : QStringLiteral("-");
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(entry.item->id, -24)
                   .arg(itemStateKey(route.state), -13)
                   .arg(agreement, 5)
                   .arg(entry.item->path, route.reason);
    }
    out << concord::tr("Counts:");
    for (int s = 0; s < ItemStateCount; ++s)
        out << QStringLiteral(" %1 %2")
                   .arg(itemStateKey(ItemState(s)))
                   .arg(routing.counts[size_t(s)]);
    out << '\n';
}

// `route`: every item's state and per-item agreement, under the policy --policy names or the one in
// force.
int printRoutes(const CommandLine &line, const Workspace &workspace)
{
    const QualityPolicy *policy = policyForCommand(workspace, line.parser());
    if (!policy)
        return ExitBadInput;
    const ProjectRouting routing = routeProject(workspace.project(), workspace.items(),
                                                WorkspaceInternals::store(workspace), *policy);
    if (line.json())
        return printJson(routingToJson(routing));
    printRoutingTable(routing);
    return ExitOk;
}

} // namespace

int runRouteCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("route"),
        concord::tr("Print every item's state in the quality workflow, with its per-item "
                    "agreement, under the project's quality policy (the default policy when none "
                    "was published)."),
        {projectArgument()}, {jsonOption(), policyVersionOption(), allowDamagedOption()});
    return line.runOnProject(arguments, 1, 1, printRoutes);
}

} // namespace concord::cli
