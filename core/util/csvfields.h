// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// The CSV dialect every CSV Concord reads shares (docs/curation.md, "CSV files"): RFC 4180
// fields separated by commas; a field may be quoted ("a,b", with "" for a quote); blanks
// around a field are ignored; lines end in \n or \r\n; a UTF-8 BOM is allowed.

// How scanCsvField stopped.
enum class CsvFieldEnd {
    Comma,     // a comma followed the field: another field follows
    RecordEnd, // the end of the text or an unquoted line end
    BadQuote,  // a quote that never closes, or text after a closing quote
};

struct CsvField
{
    std::string_view value; // into the text, or into the caller's storage when quoted
    CsvFieldEnd end = CsvFieldEnd::RecordEnd;
};

// Reads the field of `text` that starts at `pos` and moves `pos` past its comma or line end.
// A quoted field is unescaped into `storage`, which must outlive the use of the value. With
// `quotedLineEnds`, a quoted field may hold line ends (the record then spans lines); without,
// `text` is one line and a quote still open at its end is a BadQuote.
CsvField scanCsvField(std::string_view text, size_t &pos, std::string &storage,
                      bool quotedLineEnds);

// `s` without blanks (spaces, tabs) at either end.
std::string_view trimmedCsvText(std::string_view s);

// The start of `s`, quoted, for a message naming a bad line.
QString csvExcerpt(std::string_view s);

// A CSV with a header: its column names and each record below it, with the 1-based line the
// record starts on.
struct CsvRecord
{
    qint64 line = 0;
    std::vector<QString> fields;
};

struct CsvTable
{
    std::vector<QString> columns;
    qint64 headerLine = 1; // 1-based: blank lines above the header count, as for records
    std::vector<CsvRecord> records;
    int column(const QString &name) const; // -1 when there is none
};

// The largest CSV with a header that readCsvTable reads (metadata tables are far smaller): a
// bigger file, or a stream longer than this, is refused rather than read into memory.
inline constexpr qint64 MaxCsvTableBytes = qint64(256) << 20;

// Parses a CSV whose first non-blank line names the columns. Quoted fields may hold commas and
// line ends. Refused, as a FileError naming `path` and the line: an empty file, an empty or
// repeated column name, a record with another number of fields than the header (naming both
// counts), an unterminated quote (naming the line it opened on). Blank lines are skipped.
Expected<CsvTable> parseCsvTable(QByteArrayView data, const QString &path);
// The same, reading the file (at most MaxCsvTableBytes; pipes and devices in pieces).
Expected<CsvTable> readCsvTable(const QString &path);

} // namespace concord
