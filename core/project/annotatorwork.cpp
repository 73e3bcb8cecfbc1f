// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/annotatorwork.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace concord {

static QString tr(const char *text)
{
    return QCoreApplication::translate("AnnotatorWork", text);
}

Json boxToJson(const BoxAnnotation &box)
{
    return Json{{"id", box.id},       {"label", box.labelId},   {"x", box.rect.x},
                {"y", box.rect.y},    {"w", box.rect.width},    {"h", box.rect.height}};
}

BoxAnnotation boxFromPayload(const EventPayload &data)
{
    BoxAnnotation box;
    box.id = quint64(data.requireInteger("id"));
    box.labelId = int(data.requireInteger("label"));
    box.rect = {data.requireNumber("x"), data.requireNumber("y"), data.requireNumber("w"),
                data.requireNumber("h")};
    if (!(box.rect.width >= 0 && box.rect.height >= 0))
        throw JsonFieldError{tr("a box has a negative size")};
    return box;
}

static Provenance provenanceOf(const JournalEvent &event)
{
    return Provenance{event.annotatorId, event.sessionId, event.guidelineVersion, event.timeMs,
                      event.timeMs};
}

const ItemWork *AnnotatorWork::item(const QString &itemId) const
{
    const auto it = m_items.constFind(itemId);
    return it == m_items.constEnd() ? nullptr : &it.value();
}

void AnnotatorWork::restoreItem(const QString &itemId, const std::optional<ItemWork> &previous)
{
    if (previous)
        m_items[itemId] = *previous;
    else
        m_items.remove(itemId);
}

QString AnnotatorWork::apply(const JournalEvent &event)
{
    // A rejected event must leave no trace, not even an empty entry for its item.
    const bool itemKnown = event.itemId.isEmpty() || m_items.contains(event.itemId);
    QString problem = applyEvent(event);
    if (!problem.isEmpty() && !itemKnown)
        m_items.remove(event.itemId);
    return problem;
}

QString AnnotatorWork::applyEvent(const JournalEvent &event)
{
    const char *op = event.op.c_str();
    const EventPayload data = event.payload();
    try {
        if (std::strcmp(op, ops::SessionStart) == 0) {
            Session session;
            session.id = event.sessionId;
            session.annotatorId = event.annotatorId;
            session.start = QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC);
            session.mode = sessionModeFromKey(data.optionalString("mode"));
            session.guidelineVersion = event.guidelineVersion;
            m_sessions.push_back(session);
            return {};
        }
        if (std::strcmp(op, ops::SessionEnd) == 0) {
            for (Session &session : m_sessions) {
                if (session.id == event.sessionId)
                    session.end = QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC);
            }
            return {};
        }
        if (event.itemId.isEmpty())
            return tr("event \"%1\" names no item").arg(QString::fromStdString(event.op));
        if (std::strcmp(op, ops::ReferenceSet) == 0) {
            // Not part of the annotator's own reading of the item, so it lives apart from it.
            ReferenceLabel reference;
            reference.labelIds = data.requireIntegerArray("labels");
            std::sort(reference.labelIds.begin(), reference.labelIds.end());
            reference.labelIds.erase(std::unique(reference.labelIds.begin(), reference.labelIds.end()),
                                     reference.labelIds.end());
            reference.note = data.optionalString("note");
            reference.provenance = provenanceOf(event);
            m_references.insert(event.itemId, std::move(reference));
            return {};
        }

        ItemWork &work = m_items[event.itemId];
        if (std::strcmp(op, ops::BoxAdd) == 0) {
            BoxAnnotation box = boxFromPayload(data);
            if (work.findBox(box.id))
                return tr("box %1 is added twice").arg(box.id);
            box.provenance = provenanceOf(event);
            box.provenance.createdMs = data.optionalInteger("created", event.timeMs);
            work.boxes.push_back(std::move(box));
        } else if (std::strcmp(op, ops::BoxChange) == 0) {
            const BoxAnnotation changed = boxFromPayload(data);
            BoxAnnotation *box = work.findBox(changed.id);
            if (!box)
                return tr("box %1 is changed but does not exist").arg(changed.id);
            const qint64 created = box->provenance.createdMs;
            box->labelId = changed.labelId;
            box->rect = changed.rect;
            box->provenance = provenanceOf(event);
            box->provenance.createdMs = created;
        } else if (std::strcmp(op, ops::BoxRemove) == 0) {
            const quint64 id = quint64(data.requireInteger("id"));
            const auto it = std::find_if(work.boxes.begin(), work.boxes.end(),
                                         [id](const BoxAnnotation &b) { return b.id == id; });
            if (it == work.boxes.end())
                return tr("box %1 is removed but does not exist").arg(id);
            work.boxes.erase(it);
        } else if (std::strcmp(op, ops::LabelsSet) == 0) {
            std::vector<int> ids = data.requireIntegerArray("labels");
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            work.classLabels.labelIds = std::move(ids);
            work.classLabels.provenance = provenanceOf(event);
        } else if (std::strcmp(op, ops::ItemStatusSet) == 0) {
            work.explicitStatus = itemStatusFromKey(data.requireString("status"));
        } else {
            // A newer Concord may write operations this one does not know. Reporting them
            // (rather than failing the whole journal) keeps older copies usable.
            return tr("unknown operation \"%1\" ignored").arg(QString::fromStdString(event.op));
        }
    } catch (const JsonFieldError &error) {
        return error.message;
    } catch (const Json::exception &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace concord
