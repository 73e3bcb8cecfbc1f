// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/error.h"

#include <QDir>

namespace concord {

QString FileError::toString() const
{
    QString where = QDir::toNativeSeparators(path);
    if (line >= 0)
        where += QStringLiteral(":%1").arg(line);
    else if (offset >= 0)
        where += QStringLiteral(" (byte %1)").arg(offset);
    return QStringLiteral("%1: %2").arg(where, message);
}

} // namespace concord
