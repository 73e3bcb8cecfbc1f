// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>

namespace concord {

// A DICOM attribute as (group << 16) | element.
using DicomTagNumber = quint32;

// The attribute a rule names: a keyword of the DICOM dictionary ("BodyPartExamined") or a tag
// written "(0018,0015)" or "0018,0015" (hexadecimal). Nothing when it is neither.
std::optional<DicomTagNumber> dicomTagNumber(const QString &keywordOrTag);

// The values of some attributes of one DICOM file's header: each attribute present, as its
// values in text (a multi-valued attribute has several; leading and trailing spaces removed).
// Binary attributes (OB, OW, UN, ...) and sequences have no text value and are left out.
using DicomHeaderValues = std::map<DicomTagNumber, QStringList>;

// Reads the header of `path` up to Pixel Data (never the pixels) and returns the values of
// `tags`. An error names the file: missing, not DICOM, damaged.
Expected<DicomHeaderValues> readDicomHeaderValues(const QString &path,
                                                  const std::set<DicomTagNumber> &tags);

// Header values read once per file (docs/labeling-rules.md, "DICOM attributes"): every rule on
// every item asks this cache, which opens a file the first time one of its attributes is asked
// for and reads all `tags` the rules name at once. A file that cannot be read gives no values
// and its error is kept for the report. Not thread-safe; owned by one application of the rules.
class DicomHeaderCache
{
public:
    explicit DicomHeaderCache(std::set<DicomTagNumber> tags);

    // The values of the file at `path`; empty when it is not a readable DICOM file.
    const DicomHeaderValues &valuesOf(const QString &path);
    // Files that could not be read, with why.
    const std::vector<FileError> &problems() const { return m_problems; }
    int filesRead() const { return m_filesRead; }

private:
    std::set<DicomTagNumber> m_tags;
    QHash<QString, DicomHeaderValues> m_values;
    std::vector<FileError> m_problems;
    int m_filesRead = 0;
};

} // namespace concord
