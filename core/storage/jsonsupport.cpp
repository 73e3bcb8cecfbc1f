// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/jsonsupport.h"

#include <QCoreApplication>

namespace concord {

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
        fileError.message = QCoreApplication::translate("Storage",
                                                        "invalid JSON at column %1 (byte %2)")
                                .arg(position - lineStart + 1)
                                .arg(position);
        return fileError;
    }
}

static JsonFieldError fieldError(const char *key, const char *expected)
{
    return JsonFieldError{QCoreApplication::translate("Storage", "field \"%1\" must be %2")
                              .arg(QLatin1String(key), QLatin1String(expected))};
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

} // namespace concord
