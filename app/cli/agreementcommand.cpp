// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"

namespace concord::cli {

int runAgreementCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return failWith(QStringLiteral("agreement: not implemented yet"));
}

} // namespace concord::cli
