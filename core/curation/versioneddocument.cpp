// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/versioneddocument.h"

#include "core/util/translation.h"

namespace concord {

void checkVersionedDocument(const Json &document, const char *format, int version,
                            const QString &notThisFormat)
{
    if (!document.is_object() || optionalString(document, "format") != QLatin1String(format))
        throw JsonFieldError{notThisFormat};
    if (optionalInteger(document, "version") > version)
        throw JsonFieldError{concord::tr("written by a newer Concord (version %1)")
                                 .arg(optionalInteger(document, "version"))};
}

} // namespace concord
