// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectactions.h"
#include "app/cli/projectopening.h"

#include "core/project/teamroles.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

int listAnnotators(const Workspace &workspace, bool json)
{
    const Project &project = workspace.project();
    const AnnotationStore &store = WorkspaceInternals::store(workspace);
    const auto sessions = [&](const QString &id) {
        const AnnotatorWork *work = store.work(id);
        return work ? qsizetype(work->sessions().size()) : 0;
    };
    if (json) {
        Json rows = Json::array();
        for (const Annotator &annotator : project.annotators)
            rows.push_back({{"id", toStd(annotator.id)},
                            {"name", toStd(annotator.displayName)},
                            {"role", toStd(roleKey(annotator.role))},
                            {"sessions", sessions(annotator.id)}});
        standardOutput() << QString::fromStdString(Json{{"annotators", rows}}.dump(2)) << '\n';
        return ExitOk;
    }
    if (project.annotators.empty())
        standardOutput() << concord::tr("No annotators yet\n");
    for (const Annotator &annotator : project.annotators)
        standardOutput() << concord::tr("%1  %2  %3, %n session(s)\n", nullptr,
                                        int(sessions(annotator.id)))
                                .arg(annotator.id, annotator.displayName,
                                     roleDisplayName(annotator.role));
    return ExitOk;
}

} // namespace

int runAnnotatorCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "The people of a project and their roles (annotator, reviewer, adjudicator, lead).\n"
        "  annotator list <project> [--json]\n"
        "  annotator add <project> ID [--name NAME] [--role ROLE]   a new profile, as the "
        "window's \"Who is labeling?\" makes one: its role is taken on trust\n"
        "  annotator set-role <project> ID ROLE --as LEAD   leads only; the project keeps at "
        "least one lead\n"
        "Each session's journal records the role it ran with."));
    parser.addPositionalArgument(QStringLiteral("action"), concord::tr("list, add or set-role."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("arguments"), concord::tr("What the action takes."),
                                 QStringLiteral("[arguments...]"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption name(QStringLiteral("name"),
                                  concord::tr("add: the display name (the id when not given)."),
                                  QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  concord::tr("add: the role (annotator when not given)."),
                                  QStringLiteral("role"), QStringLiteral("annotator"));
    const QCommandLineOption as = asOption(concord::tr("set-role: the lead who changes it."));
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOptions({json, name, role, as, allowDamaged});
    const QString command = QStringLiteral("annotator");
    if (auto exit = parseArguments(parser, command, arguments, 2, 4))
        return *exit;
    const std::optional<ProjectAction> action =
        projectAction(parser, command, parser.positionalArguments(),
                      {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("set-role")});
    if (!action)
        return ExitUsage;
    const QString &verb = action->action;
    const qsizetype wanted = verb == QLatin1String("list")  ? 0
                             : verb == QLatin1String("add") ? 1
                                                            : 2;
    if (action->rest.size() != wanted)
        return usageError(parser, command,
                          concord::tr("wrong number of arguments for %1").arg(verb));
    const QString roleText =
        verb == QLatin1String("set-role") ? action->rest.at(1) : parser.value(role);
    const std::optional<Role> newRole = roleFromCommandLine(roleText);
    if (!newRole)
        return usageError(parser, command,
                          concord::tr("unknown role \"%1\"; use annotator, reviewer, adjudicator "
                                      "or lead")
                              .arg(roleText));
    if (verb == QLatin1String("set-role") && !parser.isSet(as))
        return usageError(parser, command,
                          concord::tr("set-role needs --as <lead>: who changes the role"));
    OpenedProject opened = openProjectForCommand(action->project, parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    Workspace &workspace = *opened.workspace;
    if (verb == QLatin1String("list"))
        return listAnnotators(workspace, parser.isSet(json));

    const QString id = action->rest.at(0);
    if (verb == QLatin1String("add")) {
        if (workspace.project().findAnnotator(id))
            return failWith(concord::tr("%1 already has an annotator \"%2\"; to change the role, "
                                        "use set-role")
                                .arg(workspace.folder().projectFile(), id));
        const QString displayName =
            parser.value(name).trimmed().isEmpty() ? id : parser.value(name).trimmed();
        if (MaybeError error = workspace.addAnnotator({id, displayName, *newRole}))
            return failWith(error->toString());
        standardOutput()
            << concord::tr("Added %1 (%2) as %3\n").arg(id, displayName, roleDisplayName(*newRole));
        return ExitOk;
    }
    return runAs(workspace, parser.value(as), [&] {
        if (MaybeError error = changeAnnotatorRole(workspace, id, *newRole))
            return failWith(error->toString());
        standardOutput() << concord::tr("%1 is now %2\n").arg(id, roleDisplayName(*newRole));
        return ExitOk;
    });
}

} // namespace concord::cli
