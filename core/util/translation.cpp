// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/translation.h"

#include <QTranslator>

namespace concord {

bool installTranslations()
{
    // Owned by the application for the rest of its life, as Qt expects of installed
    // translators.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (!english->load(QStringLiteral(":/translations/concord_en.qm"))) {
        delete english;
        return false;
    }
    return QCoreApplication::installTranslator(english);
}

} // namespace concord
