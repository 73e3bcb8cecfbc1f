// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/ratingtable.h"
#include "core/util/error.h"

#include <QByteArrayView>
#include <QString>

namespace concord {

// Reads long-format ratings: a header `unit,coder,label`, then one rating per line; a missing
// rating simply has no line. Fields may be quoted ("a,b" with "" for a quote), surrounding
// spaces are ignored, lines may end in \r\n, blank lines are skipped, a UTF-8 BOM is allowed.
// Any other deviation (another header, a line without exactly three fields, an empty field, the
// same unit and coder twice, an empty file) is a FileError naming the file and the 1-based line.
// A header with no ratings gives an empty table.
//
// The file is memory-mapped and parsed in place, with no per-line allocation, so a 5 million
// row file reads in well under a second.
// A line longer than MaxRatingCsvLineBytes is refused with its line number, which also bounds
// every field; a pipe or device is read in pieces, so an endless stream without newlines (such
// as /dev/zero) ends with that message instead of filling memory.
Expected<RatingTable> readRatingCsv(const QString &path);

// The longest rating line accepted (unit, coder and label together).
inline constexpr qsizetype MaxRatingCsvLineBytes = qsizetype(1) << 20;

// The same parser over bytes already in memory; `path` only names the source in errors.
Expected<RatingTable> parseRatingCsv(QByteArrayView data, const QString &path);

} // namespace concord
