// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/session.h"

#include "core/util/enumkeys.h"

#include <QRandomGenerator>

namespace concord {

constexpr EnumKey<SessionMode> SessionModeKeys[] = {{SessionMode::Labeling, "labeling"},
                                                    {SessionMode::Calibration, "calibration"},
                                                    {SessionMode::Review, "review"},
                                                    {SessionMode::GoldTest, "gold-test"}};

QString sessionModeKey(SessionMode mode)
{
    return enumKey(SessionModeKeys, mode);
}

SessionMode sessionModeFromKey(const QString &key)
{
    return enumFromKey(SessionModeKeys, key).value_or(SessionMode::Labeling);
}

QString Session::makeId(const QDateTime &start)
{
    // The random suffix keeps ids unique when one annotator starts two sessions in the same
    // second on two machines.
    return start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-') +
           QString::number(QRandomGenerator::system()->bounded(0x10000), 16)
               .rightJustified(4, QLatin1Char('0'));
}

} // namespace concord
