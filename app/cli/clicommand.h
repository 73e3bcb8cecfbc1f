// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/translation.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace concord::cli {

// One `concord-cli <name>` sub-command. `run` receives the arguments after the command name
// and returns the process exit code: 0 on success, 1 on bad input, 2 on bad usage.
struct CliCommand
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

// Shared streams, so every command writes results to stdout and one-line errors to stderr.
QTextStream &standardOutput();
QTextStream &standardError();

// Prints "concord-cli: <message>" to stderr and returns the exit code for bad input.
int failWith(const QString &message);

// Runs `command` and returns its exit code. An exception that escapes it (a bug, or input no
// check foresaw) becomes a message on stderr and ExitUsage instead of an abort: main() runs
// every command through this.
int runGuarded(const std::function<int()> &command);

// Adds --help, parses `arguments` and checks the number of positional arguments. Returns an
// exit code when the command should stop now (help was printed, or the usage was wrong), or
// nothing when it should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &commandName,
                                  const QStringList &arguments, int minimumPositional,
                                  int maximumPositional);

// The parser's help, its usage line naming the command ("Usage: concord-cli dicom info
// [options] file") where Qt names the executable's path.
QString commandHelpText(const QCommandLineParser &parser, const QString &commandName);

// The first positional argument of every command that works on a project.
void addProjectArgument(QCommandLineParser &parser);
// --json, which every command that reports offers for scripts.
QCommandLineOption jsonOption();

// Exit codes used by every command.
inline constexpr int ExitOk = 0;
inline constexpr int ExitBadInput = 1;
inline constexpr int ExitUsage = 2;

} // namespace concord::cli
