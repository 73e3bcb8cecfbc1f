// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/atomicfile.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>

namespace simdjson::dom {
class element;
}

namespace concord {

using Json = nlohmann::json;

inline std::string toStd(const QString &text)
{
    return text.toStdString();
}
inline QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Bytes that must be readable past the end of a line handed to the fast line parsers below.
inline constexpr size_t JsonLinePadding = 64;

// Parses one JSON line fast (simdjson); `JsonLinePadding` bytes after it must be readable.
// Throws Json::parse_error on malformed input.
Json parseJsonLine(const char *data, size_t size);
// Converts a simdjson value into a nlohmann one.
Json toNlohmannJson(const simdjson::dom::element &element);

// A whole file followed by JsonLinePadding zero bytes, ready for the line parsers.
struct PaddedFile
{
    QByteArray buffer; // contents, then the padding
    qint64 size = 0;   // size of the contents alone
    const char *data() const { return buffer.constData(); }
};
Expected<PaddedFile> readFileWithPadding(const QString &path);

// Parses `bytes` as one JSON document; a syntax error names the file, line and column.
Expected<Json> parseJsonDocument(const QString &path, const QByteArray &bytes);

// Reading typed fields with a clear message when one is missing or of the wrong type.
// They throw JsonFieldError, which the file readers turn into a FileError.
struct JsonFieldError
{
    QString message;
};
QString requireString(const Json &object, const char *key);
qint64 requireInteger(const Json &object, const char *key);
double requireNumber(const Json &object, const char *key);
QString optionalString(const Json &object, const char *key, const QString &fallback = {});
qint64 optionalInteger(const Json &object, const char *key, qint64 fallback = 0);
// The member `key` when it is an object (or an array), an empty one when it is absent; any
// other type is a JsonFieldError naming the field, where nlohmann's value() would throw its own
// type_error that names neither.
const Json &optionalObject(const Json &object, const char *key);
const Json &optionalArray(const Json &object, const char *key);

// The FileError for a document whose structure nlohmann rejected while it was being read.
FileError unexpectedJsonStructure(const QString &path, const Json::exception &error);

// Reads and parses the JSON file at `path` and returns what `read(document, bytes)` makes of
// it (`bytes`, the file as read, may be moved from). A file that cannot be read or parsed, and
// a JsonFieldError or any other nlohmann exception `read` throws, become a FileError naming the
// file.
template <typename Result, typename Read>
Expected<Result> readJsonFile(const QString &path, const Read &read)
{
    Expected<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    Expected<Json> document = parseJsonDocument(path, *bytes);
    if (!document)
        return document.error();
    try {
        return read(*document, *bytes);
    } catch (const JsonFieldError &error) {
        return FileError{path, error.message};
    } catch (const Json::exception &error) {
        return unexpectedJsonStructure(path, error);
    }
}

// A JSON array of `toJson(element)` for each element of `range`, in order.
template <typename Range, typename ToJson>
Json jsonArrayOf(const Range &range, const ToJson &toJson)
{
    Json array = Json::array();
    for (const auto &element : range)
        array.push_back(toJson(element));
    return array;
}

// A JSON array of the strings, in order.
Json stringsToJson(const QStringList &strings);

} // namespace concord
