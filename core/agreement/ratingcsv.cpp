// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/ratingcsv.h"

#include "core/agreement/ratingtablebuilder.h"
#include "core/util/csvfields.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace concord {

namespace {

// Runs for every field of a million-line file: always inlined, as a call costs more than its
// two comparisons.
[[gnu::always_inline]] inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

[[gnu::always_inline]] inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

// Splits one line (without its terminator) with a quote in it into fields, by the shared CSV
// dialect (core/util/csvfields.h). Quoted fields are unescaped into `storage`. Returns the
// field count (which may exceed the capacity of `fields`; only the first three are kept), or
// -1 for an unterminated or misplaced quote.
int splitFields(std::string_view line, std::array<std::string_view, 3> &fields,
                std::array<std::string, 3> &storage)
{
    int count = 0;
    size_t pos = 0;
    for (;;) {
        const CsvField field = scanCsvField(line, pos, storage[size_t(std::min(count, 2))], false);
        if (field.end == CsvFieldEnd::BadQuote)
            return -1;
        if (count < 3)
            fields[size_t(count)] = field.value;
        ++count;
        if (field.end == CsvFieldEnd::RecordEnd)
            return count;
    }
}

// After this many lines the size of the rest of a text is a fair guess of its line count.
constexpr qint64 LinesBeforeEstimate = 16384;

// Parses lines of `text` into `builder`. `firstLine` is the 1-based number of the first line;
// when `headerSeen` is false the first non-blank line must be the header. Returns the error of
// the first bad line, if any, and leaves the number of lines read in `lineCount`.
// `builderBytes` is the size of all the text whose ratings `builder` will end up holding (more
// than `text` when later parts are appended to it): its columns are reserved for that once.
std::optional<FileError> parseLines(std::string_view text, qint64 firstLine, bool &headerSeen,
                                    RatingTableBuilder &builder, const QString &path,
                                    qint64 &lineCount, size_t builderBytes)
{
    auto error = [&path](qint64 line, const QString &message) {
        FileError e;
        e.path = path;
        e.line = line;
        e.message = message;
        return e;
    };
    std::array<std::string_view, 3> fields;
    std::array<std::string, 3> storage;
    qint64 lineNumber = firstLine - 1;
    size_t pos = 0;
    lineCount = 0;
    while (pos < text.size()) {
        // One pass over the line finds its end, its first two commas and whether it has a quote,
        // so the usual unquoted line (a dozen bytes) needs no second look.
        std::array<size_t, 2> commas{};
        int commaCount = 0;
        bool hasQuote = false;
        size_t end = pos;
        for (; end < text.size(); ++end) {
            const char c = text[end];
            if (c == '\n')
                break;
            if (c == ',') {
                if (commaCount < 2)
                    commas[size_t(commaCount)] = end - pos;
                ++commaCount;
            } else if (c == '"') {
                hasQuote = true;
            }
        }
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        ++lineCount;
        if (line.size() > size_t(MaxRatingCsvLineBytes))
            return error(lineNumber,
                         concord::tr("the line is %1 bytes long; a rating line may have at "
                                     "most %2")
                             .arg(line.size())
                             .arg(MaxRatingCsvLineBytes));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trimmed(line).empty())
            continue;

        int count = commaCount + 1;
        if (hasQuote) {
            count = splitFields(line, fields, storage);
        } else if (count == 3) {
            fields[0] = trimmed(line.substr(0, commas[0]));
            fields[1] = trimmed(line.substr(commas[0] + 1, commas[1] - commas[0] - 1));
            fields[2] = trimmed(line.substr(commas[1] + 1));
        }
        if (count < 0)
            return error(
                lineNumber,
                concord::tr("unterminated or misplaced quote in %1").arg(csvExcerpt(line)));
        if (!headerSeen) {
            auto is = [](std::string_view field, std::string_view name) {
                if (field.size() != name.size())
                    return false;
                for (size_t i = 0; i < name.size(); ++i)
                    if (char(std::tolower(static_cast<unsigned char>(field[i]))) != name[i])
                        return false;
                return true;
            };
            if (count != 3 || !is(fields[0], "unit") || !is(fields[1], "coder") ||
                !is(fields[2], "label")) {
                return error(lineNumber,
                             concord::tr("expected the header 'unit,coder,label', found %1")
                                 .arg(csvExcerpt(line)));
            }
            headerSeen = true;
            continue;
        }
        if (count != 3) {
            return error(lineNumber,
                         concord::tr("expected 3 fields (unit,coder,label), found %1").arg(count));
        }
        static const char *const names[] = {"unit", "coder", "label"};
        for (size_t i = 0; i < 3; ++i) {
            if (fields[i].empty())
                return error(lineNumber,
                             concord::tr("empty %1; a missing rating is written as no line")
                                 .arg(QLatin1String(names[i])));
        }
        if (lineCount == LinesBeforeEstimate && pos < text.size())
            builder.reserveForRatings(
                qint64(double(lineCount) * double(builderBytes) / double(pos)));
        if (!builder.add(fields[0], fields[1], fields[2])) {
            return error(lineNumber, concord::tr("unit %1 already has a rating from coder %2")
                                         .arg(csvExcerpt(fields[0]), csvExcerpt(fields[1])));
        }
    }
    return std::nullopt;
}

// Below this size one thread parses the file: a second one costs more than it saves.
constexpr size_t ParallelThreshold = size_t(4) << 20;

// Where to split `text` near its middle: just after a newline, so both parts hold whole lines.
// A quoted field may not span lines (splitFields treats a newline inside quotes as an
// unterminated quote), so a newline always ends a record.
size_t splitPoint(std::string_view text)
{
    const size_t middle = text.size() / 2;
    const void *newline = std::memchr(text.data() + middle, '\n', text.size() - middle);
    return newline ? size_t(static_cast<const char *>(newline) - text.data()) + 1 : text.size();
}

} // namespace

Expected<RatingTable> parseRatingCsv(QByteArrayView data, const QString &path)
{
    std::string_view text(data.data(), size_t(data.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        FileError e;
        e.path = path;
        e.line = 1;
        e.message = concord::tr("the file is empty; expected the header 'unit,coder,label'");
        return e;
    }

    // A sequential parse that looks every unit up: the reference, and the way to find the line
    // of a repeated rating that the fast path below only notices when it joins a unit's runs.
    auto parseLookingUpUnits = [&]() -> Expected<RatingTable> {
        RatingTableBuilder builder;
        bool headerSeen = false;
        qint64 lines = 0;
        if (std::optional<FileError> e =
                parseLines(text, 1, headerSeen, builder, path, lines, text.size()))
            return *e;
        return builder.build();
    };

    // Long-format files list a unit's ratings on consecutive lines, so the builders take each
    // change of unit name as a new unit and join a unit's runs only once, at the end.
    using Grouping = RatingTableBuilder::UnitGrouping;
    RatingTableBuilder builder(Grouping::Contiguous);
    bool headerSeen = false;
    qint64 lines = 0;
    const size_t split = text.size() >= ParallelThreshold ? splitPoint(text) : text.size();
    if (split >= text.size()) {
        if (std::optional<FileError> e =
                parseLines(text, 1, headerSeen, builder, path, lines, text.size()))
            return *e;
        if (!builder.mergeRepeatedUnits())
            return parseLookingUpUnits();
        return builder.build();
    }

    // Two halves on two threads, each into its own builder; the later half is appended to the
    // earlier one, which keeps units, coders and labels in order of first appearance. The
    // later half's header check is skipped only if the earlier half holds the header, which
    // its own parse verifies. Line numbers of the later half are known once the earlier half
    // has counted its lines, so errors name the same line as a sequential parse.
    const std::string_view first = text.substr(0, split);
    const std::string_view second = text.substr(split);
    RatingTableBuilder laterBuilder(Grouping::Contiguous);
    std::optional<FileError> laterError;
    qint64 laterLines = 0;
    std::thread later([&] {
        bool seen = true;
        laterError = parseLines(second, 1, seen, laterBuilder, path, laterLines, second.size());
    });
    // The later half is appended to this builder, so it makes room for the whole file.
    std::optional<FileError> firstError =
        parseLines(first, 1, headerSeen, builder, path, lines, text.size());
    later.join();
    if (firstError)
        return *firstError;
    if (!headerSeen) // the first half was blank: parse sequentially for the exact message
        return parseLookingUpUnits();
    if (laterError) {
        laterError->line += lines;
        // A duplicate of a rating from the first half is only found when merging, below.
        return *laterError;
    }
    if (!builder.append(std::move(laterBuilder)) || !builder.mergeRepeatedUnits()) {
        // Some unit has a rating from one coder twice, on lines apart: find the line the
        // plain way.
        return parseLookingUpUnits();
    }
    return builder.build();
}

Expected<RatingTable> readRatingCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FileError e;
        e.path = path;
        e.message = concord::tr("cannot open: %1").arg(file.errorString());
        return e;
    }
    const qint64 size = file.size();
    if (size > 0) {
        if (uchar *mapped = file.map(0, size)) {
            Expected<RatingTable> table =
                parseRatingCsv(QByteArrayView(reinterpret_cast<const char *>(mapped), size), path);
            file.unmap(mapped);
            return table;
        }
    }
    // Not mappable (empty, a pipe, a device, some network file systems): read it in pieces,
    // stopping at a line longer than any rating line may be, so that an endless stream with
    // no newline (/dev/zero) ends with a message instead of filling memory.
    QByteArray bytes;
    qsizetype lineStart = 0;
    qint64 lineNumber = 1;
    std::array<char, 1 << 16> piece{};
    for (;;) {
        const qint64 read = file.read(piece.data(), qint64(piece.size()));
        if (read < 0) {
            FileError e;
            e.path = path;
            e.message = concord::tr("cannot read: %1").arg(file.errorString());
            return e;
        }
        if (read == 0)
            break;
        const qsizetype before = bytes.size();
        bytes.append(piece.data(), qsizetype(read));
        for (qsizetype at = bytes.indexOf('\n', before); at >= 0;
             at = bytes.indexOf('\n', at + 1)) {
            lineStart = at + 1;
            ++lineNumber;
        }
        if (bytes.size() - lineStart > MaxRatingCsvLineBytes) {
            FileError e;
            e.path = path;
            e.line = lineNumber;
            e.message =
                concord::tr("the line is longer than %1 bytes, the most a rating line may have")
                    .arg(MaxRatingCsvLineBytes);
            return e;
        }
    }
    return parseRatingCsv(QByteArrayView(bytes), path);
}

} // namespace concord
