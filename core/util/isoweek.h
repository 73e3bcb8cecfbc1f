// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace concord {

// The ISO 8601 week of a moment in UTC: reports group work by it ("2026-W49"), and a week
// that straddles New Year belongs to the year its Thursday is in.
struct IsoWeek
{
    QString key;  // "2026-W49"
    QDate monday; // its first day
};
IsoWeek isoWeekOf(qint64 msSinceEpochUtc);

} // namespace concord
