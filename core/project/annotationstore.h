// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/annotatorwork.h"

#include <QStringList>

#include <map>
#include <set>

namespace concord {

// The annotations of a project: every annotator's work, keyed by annotator id. It is the replay
// of the journals and holds nothing that is not derived from them.
class AnnotationStore
{
public:
    const AnnotatorWork *work(const QString &annotatorId) const;
    AnnotatorWork &workFor(const QString &annotatorId) { return m_work[annotatorId]; }
    // Ordinary work, or with `planId` the reading in that calibration session or gold test
    // (AnnotatorWork::item).
    const ItemWork *itemWork(const QString &annotatorId, const QString &itemId,
                             const QString &planId = {}) const;
    ItemStatus status(const QString &annotatorId, const QString &itemId,
                      const QString &planId = {}) const;
    QStringList annotatorIds() const;
    const std::map<QString, AnnotatorWork> &allWork() const { return m_work; }
    // Every label some annotation uses: shapes, rulers, image labels and reference labels, by
    // anyone, in ordinary work and in calibration and gold-test readings.
    std::set<int> usedLabelIds() const;

    QString apply(const JournalEvent &event) { return m_work[event.annotatorId].apply(event); }
    void setWork(const QString &annotatorId, AnnotatorWork work);

private:
    std::map<QString, AnnotatorWork> m_work;
};

} // namespace concord
