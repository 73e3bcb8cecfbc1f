// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <optional>

namespace concord::reportjson {

// Tolerant readers of the agreement report document, shared by every view that draws it (HTML,
// PDF, the app's panel): a missing or mistyped key reads as empty, never throws.

inline const Json &field(const Json &j, const char *key)
{
    static const Json null;
    return j.is_object() && j.contains(key) ? j.at(key) : null;
}

inline QString str(const Json &j, const char *key)
{
    const Json &v = field(j, key);
    return v.is_string() ? fromStd(v.get<std::string>()) : QString();
}

inline std::optional<double> num(const Json &j, const char *key)
{
    const Json &v = field(j, key);
    if (!v.is_number())
        return std::nullopt;
    const double d = v.get<double>();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

inline qint64 count(const Json &j, const char *key)
{
    const Json &v = field(j, key);
    return v.is_number() ? v.get<qint64>() : 0;
}

// The engine's Landis-Koch key ("moderate", ...) as translated text for display.
inline QString landisKochText(const QString &key)
{
    static const char *const keys[] = {QT_TRANSLATE_NOOP("concord", "poor"),
                                       QT_TRANSLATE_NOOP("concord", "slight"),
                                       QT_TRANSLATE_NOOP("concord", "fair"),
                                       QT_TRANSLATE_NOOP("concord", "moderate"),
                                       QT_TRANSLATE_NOOP("concord", "substantial"),
                                       QT_TRANSLATE_NOOP("concord", "almost perfect")};
    for (const char *k : keys) {
        if (key == QLatin1String(k))
            return concord::tr(k);
    }
    return key;
}

} // namespace concord::reportjson
