// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/csvfields.h"

#include "core/util/translation.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>

namespace concord {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

FileError errorAt(const QString &path, qint64 line, const QString &message)
{
    FileError error;
    error.path = path;
    error.line = line;
    error.message = message;
    return error;
}

qint64 lineEndsIn(std::string_view text, size_t from, size_t to)
{
    return qint64(std::count(text.begin() + qsizetype(from), text.begin() + qsizetype(to), '\n'));
}

} // namespace

std::string_view trimmedCsvText(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

QString csvExcerpt(std::string_view s)
{
    constexpr size_t Shown = 60;
    QString text = QString::fromUtf8(s.data(), qsizetype(std::min(s.size(), Shown)));
    if (s.size() > Shown)
        text += QStringLiteral("...");
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

CsvField scanCsvField(std::string_view text, size_t &pos, std::string &storage, bool quotedLineEnds)
{
    while (pos < text.size() && isBlank(text[pos]))
        ++pos;
    if (pos < text.size() && text[pos] == '"') {
        storage.clear();
        ++pos;
        bool closed = false;
        while (pos < text.size()) {
            const char c = text[pos];
            if (c == '"') {
                if (pos + 1 < text.size() && text[pos + 1] == '"') {
                    storage.push_back('"');
                    pos += 2;
                    continue;
                }
                ++pos;
                closed = true;
                break;
            }
            if (c == '\n' && !quotedLineEnds)
                break;
            storage.push_back(c);
            ++pos;
        }
        if (!closed)
            return {storage, CsvFieldEnd::BadQuote};
        while (pos < text.size() && isBlank(text[pos]))
            ++pos;
        if (pos < text.size() && text[pos] == '\r' &&
            (pos + 1 == text.size() || text[pos + 1] == '\n'))
            ++pos;
        if (pos >= text.size())
            return {storage, CsvFieldEnd::RecordEnd};
        if (text[pos] == ',') {
            ++pos;
            return {storage, CsvFieldEnd::Comma};
        }
        if (text[pos] == '\n') {
            ++pos;
            return {storage, CsvFieldEnd::RecordEnd};
        }
        return {storage, CsvFieldEnd::BadQuote}; // text after the closing quote
    }
    size_t end = pos;
    if (quotedLineEnds) {
        while (end < text.size() && text[end] != ',' && text[end] != '\n')
            ++end;
    } else {
        const void *comma = std::memchr(text.data() + pos, ',', text.size() - pos);
        end = comma ? size_t(static_cast<const char *>(comma) - text.data()) : text.size();
    }
    std::string_view raw = text.substr(pos, end - pos);
    if (!raw.empty() && raw.back() == '\r' && (end == text.size() || text[end] == '\n'))
        raw.remove_suffix(1);
    const std::string_view value = trimmedCsvText(raw);
    if (end >= text.size()) {
        pos = text.size();
        return {value, CsvFieldEnd::RecordEnd};
    }
    pos = end + 1;
    return {value, text[end] == ',' ? CsvFieldEnd::Comma : CsvFieldEnd::RecordEnd};
}

int CsvTable::column(const QString &name) const
{
    const auto found = std::find(columns.begin(), columns.end(), name);
    return found == columns.end() ? -1 : int(found - columns.begin());
}

Expected<CsvTable> parseCsvTable(QByteArrayView data, const QString &path)
{
    std::string_view text(data.data(), size_t(data.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    CsvTable table;
    bool headerSeen = false;
    std::string storage;
    size_t pos = 0;
    qint64 line = 1;
    while (pos < text.size()) {
        // A blank line is skipped; a record never starts on one.
        const size_t lineEnd = std::min(text.find('\n', pos), text.size());
        if (trimmedCsvText(text.substr(pos, lineEnd - pos)).find_first_not_of('\r') ==
            std::string_view::npos) {
            pos = lineEnd + 1;
            ++line;
            continue;
        }
        const size_t recordStart = pos;
        CsvRecord record;
        record.line = line;
        for (;;) {
            const size_t fieldStart = pos;
            const CsvField field = scanCsvField(text, pos, storage, true);
            if (field.end == CsvFieldEnd::BadQuote) {
                if (pos >= text.size())
                    return errorAt(path, line + lineEndsIn(text, recordStart, fieldStart),
                                   concord::tr("a quoted field opened on this line never closes"));
                return errorAt(path, line + lineEndsIn(text, recordStart, pos),
                               concord::tr("text after a closing quote in %1")
                                   .arg(csvExcerpt(text.substr(fieldStart, pos + 1 - fieldStart))));
            }
            record.fields.push_back(
                QString::fromUtf8(field.value.data(), qsizetype(field.value.size())));
            if (field.end == CsvFieldEnd::RecordEnd)
                break;
        }
        line += lineEndsIn(text, recordStart, pos);
        if (!headerSeen) {
            headerSeen = true;
            QSet<QString> seen;
            for (qsizetype i = 0; i < qsizetype(record.fields.size()); ++i) {
                const QString &name = record.fields[size_t(i)];
                if (name.isEmpty())
                    return errorAt(path, record.line,
                                   concord::tr("column %1 of the header has no name").arg(i + 1));
                if (seen.contains(name.toLower()))
                    return errorAt(path, record.line,
                                   concord::tr("the header names column \"%1\" twice").arg(name));
                seen.insert(name.toLower());
            }
            table.columns = std::move(record.fields);
            table.headerLine = record.line;
            continue;
        }
        if (record.fields.size() != table.columns.size()) {
            return errorAt(path, record.line,
                           concord::tr("expected %n field(s), as the header has, found %1", nullptr,
                                       int(table.columns.size()))
                               .arg(record.fields.size()));
        }
        table.records.push_back(std::move(record));
    }
    if (!headerSeen)
        return errorAt(path, 1, concord::tr("the file is empty; expected a header line"));
    return table;
}

Expected<CsvTable> readCsvTable(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return FileError{path, concord::tr("is a folder, not a CSV file")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, concord::tr("cannot open: %1").arg(file.errorString())};
    const QString tooBig =
        concord::tr("the file is larger than %1 MiB, the most a CSV table may have")
            .arg(MaxCsvTableBytes >> 20);
    if (file.size() > MaxCsvTableBytes)
        return FileError{path, tooBig};
    // Read in pieces, so a pipe or a device (/dev/zero) ends at the limit instead of filling
    // memory.
    QByteArray bytes;
    std::array<char, 1 << 16> piece{};
    for (;;) {
        const qint64 read = file.read(piece.data(), qint64(piece.size()));
        if (read < 0)
            return FileError{path, concord::tr("cannot read: %1").arg(file.errorString())};
        if (read == 0)
            break;
        bytes.append(piece.data(), qsizetype(read));
        if (bytes.size() > MaxCsvTableBytes)
            return FileError{path, tooBig};
    }
    return parseCsvTable(QByteArrayView(bytes), path);
}

} // namespace concord
