// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/check.h"

#include <QDebug>

namespace concord::detail {
void reportFailedCheck(const char *condition, const char *file, int line)
{
    qCritical("Concord check failed: \"%s\" in %s:%d", condition, file, line);
}
} // namespace concord::detail
