// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/isoweek.h"

#include <QDateTime>
#include <QTimeZone>

namespace concord {

IsoWeek isoWeekOf(qint64 msSinceEpochUtc)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msSinceEpochUtc, QTimeZone::utc()).date();
    int year = 0;
    const int week = day.weekNumber(&year);
    return {QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0')),
            day.addDays(1 - day.dayOfWeek())};
}

} // namespace concord
