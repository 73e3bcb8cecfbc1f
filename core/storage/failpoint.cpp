// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/failpoint.h"

#include <QByteArray>

#include <csignal>

namespace concord {

void reachFailpoint(const char *name)
{
    static const QByteArray armed = qgetenv("CONCORD_FAILPOINT");
    if (!armed.isEmpty() && armed == name)
        std::raise(SIGKILL);
}

} // namespace concord
