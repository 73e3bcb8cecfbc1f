// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace concord {

enum class SessionMode { Labeling, Calibration, Review, GoldTest };

QString sessionModeKey(SessionMode mode);
SessionMode sessionModeFromKey(const QString &key);

// One sitting of one annotator: everything they did between opening and closing the project.
// Its events live in journal/<annotator>/<id>.jsonl, written by that session alone.
struct Session
{
    QString id; // sortable by start: "20261122T101500Z-1a2b"
    QString annotatorId;
    QDateTime start;
    QDateTime end; // invalid while open, or when the session ended without closing (crash)
    SessionMode mode = SessionMode::Labeling;
    int guidelineVersion = 1;
    QString planId; // the calibration session or gold test read in it, if any

    // The plan whose own fresh reading this session writes, or empty when its work is the
    // annotator's ordinary work. A calibration or gold-test read starts blank and counts only
    // what is read in it (docs/quality.md, "Calibration and gold reads").
    QString readingPlanId() const
    {
        return mode == SessionMode::Calibration || mode == SessionMode::GoldTest ? planId
                                                                                 : QString();
    }

    static QString makeId(const QDateTime &start);
};

} // namespace concord
