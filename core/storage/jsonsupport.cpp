// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/jsonsupport.h"

#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <simdjson.h>

namespace concord {

namespace {
thread_local simdjson::dom::parser t_lineParser;
}

Json toNlohmannJson(const simdjson::dom::element &element)
{
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::OBJECT: {
        Json object = Json::object();
        for (const auto field : simdjson::dom::object(element))
            object.emplace(std::string(field.key), toNlohmannJson(field.value));
        return object;
    }
    case element_type::ARRAY: {
        Json array = Json::array();
        for (const simdjson::dom::element value : simdjson::dom::array(element))
            array.push_back(toNlohmannJson(value));
        return array;
    }
    case element_type::STRING: return std::string(std::string_view(element));
    case element_type::INT64: return int64_t(element);
    case element_type::UINT64: return uint64_t(element);
    case element_type::DOUBLE: return double(element);
    case element_type::BOOL: return bool(element);
    case element_type::NULL_VALUE: return nullptr;
    }
    return nullptr;
}

Json parseJsonLine(const char *data, size_t size)
{
    simdjson::dom::element root;
    if (t_lineParser.parse(data, size, false).get(root) != simdjson::SUCCESS)
        throw Json::parse_error::create(101, 0, "not valid JSON", nullptr);
    return toNlohmannJson(root);
}

Expected<PaddedFile> readFileWithPadding(const QString &path)
{
    Expected<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    PaddedFile file;
    file.size = bytes->size();
    file.buffer = std::move(*bytes);
    file.buffer.append(QByteArray(qsizetype(JsonLinePadding), '\0'));
    return file;
}

Expected<Json> parseJsonDocument(const QString &path, const QByteArray &bytes)
{
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error &error) {
        // nlohmann reports a 1-based byte position; users want line and column.
        const qint64 position = std::clamp<qint64>(qint64(error.byte) - 1, 0, bytes.size());
        qint64 line = 1;
        qint64 lineStart = 0;
        for (qint64 i = 0; i < position; ++i) {
            if (bytes[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        FileError fileError;
        fileError.path = path;
        fileError.line = line;
        fileError.offset = position;
        fileError.message = concord::tr("invalid JSON at column %1 (byte %2)")
                                .arg(position - lineStart + 1)
                                .arg(position);
        return fileError;
    } catch (const Json::out_of_range &) {
        // A number beyond a double's range (1e999) is not a parse_error to nlohmann, and it
        // reports no position: without this it escaped every reader as an uncaught exception.
        return FileError{path, concord::tr("invalid JSON: a number is too large")};
    }
}

static JsonFieldError fieldError(const char *key, const char *expected)
{
    return JsonFieldError{
        concord::tr("field \"%1\" must be %2").arg(QLatin1String(key), QLatin1String(expected))};
}

QString requireString(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        throw fieldError(key, "a string");
    return fromStd(it->get_ref<const std::string &>());
}

qint64 requireInteger(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        throw fieldError(key, "an integer");
    return it->get<qint64>();
}

double requireNumber(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        throw fieldError(key, "a number");
    return it->get<double>();
}

QString optionalString(const Json &object, const char *key, const QString &fallback)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return fallback;
    return fromStd(it->get_ref<const std::string &>());
}

qint64 optionalInteger(const Json &object, const char *key, qint64 fallback)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        return fallback;
    return it->get<qint64>();
}

// The member `key` when `hasType` accepts it, `empty` when it is absent; any other type is a
// JsonFieldError saying it must be `expected`.
static const Json &optionalMember(const Json &object, const char *key, const Json &empty,
                                  bool (Json::*hasType)() const noexcept, const char *expected)
{
    const auto it = object.find(key);
    if (it == object.end())
        return empty;
    if (!((*it).*hasType)())
        throw fieldError(key, expected);
    return *it;
}

const Json &optionalObject(const Json &object, const char *key)
{
    static const Json empty = Json::object();
    return optionalMember(object, key, empty, &Json::is_object, "an object");
}

const Json &optionalArray(const Json &object, const char *key)
{
    static const Json empty = Json::array();
    return optionalMember(object, key, empty, &Json::is_array, "a list");
}

FileError unexpectedJsonStructure(const QString &path, const Json::exception &error)
{
    return FileError{path,
                     concord::tr("unexpected structure (%1)").arg(QString::fromUtf8(error.what()))};
}

Json stringsToJson(const QStringList &strings)
{
    return jsonArrayOf(strings, toStd);
}

} // namespace concord
