// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace concord::detail {
void reportFailedCheck(const char *condition, const char *file, int line);
}

// Checks an invariant that should hold. When it does not, the failure is logged with its place
// and `action` runs (typically `return` or `continue`), so a bug degrades one operation instead
// of crashing a session with unsaved context. Inspired by Qt Creator's QTC_CHECK.
#define CONCORD_CHECK(condition, action)                                                           \
    if (Q_LIKELY(condition)) {                                                                     \
    } else {                                                                                       \
        ::concord::detail::reportFailedCheck(#condition, __FILE__, __LINE__);                      \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)
