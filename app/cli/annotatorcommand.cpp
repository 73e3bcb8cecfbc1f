// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/project/teamroles.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

// `annotator list`.
int listAnnotators(const CommandLine &line, const Workspace &workspace)
{
    const bool json = line.json();
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
        return printJson(Json{{"annotators", rows}});
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

// The role an action names: set-role's ROLE, or add's --role (annotator when not given).
QString roleText(const CommandLine &line)
{
    const ProjectAction &action = line.action();
    return action.action == QLatin1String("set-role") ? action.rest.at(1)
                                                      : line.value(QStringLiteral("role"));
}

// A role that is none of the four is a usage error; every action checks --role, as it always
// has, and set-role its ROLE, before --as.
std::optional<int> checkRole(const CommandLine &line)
{
    if (roleFromCommandLine(roleText(line)))
        return std::nullopt;
    return line.usageError(
        concord::tr("unknown role \"%1\"; use annotator, reviewer, adjudicator or lead")
            .arg(roleText(line)));
}

// set-role checks its ROLE before --as, so that a wrong role is named first.
std::optional<int> checkSetRole(const CommandLine &line)
{
    if (std::optional<int> exit = checkRole(line))
        return exit;
    if (line.isSet(QStringLiteral("as")))
        return std::nullopt;
    return line.usageError(concord::tr("set-role needs --as <lead>: who changes the role"));
}

// `annotator add ID`: a new profile, as the window's "Who is labeling?" makes one.
int addAnnotator(const CommandLine &line, Workspace &workspace)
{
    const QString id = line.action().rest.at(0);
    const Role role = *roleFromCommandLine(roleText(line));
    if (workspace.project().findAnnotator(id))
        return failWith(concord::tr("%1 already has an annotator \"%2\"; to change the role, "
                                    "use set-role")
                            .arg(workspace.folder().projectFile(), id));
    const QString name = line.value(QStringLiteral("name")).trimmed();
    const QString displayName = name.isEmpty() ? id : name;
    if (MaybeError error = workspace.addAnnotator({id, displayName, role}))
        return failWith(error->toString());
    standardOutput()
        << concord::tr("Added %1 (%2) as %3\n").arg(id, displayName, roleDisplayName(role));
    return ExitOk;
}

// `annotator set-role ID ROLE`: leads only, in a session of the lead --as names.
int setRole(const CommandLine &line, Workspace &workspace)
{
    const QString id = line.action().rest.at(0);
    const Role role = *roleFromCommandLine(roleText(line));
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        if (MaybeError error = changeAnnotatorRole(workspace, id, role))
            return failWith(error->toString());
        standardOutput() << concord::tr("%1 is now %2\n").arg(id, roleDisplayName(role));
        return ExitOk;
    });
}

} // namespace

int runAnnotatorCommand(const QStringList &arguments)
{
    const QList<ActionSpec> actions = {
        {QStringLiteral("list"), 0, 0, {}, listAnnotators, checkRole},
        {QStringLiteral("add"), 1, 1, {}, addAnnotator, checkRole},
        {QStringLiteral("set-role"), 2, 2, {}, setRole, checkSetRole}};
    CommandLine line(
        QStringLiteral("annotator"),
        concord::tr(
            "The people of a project and their roles (annotator, reviewer, adjudicator, lead).\n"
            "  annotator list <project> [--json]\n"
            "  annotator add <project> ID [--name NAME] [--role ROLE]   a new profile, as the "
            "window's \"Who is labeling?\" makes one: its role is taken on trust\n"
            "  annotator set-role <project> ID ROLE --as LEAD   leads only; the project keeps at "
            "least one lead\n"
            "Each session's journal records the role it ran with."),
        actionArguments(concord::tr("list, add or set-role.")),
        {jsonOption(),
         {QStringLiteral("name"), concord::tr("add: the display name (the id when not given)."),
          QStringLiteral("name")},
         {QStringLiteral("role"), concord::tr("add: the role (annotator when not given)."),
          QStringLiteral("role"), QStringLiteral("annotator")},
         asOption(concord::tr("set-role: the lead who changes it.")),
         allowDamagedOption()});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
