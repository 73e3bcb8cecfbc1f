// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

namespace concord {

// Checks that `document`, read from one of the curation files in the project folder (item
// keys, splits), is an object whose "format" is `format` and whose "version" is at most
// `version`. Throws JsonFieldError otherwise: `notThisFormat` when the format is wrong (each
// file names itself), or that a newer Concord wrote it.
void checkVersionedDocument(const Json &document, const char *format, int version,
                            const QString &notThisFormat);

} // namespace concord
