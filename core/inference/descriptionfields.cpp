// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/descriptionfields.h"

#include "core/util/translation.h"

#include <cmath>

namespace concord::descriptionfields {

void fail(const QString &field, const QString &message)
{
    throw JsonFieldError{concord::tr("field \"%1\" %2").arg(field, message)};
}

QString joined(const QString &prefix, const char *key)
{
    return prefix.isEmpty() ? QLatin1String(key) : prefix + QLatin1Char('.') + QLatin1String(key);
}

const Json *member(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json &requireMember(const Json &object, const QString &prefix, const char *key)
{
    const Json *value = member(object, key);
    if (!value)
        fail(joined(prefix, key), concord::tr("is missing"));
    return *value;
}

const Json &objectField(const Json &object, const QString &prefix, const char *key)
{
    const Json &value = requireMember(object, prefix, key);
    if (!value.is_object())
        fail(joined(prefix, key), concord::tr("must be an object"));
    return value;
}

QString stringField(const Json &object, const QString &prefix, const char *key, Text text)
{
    const Json &value = requireMember(object, prefix, key);
    if (text == Text::NonEmpty && (!value.is_string() || value.get<std::string>().empty()))
        fail(joined(prefix, key), concord::tr("must be a non-empty string"));
    if (!value.is_string())
        fail(joined(prefix, key), concord::tr("must be a string"));
    return fromStd(value.get<std::string>());
}

QString optionalStringField(const Json &object, const QString &prefix, const char *key,
                            const QString &fallback, Text text)
{
    return member(object, key) ? stringField(object, prefix, key, text) : fallback;
}

int integerField(const Json &object, const QString &prefix, const char *key, int lowest,
                 int highest)
{
    const Json &value = requireMember(object, prefix, key);
    if (!value.is_number_integer())
        fail(joined(prefix, key), concord::tr("must be an integer"));
    const qint64 number = value.get<qint64>();
    if (number < lowest || number > highest)
        fail(joined(prefix, key),
             concord::tr("must be from %1 to %2, not %3").arg(lowest).arg(highest).arg(number));
    return int(number);
}

double numberField(const Json &object, const QString &prefix, const char *key, double fallback)
{
    const Json *value = member(object, key);
    if (!value)
        return fallback;
    if (!value->is_number() || !std::isfinite(value->get<double>()))
        fail(joined(prefix, key), concord::tr("must be a number"));
    return value->get<double>();
}

bool boolField(const Json &object, const QString &prefix, const char *key, bool fallback)
{
    const Json *value = member(object, key);
    if (!value)
        return fallback;
    if (!value->is_boolean())
        fail(joined(prefix, key), concord::tr("must be true or false"));
    return value->get<bool>();
}

std::vector<double> perChannel(const Json &object, const QString &prefix, const char *key,
                               int channels, double fallback)
{
    const Json *value = member(object, key);
    if (!value)
        return std::vector<double>(size_t(channels), fallback);
    if (value->is_number() && std::isfinite(value->get<double>()))
        return std::vector<double>(size_t(channels), value->get<double>());
    if (!value->is_array() || int(value->size()) != channels)
        fail(joined(prefix, key),
             concord::tr("must be a number or an array of %n number(s), one per channel", nullptr,
                         channels));
    std::vector<double> numbers;
    for (const Json &element : *value) {
        if (!element.is_number() || !std::isfinite(element.get<double>()))
            fail(joined(prefix, key), concord::tr("must hold numbers only"));
        numbers.push_back(element.get<double>());
    }
    return numbers;
}

} // namespace concord::descriptionfields
