// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include <QCoreApplication>

namespace concord::cli {

// Each run function is defined in its own file.
int runAgreementCommand(const QStringList &arguments);
int runDicomCommand(const QStringList &arguments);

const std::vector<CliCommand> &allCommands()
{
    static const std::vector<CliCommand> commands = {
        {QStringLiteral("agreement"),
         QCoreApplication::translate("cli", "Measure inter-annotator agreement"),
         runAgreementCommand},
        {QStringLiteral("dicom"),
         QCoreApplication::translate("cli", "Inspect or render a DICOM file as Concord decodes it"),
         runDicomCommand},
    };
    return commands;
}

} // namespace concord::cli
