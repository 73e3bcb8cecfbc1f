// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/session.h"

#include <QRandomGenerator>

namespace concord {

QString sessionModeKey(SessionMode mode)
{
    switch (mode) {
    case SessionMode::Labeling: return QStringLiteral("labeling");
    case SessionMode::Calibration: return QStringLiteral("calibration");
    case SessionMode::Review: return QStringLiteral("review");
    case SessionMode::GoldTest: return QStringLiteral("gold-test");
    }
    return QStringLiteral("labeling");
}

SessionMode sessionModeFromKey(const QString &key)
{
    if (key == QLatin1String("calibration"))
        return SessionMode::Calibration;
    if (key == QLatin1String("review"))
        return SessionMode::Review;
    if (key == QLatin1String("gold-test"))
        return SessionMode::GoldTest;
    return SessionMode::Labeling;
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
