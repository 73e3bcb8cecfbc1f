// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>

namespace concord {

// Whether anyone but the owner may read or write `file`: a file holding a secret (a DICOMweb
// node's password or token, Concord's private TLS key) that they may read has leaked already,
// so it is refused rather than used (docs/pacs.md, "Authentication and secrets").
inline bool othersMayAccess(const QFileInfo &file)
{
    return file.permissions() &
           (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther);
}

} // namespace concord
