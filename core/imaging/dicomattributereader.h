// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class DcmElement;
class DcmItem;
class DcmTagKey;

namespace concord {

// Reads typed values from one DCMTK data set or sequence item, checking each attribute's VR
// against the types it may legally have. Absent or empty attributes read as "no value". A
// present but unreadable attribute (wrong VR, malformed number) is never guessed at: the first
// such problem is kept as a FileError naming the file and the attribute, and the caller stops
// once it sees error(). Used by the DICOM loader on the calling thread; owns nothing.
class DicomAttributeReader
{
public:
    DicomAttributeReader(DcmItem &item, const QString &path);

    // US, SS, UL, SL or IS. `treatUsAsSigned` reinterprets a US value as two's complement, for
    // the "US or SS" attributes whose signedness follows Pixel Representation (PS3.3 C.7.6.3).
    std::optional<int> integer(const DcmTagKey &tag, unsigned long position = 0,
                               bool treatUsAsSigned = false);
    // Like integer(), but a missing attribute is an error too.
    int requiredInteger(const DcmTagKey &tag);
    // DS, FD or FL.
    std::optional<double> decimal(const DcmTagKey &tag, unsigned long position = 0);
    std::vector<double> decimals(const DcmTagKey &tag);
    // Any string VR; leading and trailing spaces removed.
    QString string(const DcmTagKey &tag, unsigned long position = 0);
    QStringList strings(const DcmTagKey &tag);
    // US, SS or OW arrays such as lookup table data.
    std::vector<quint16> words(const DcmTagKey &tag);
    bool contains(const DcmTagKey &tag) const;

    bool ok() const { return !m_error.has_value(); }
    const std::optional<FileError> &error() const { return m_error; }
    // Records a problem found by the caller while interpreting values; the first one wins.
    void fail(const QString &message);
    static QString describe(const DcmTagKey &tag);

private:
    DcmElement *find(const DcmTagKey &tag) const;
    void failWrongVr(DcmElement *element, const char *expected);

    DcmItem &m_item;
    QString m_path;
    std::optional<FileError> m_error;
};

} // namespace concord
