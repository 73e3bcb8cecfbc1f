// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/projectactions.h"
#include "app/cli/projectopening.h"
#include "core/storage/jsonsupport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace concord::cli {

// A positional argument of a command, as its --help lists it.
struct ArgumentSpec
{
    QString name;
    QString description;
    QString syntax = {}; // what the usage line shows; the name when empty
};

// The first positional argument of every command that works on a project.
ArgumentSpec projectArgument();
// "[arguments...]": what an action of a command group takes after the project.
ArgumentSpec actionRestArgument();
// The positional arguments of a command group: the action (`actions` names them), the project,
// and what the action takes after it.
QList<ArgumentSpec> actionArguments(const QString &actions,
                                    const ArgumentSpec &rest = actionRestArgument());

class CommandLine;

// What a command does on the project it opened: its exit code.
using ProjectRun = std::function<int(const CommandLine &line, Workspace &workspace)>;
// A check of the command line before the project is opened: nothing when the command may go
// on, or the exit code to stop with, after saying why (usageError(), failWith()).
using CommandCheck = std::function<std::optional<int>(const CommandLine &line)>;

// One action of a command group ("guideline publish <project> FILE"): how many arguments it takes
// after the action and the project; for an action that needs --as, the usage error given when
// --as is missing (empty when it takes none); what it does on the project; and what else it
// checks before the project is opened.
struct ActionSpec
{
    QString name;
    qsizetype fewest = 0;
    qsizetype most = 0;
    QString missingAs = {};
    ProjectRun run = {};
    CommandCheck check = {};
};

// A command's command line, declared as tables and then parsed. The command lists its positional
// arguments and its options once, in the order --help shows them (-h/--help comes last), and
// reads the options back by name, as QCommandLineParser does. A command on a project then hands
// what it does to runOnProject(), and a command group its table of actions to runAction(): they
// check the usage, open the project and run the command or the action, so each command keeps
// only what is its own (app/cli/README.md).
//
//   const QList<ActionSpec> actions = {
//       {QStringLiteral("list"), 0, 0, {}, listReferences},
//       {QStringLiteral("set"), 2, 2, concord::tr("set needs --as ..."), setReference}};
//   CommandLine line(QStringLiteral("reference"), description,
//                    actionArguments(concord::tr("list or set."), itemAndLabels),
//                    {jsonOption(), asOption(...), noteOption, allowDamagedOption()});
//   return line.runAction(arguments, actions);
class CommandLine
{
public:
    CommandLine(QString command, const QString &description, const QList<ArgumentSpec> &arguments,
                const QList<QCommandLineOption> &options);

    // Parses `arguments` (those after the command name), prints --help, and checks the number of
    // positional arguments. Returns the exit code to stop with (help was printed, or the usage
    // was wrong), or nothing when the command should go on.
    std::optional<int> parse(const QStringList &arguments, int minimumPositional,
                             int maximumPositional);
    // For a command group, "<command> <action> <project> [arguments...]" (or the project
    // first): parse(); the action must be one of `actions`, with as many arguments as it takes
    // and --as when it needs one (else the usage error and ExitUsage); then the action's check;
    // then opens the project (openProject(): a damaged one only with --allow-damaged, since
    // what an action reads or writes on it would be wrong without saying so) and runs the
    // action on it. Returns the exit code.
    int runAction(const QStringList &arguments, const QList<ActionSpec> &actions);
    // The same for a command on one project, "<command> <project> [arguments...]": parse(),
    // `check`, then opens the project the first positional argument names and runs `run` on it.
    int runOnProject(const QStringList &arguments, int minimumPositional, int maximumPositional,
                     const ProjectRun &run, const CommandCheck &check = {});

    const QString &command() const { return m_command; }
    const ProjectAction &action() const { return m_action; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    // --json (jsonOption()).
    bool json() const { return isSet(QStringLiteral("json")); }

    // Opens the project in `directory` (openProjectForCommand), going on despite problems when
    // the command offers --allow-damaged and it was given.
    OpenedProject openProject(const QString &directory) const;

    // Prints "concord-cli <command>: <message>" and the usage to stderr; returns ExitUsage.
    int usageError(const QString &message) const;

    const QCommandLineParser &parser() const { return m_parser; }

private:
    std::optional<int> parseAction(const QStringList &arguments, const QList<ActionSpec> &actions);
    int checkOpenAndRun(const QString &project, const ProjectRun &run,
                        const CommandCheck &check) const;

    QString m_command;
    QCommandLineParser m_parser;
    bool m_offersAllowDamaged = false;
    ProjectAction m_action;
};

// Prints `json` indented, as every command's --json does; returns ExitOk.
int printJson(const Json &json);

} // namespace concord::cli
