// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/util/translation.h"

#include <algorithm>

namespace concord::cli {

ArgumentSpec projectArgument()
{
    return {QStringLiteral("project"), concord::tr("Project folder.")};
}

ArgumentSpec actionRestArgument()
{
    return {QStringLiteral("arguments"), concord::tr("What the action takes."),
            QStringLiteral("[arguments...]")};
}

QList<ArgumentSpec> actionArguments(const QString &actions, const ArgumentSpec &rest)
{
    return {{QStringLiteral("action"), actions}, projectArgument(), rest};
}

CommandLine::CommandLine(QString command, const QString &description,
                         const QList<ArgumentSpec> &arguments,
                         const QList<QCommandLineOption> &options)
    : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    for (const ArgumentSpec &argument : arguments)
        m_parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    m_parser.addOptions(options);
    m_offersAllowDamaged =
        std::any_of(options.begin(), options.end(), [](const QCommandLineOption &option) {
            return option.names().contains(QStringLiteral("allow-damaged"));
        });
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minimumPositional,
                                      int maximumPositional)
{
    return parseArguments(m_parser, m_command, arguments, minimumPositional, maximumPositional);
}

std::optional<int> CommandLine::parseAction(const QStringList &arguments,
                                            const QList<ActionSpec> &actions)
{
    QStringList names;
    qsizetype most = 0;
    for (const ActionSpec &spec : actions) {
        names.append(spec.name);
        most = std::max(most, spec.most);
    }
    if (auto exit = parse(arguments, 2, int(2 + most)))
        return exit;
    std::optional<ProjectAction> action =
        projectAction(m_parser, m_command, m_parser.positionalArguments(), names);
    if (!action)
        return ExitUsage;
    m_action = std::move(*action);
    const ActionSpec &spec = actions.at(names.indexOf(m_action.action));
    if (m_action.rest.size() < spec.fewest || m_action.rest.size() > spec.most)
        return usageError(concord::tr("wrong number of arguments for %1").arg(spec.name));
    if (!spec.missingAs.isEmpty() && !isSet(QStringLiteral("as")))
        return usageError(spec.missingAs);
    return std::nullopt;
}

int CommandLine::runAction(const QStringList &arguments, const QList<ActionSpec> &actions)
{
    if (auto exit = parseAction(arguments, actions))
        return *exit;
    const ActionSpec &spec =
        *std::find_if(actions.begin(), actions.end(),
                      [&](const ActionSpec &a) { return a.name == m_action.action; });
    return checkOpenAndRun(m_action.project, spec.run, spec.check);
}

int CommandLine::runOnProject(const QStringList &arguments, int minimumPositional,
                              int maximumPositional, const ProjectRun &run,
                              const CommandCheck &check)
{
    if (auto exit = parse(arguments, minimumPositional, maximumPositional))
        return *exit;
    return checkOpenAndRun(positional().constFirst(), run, check);
}

int CommandLine::checkOpenAndRun(const QString &project, const ProjectRun &run,
                                 const CommandCheck &check) const
{
    if (check) {
        if (const std::optional<int> exit = check(*this))
            return *exit;
    }
    OpenedProject opened = openProject(project);
    if (!opened.workspace)
        return opened.exitCode;
    return run(*this, *opened.workspace);
}

OpenedProject CommandLine::openProject(const QString &directory) const
{
    return openProjectForCommand(directory,
                                 m_offersAllowDamaged && isSet(QStringLiteral("allow-damaged")));
}

int CommandLine::usageError(const QString &message) const
{
    return cli::usageError(m_parser, m_command, message);
}

int printJson(const Json &json)
{
    standardOutput() << QString::fromStdString(json.dump(2)) << '\n';
    return ExitOk;
}

} // namespace concord::cli
