// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/qualitydecision.h"
#include "core/model/session.h"
#include "core/project/itemwork.h"
#include "core/storage/journalevent.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace concord {

class BlobStore;

// The state of one annotator's work, built by applying their journal events in order.
// Annotators' work is independent by construction (each writes only their own journal), so
// each AnnotatorWork can be replayed on its own thread.
class AnnotatorWork
{
public:
    // Applies one event. Returns an empty string, or a description of why the event could not
    // be applied (e.g. it changes a box that does not exist); the state is then unchanged.
    // `blobs` is where mask events that name a blob find their pixels (null: none known).
    QString apply(const JournalEvent &event, const BlobStore *blobs = nullptr);

    // The work on one item: the annotator's ordinary work, or with `planId` their reading of
    // it in that calibration session or gold test. Events of a session with a reading plan
    // (Session::readingPlanId) go to that plan's reading alone, so a plan is read afresh.
    const ItemWork *item(const QString &itemId, const QString &planId = {}) const;
    // Puts an item back as it was (or removes it when it had no work): rolls back an applied
    // event whose journal write failed.
    void restoreItem(const QString &itemId, const std::optional<ItemWork> &previous,
                     const QString &planId = {});
    // The plan whose reading events of `sessionId` belong to; empty for ordinary work.
    QString readingPlanOf(const QString &sessionId) const;
    // Forgets decisions past the first `count`: rolls back an applied quality.decision event
    // whose journal write failed.
    void truncateDecisions(size_t count);
    const QHash<QString, ItemWork> &items() const { return m_items; }
    // Every item of this annotator's reading in a calibration session or gold test.
    const QHash<QString, ItemWork> &planItems(const QString &planId) const;
    QStringList readingPlanIds() const; // plans this annotator has read in, sorted
    const std::vector<Session> &sessions() const { return m_sessions; }
    // Reference labels this annotator recorded, by item (the latest per item).
    const QHash<QString, ReferenceLabel> &references() const { return m_references; }
    // Quality decisions this person made (review, adjudication, QC verdicts), in journal order.
    const std::vector<QualityDecision> &decisions() const { return m_decisions; }

private:
    // `planId`: the reading the event's session writes (readingPlanOf), looked up once by apply.
    QString applyEvent(const JournalEvent &event, const BlobStore *blobs, const QString &planId);
    static QString applyPolygonEvent(const char *op, const JournalEvent &event, ItemWork &work);
    static QString applyRulerEvent(const char *op, const JournalEvent &event, ItemWork &work);
    static QString applyMaskEvent(const char *op, const JournalEvent &event, ItemWork &work,
                                  const BlobStore *blobs);

    QHash<QString, ItemWork> &itemsOf(const QString &planId);

    QHash<QString, ItemWork> m_items;
    std::map<QString, QHash<QString, ItemWork>> m_planItems; // by plan id
    QHash<QString, QString> m_readingPlanOfSession;          // sessions with a reading plan
    std::vector<Session> m_sessions;
    QHash<QString, ReferenceLabel> m_references;
    std::vector<QualityDecision> m_decisions;
};

// Box payloads in journal events.
Json boxToJson(const BoxAnnotation &box);
BoxAnnotation boxFromPayload(const EventPayload &data); // throws JsonFieldError

} // namespace concord
