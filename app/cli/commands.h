// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

#include <vector>

namespace concord::cli {

// Every sub-command of concord-cli, in the order `--help` lists them. Each lives in its own
// <name>command.cpp file.
const std::vector<CliCommand> &allCommands();

// True when `concord-cli <name> <arguments>` paints a document (the agreement or the quality
// report's PDF) and so needs QtGui's fonts and painting: main then loads the PDF module and
// starts its QGuiApplication instead of a QCoreApplication (pdfreports.h). Asked before any
// application object exists, from the raw arguments.
bool commandPaintsDocuments(const QString &name, const QStringList &arguments);

} // namespace concord::cli
