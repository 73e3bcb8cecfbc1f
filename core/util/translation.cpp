// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/translation.h"

#include "core/util/interfacelanguage.h"

namespace concord {

bool installTranslations()
{
    return installInterfaceLanguage(QString());
}

} // namespace concord
