// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/eventpayload.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <simdjson.h>

namespace concord {

[[noreturn]] static void fieldError(const char *key, const char *expected)
{
    throw JsonFieldError{
        concord::tr("field \"%1\" must be %2").arg(QLatin1String(key), QLatin1String(expected))};
}

qint64 EventPayload::requireInteger(const char *key) const
{
    if (m_json)
        return concord::requireInteger(*m_json, key);
    int64_t value = 0;
    if ((*m_element)[key].get_int64().get(value) != simdjson::SUCCESS) {
        uint64_t unsignedValue = 0; // ids above 2^63 are not written, but read them gracefully
        if ((*m_element)[key].get_uint64().get(unsignedValue) != simdjson::SUCCESS)
            fieldError(key, "an integer");
        return qint64(unsignedValue);
    }
    return value;
}

double EventPayload::requireNumber(const char *key) const
{
    if (m_json)
        return concord::requireNumber(*m_json, key);
    const simdjson::dom::element field = (*m_element)[key].value_unsafe();
    double value = 0;
    if ((*m_element)[key].error() != simdjson::SUCCESS || !field.is_number())
        fieldError(key, "a number");
    if (field.get_double().get(value) == simdjson::SUCCESS)
        return value;
    int64_t integer = 0;
    if (field.get_int64().get(integer) == simdjson::SUCCESS)
        return double(integer);
    uint64_t unsignedInteger = 0;
    if (field.get_uint64().get(unsignedInteger) != simdjson::SUCCESS)
        fieldError(key, "a number");
    return double(unsignedInteger);
}

QString EventPayload::requireString(const char *key) const
{
    if (m_json)
        return concord::requireString(*m_json, key);
    std::string_view text;
    if ((*m_element)[key].get_string().get(text) != simdjson::SUCCESS)
        fieldError(key, "a string");
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

namespace {

// The element readers of requireArray: an element's value, or nothing when it has the wrong
// type.
std::optional<int> integerOf(const Json &value)
{
    return value.is_number_integer() ? std::optional(value.get<int>()) : std::nullopt;
}

std::optional<double> numberOf(const Json &value)
{
    return value.is_number() ? std::optional(value.get<double>()) : std::nullopt;
}

std::optional<int> integerOf(simdjson::dom::element value)
{
    int64_t integer = 0;
    if (value.get_int64().get(integer) != simdjson::SUCCESS)
        return std::nullopt;
    return int(integer);
}

std::optional<double> numberOf(simdjson::dom::element value)
{
    double number = 0;
    if (value.get_double().get(number) == simdjson::SUCCESS)
        return number;
    int64_t integer = 0;
    if (value.get_int64().get(integer) != simdjson::SUCCESS)
        return std::nullopt;
    return double(integer);
}

// The array under `key` from whichever parser the payload has, each element read by
// `readElement`; a missing array, or any element it cannot read, must be `expected`.
template <typename T, typename ReadElement>
std::vector<T> requireArray(const Json *json, const simdjson::dom::element *element,
                            const char *key, const char *expected, ReadElement readElement)
{
    std::vector<T> values;
    const auto append = [&](const auto &value) {
        const std::optional<T> read = readElement(value);
        if (!read)
            fieldError(key, expected);
        values.push_back(*read);
    };
    if (json) {
        const auto it = json->find(key);
        if (it == json->end() || !it->is_array())
            fieldError(key, expected);
        values.reserve(it->size());
        for (const Json &value : *it)
            append(value);
        return values;
    }
    simdjson::dom::array array;
    if ((*element)[key].get_array().get(array) != simdjson::SUCCESS)
        fieldError(key, expected);
    values.reserve(array.size());
    for (const simdjson::dom::element value : array)
        append(value);
    return values;
}

} // namespace

std::vector<int> EventPayload::requireIntegerArray(const char *key) const
{
    return requireArray<int>(m_json, m_element, key, "an array of integers",
                             [](const auto &value) { return integerOf(value); });
}

std::vector<double> EventPayload::requireNumberArray(const char *key) const
{
    return requireArray<double>(m_json, m_element, key, "an array of numbers",
                                [](const auto &value) { return numberOf(value); });
}

std::string_view EventPayload::optionalStringView(const char *key) const
{
    if (m_json) {
        const auto it = m_json->find(key);
        if (it == m_json->end() || !it->is_string())
            return {};
        return it->get_ref<const std::string &>();
    }
    std::string_view text;
    if ((*m_element)[key].get_string().get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

qint64 EventPayload::optionalInteger(const char *key, qint64 fallback) const
{
    if (m_json)
        return concord::optionalInteger(*m_json, key, fallback);
    int64_t value = 0;
    return (*m_element)[key].get_int64().get(value) == simdjson::SUCCESS ? value : fallback;
}

QString EventPayload::optionalString(const char *key) const
{
    if (m_json)
        return concord::optionalString(*m_json, key);
    std::string_view text;
    if ((*m_element)[key].get_string().get(text) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::optional<Json> EventPayload::optionalField(const char *key) const
{
    if (m_json) {
        const auto it = m_json->find(key);
        return it == m_json->end() ? std::nullopt : std::optional<Json>(*it);
    }
    simdjson::dom::element field;
    if ((*m_element)[key].get(field) != simdjson::SUCCESS)
        return std::nullopt;
    return toNlohmannJson(field);
}

} // namespace concord
