// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace concord {

// A calibration session as the lead set it up: the same items read blind by several readers
// under one guideline version, then reviewed together. Lives in project.json so that every copy
// of the project (a reader's laptop included) knows which items to read.
struct CalibrationPlan
{
    QString id;     // "cal-20261122T101500Z": unique within the project
    QString name;   // "Nodules, round 2"
    QString leadId; // who set it up
    QDateTime created;
    int guidelineVersion = 1;
    QStringList participantIds;
    QStringList itemIds; // in reading order

    bool operator==(const CalibrationPlan &) const = default;
};

} // namespace concord
