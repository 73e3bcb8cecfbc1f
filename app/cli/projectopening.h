// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace concord::cli {

// --allow-damaged: go on although the project has problems (they are still printed).
QCommandLineOption allowDamagedOption();

// A project opened for a command, or the exit code the command stops with.
struct OpenedProject
{
    std::unique_ptr<Workspace> workspace; // null when the command must stop
    int exitCode = 0;
};

// Opens the project in `directory` for a command that reads it. Every problem found on the way
// (a damaged line, a broken hash chain, a missing blob; file, line and what) is printed to
// stderr: damage is never silent. Unless `allowDamaged`, a project with problems stops the
// command with the bad-input exit code, so scripts do not take a partial export for a whole one.
OpenedProject openProjectForCommand(const QString &directory, bool allowDamaged);

// --policy N: a published quality policy version to work under instead of the one in force.
QCommandLineOption policyVersionOption();
// The quality policy a command works under: the one in force, or the version --policy names.
// Null, after saying why on stderr, when that version was never published.
const QualityPolicy *
policyForCommand(const Workspace &workspace, const QCommandLineParser &parser,
                 const QCommandLineOption &policyVersion = policyVersionOption());

} // namespace concord::cli
