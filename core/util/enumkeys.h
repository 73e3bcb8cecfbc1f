// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace concord {

// One row of an enum's key table: a value and the key that names it in files and on the
// command line. A table lists every value once, so writing a key and reading it back both go
// through the same rows and cannot disagree.
template <typename Enum> struct EnumKey
{
    Enum value;
    const char *key; // Latin-1
};

// The key of `value`; empty when the table does not list it.
template <typename Enum, std::size_t N> QString enumKey(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const EnumKey<Enum> &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.key);
    }
    return {};
}

// The value whose key is `key`, or nothing when no row has it.
template <typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const EnumKey<Enum> (&table)[N], QStringView key,
                                Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const EnumKey<Enum> &row : table) {
        if (key.compare(QLatin1StringView(row.key), sensitivity) == 0)
            return row.value;
    }
    return std::nullopt;
}

} // namespace concord
