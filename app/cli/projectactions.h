// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"
#include "core/model/annotator.h"
#include "core/model/taxonomy.h"
#include "core/util/error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>
#include <optional>

namespace concord {
class Workspace;
}

namespace concord::cli {

// What the command groups that act on a project (taxonomy, guideline, annotator, calibration,
// gold, reference) share: which action was asked for, who acts (--as), and labels named on the
// command line. The work itself is done by core, through the same calls as the window.

// The action and the project of "<command> <action> <project> [more...]". The project may also
// come first ("<command> <project> <action>"), as `gold`, `policy` and `qc` take it.
struct ProjectAction
{
    QString action;
    QString project;
    QStringList rest; // the positional arguments after both
};

// Splits `positional` (at least two arguments) into a ProjectAction, the action being one of
// `actions`. Nothing, after printing the usage to stderr, when neither of the first two
// arguments is one of them.
std::optional<ProjectAction> projectAction(const QCommandLineParser &parser,
                                           const QString &commandName,
                                           const QStringList &positional,
                                           const QStringList &actions);

// Prints "concord-cli <command>: <message>" and the usage to stderr; returns ExitUsage.
int usageError(const QCommandLineParser &parser, const QString &commandName,
               const QString &message);

// --as: the annotator who does a write. It is done in a session of theirs (below), so the
// journal names them and core's role checks apply to them, as in the window.
QCommandLineOption asOption(const QString &description);

// Starts a session of `annotatorId` on `workspace`, runs `work`, and ends the session whatever
// `work` returned: the session journal records who acted and in which role, like a window's
// session. An unknown annotator is refused before anything is written.
int runAs(Workspace &workspace, const QString &annotatorId, const std::function<int()> &work);

// A label named on the command line: its id ("7"), its path ("Finding / Nodule" or
// "Finding/Nodule") or its name when no other label has that name. An error names `file` (the
// project file) and says what did not match.
Expected<int> findLabel(const Taxonomy &taxonomy, const QString &text, const QString &file);

// A role by its key (annotator, reviewer, adjudicator, lead); nothing for any other word.
std::optional<Role> roleFromCommandLine(const QString &key);

// Comma-separated values ("ann,ben"), trimmed, empty parts dropped.
QStringList commaList(const QString &text);

} // namespace concord::cli
