// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"

#include <cstdio>

namespace concord::cli {

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const QString &message)
{
    standardOutput().flush();
    standardError() << "concord-cli: " << message << Qt::endl;
    return ExitBadInput;
}

} // namespace concord::cli
