// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/annotatorwork.h"

#include "core/geometry/maskdelta.h"
#include "core/project/attributepayload.h"
#include "core/project/shapepayload.h"
#include "core/project/suggestiondecisions.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace concord {

Json boxToJson(const BoxAnnotation &box)
{
    return Json{{"id", box.id},    {"label", box.labelId}, {"x", box.rect.x},
                {"y", box.rect.y}, {"w", box.rect.width},  {"h", box.rect.height}};
}

BoxAnnotation boxFromPayload(const EventPayload &data)
{
    BoxAnnotation box;
    box.id = quint64(data.requireInteger("id"));
    box.labelId = int(data.requireInteger("label"));
    box.rect = {data.requireNumber("x"), data.requireNumber("y"), data.requireNumber("w"),
                data.requireNumber("h")};
    if (!(box.rect.width >= 0 && box.rect.height >= 0))
        throw JsonFieldError{concord::tr("a box has a negative size")};
    return box;
}

static Provenance provenanceOf(const JournalEvent &event)
{
    return Provenance{event.annotatorId, event.sessionId, event.guidelineVersion, event.timeMs,
                      event.timeMs};
}

const ItemWork *AnnotatorWork::item(const QString &itemId, const QString &planId) const
{
    const QHash<QString, ItemWork> &items = planId.isEmpty() ? m_items : planItems(planId);
    const auto it = items.constFind(itemId);
    return it == items.constEnd() ? nullptr : &it.value();
}

const QHash<QString, ItemWork> &AnnotatorWork::planItems(const QString &planId) const
{
    static const QHash<QString, ItemWork> none;
    const auto it = m_planItems.find(planId);
    return it == m_planItems.end() ? none : it->second;
}

QStringList AnnotatorWork::readingPlanIds() const
{
    QStringList ids;
    for (const auto &[planId, items] : m_planItems)
        ids.append(planId);
    return ids;
}

QHash<QString, ItemWork> &AnnotatorWork::itemsOf(const QString &planId)
{
    return planId.isEmpty() ? m_items : m_planItems[planId];
}

QString AnnotatorWork::readingPlanOf(const QString &sessionId) const
{
    return m_readingPlanOfSession.value(sessionId);
}

void AnnotatorWork::restoreItem(const QString &itemId, const std::optional<ItemWork> &previous,
                                const QString &planId)
{
    QHash<QString, ItemWork> &items = itemsOf(planId);
    if (previous)
        items[itemId] = *previous;
    else
        items.remove(itemId);
}

void AnnotatorWork::truncateDecisions(size_t count)
{
    if (m_decisions.size() > count)
        m_decisions.resize(count);
}

QString AnnotatorWork::apply(const JournalEvent &event, const BlobStore *blobs)
{
    // A rejected event must leave no trace, not even an empty entry for its item.
    const QString planId = readingPlanOf(event.sessionId);
    const bool itemKnown = event.itemId.isEmpty() || item(event.itemId, planId) != nullptr;
    QString problem = applyEvent(event, blobs, planId);
    if (!problem.isEmpty() && !itemKnown)
        itemsOf(planId).remove(event.itemId);
    if (problem.isEmpty() && !event.itemId.isEmpty()) {
        // After the edit itself, so an add records an accept only once it succeeded.
        try {
            if (ItemWork *work = itemsOf(planId).contains(event.itemId)
                                     ? &itemsOf(planId)[event.itemId]
                                     : nullptr)
                followSuggestionDecisions(event.op.c_str(), event.payload(), *work);
        } catch (const JsonFieldError &error) {
            return error.message;
        }
    }
    return problem;
}

QString AnnotatorWork::applyEvent(const JournalEvent &event, const BlobStore *blobs,
                                  const QString &planId)
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
            session.planId = data.optionalString("plan");
            session.guidelineVersion = event.guidelineVersion;
            if (!session.readingPlanId().isEmpty())
                m_readingPlanOfSession.insert(session.id, session.readingPlanId());
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
            return concord::tr("event \"%1\" names no item").arg(QString::fromStdString(event.op));
        if (std::strcmp(op, ops::ReferenceSet) == 0) {
            // Not part of the annotator's own reading of the item, so it lives apart from it.
            ReferenceLabel reference;
            reference.labelIds = data.requireIntegerArray("labels");
            std::sort(reference.labelIds.begin(), reference.labelIds.end());
            reference.labelIds.erase(
                std::unique(reference.labelIds.begin(), reference.labelIds.end()),
                reference.labelIds.end());
            reference.note = data.optionalString("note");
            reference.provenance = provenanceOf(event);
            m_references.insert(event.itemId, reference);
            return {};
        }

        if (std::strcmp(op, ops::QualityDecisionSet) == 0) {
            // A verdict about the item, not part of this person's reading of it.
            const QString kindKey = data.requireString("kind");
            const std::optional<DecisionKind> kind = decisionKindFromKey(kindKey);
            if (!kind)
                return concord::tr("unknown quality decision \"%1\"").arg(kindKey);
            QualityDecision decision;
            decision.kind = *kind;
            decision.itemId = event.itemId;
            decision.deciderId = event.annotatorId;
            decision.timeMs = event.timeMs;
            decision.policyVersion = int(data.optionalInteger("policy", 0));
            decision.errorCategory = data.optionalString("category");
            decision.note = data.optionalString("note");
            if (const std::optional<Json> findings = data.optionalField("findings")) {
                if (!findings->is_array())
                    return concord::tr("the findings of a quality decision are not a list");
                for (const Json &f : *findings) {
                    const auto text = [&f](const char *key) {
                        const auto it = f.is_object() ? f.find(key) : f.end();
                        return it != f.end() && it->is_string()
                                   ? std::optional<QString>(fromStd(it->get<std::string>()))
                                   : std::nullopt;
                    };
                    const std::optional<QString> reader = text("reader");
                    const std::optional<QString> category = text("category");
                    if (!reader || !category)
                        return concord::tr("a review finding needs a reader and a category");
                    decision.findings.push_back(
                        {*reader, *category, text("target").value_or(QString())});
                }
            }
            m_decisions.push_back(std::move(decision));
            return {};
        }

        ItemWork &work = itemsOf(planId)[event.itemId];
        if (std::strcmp(op, ops::BoxAdd) == 0) {
            BoxAnnotation box = boxFromPayload(data);
            box.attributes = attributesFromPayload(data).value_or(AnnotationAttributes());
            if (work.findBox(box.id))
                return concord::tr("box %1 is added twice").arg(box.id);
            box.provenance = provenanceOf(event);
            box.provenance.createdMs = data.optionalInteger("created", event.timeMs);
            work.boxes.push_back(std::move(box));
        } else if (std::strcmp(op, ops::BoxChange) == 0) {
            const BoxAnnotation changed = boxFromPayload(data);
            std::optional<AnnotationAttributes> attributes = attributesFromPayload(data);
            BoxAnnotation *box = work.findBox(changed.id);
            if (!box)
                return concord::tr("box %1 is changed but does not exist").arg(changed.id);
            const qint64 created = box->provenance.createdMs;
            box->labelId = changed.labelId;
            box->rect = changed.rect;
            if (attributes)
                box->attributes = std::move(*attributes);
            box->provenance = provenanceOf(event);
            box->provenance.createdMs = created;
        } else if (std::strcmp(op, ops::BoxRemove) == 0) {
            const quint64 id = quint64(data.requireInteger("id"));
            const auto it = std::find_if(work.boxes.begin(), work.boxes.end(),
                                         [id](const BoxAnnotation &b) { return b.id == id; });
            if (it == work.boxes.end())
                return concord::tr("box %1 is removed but does not exist").arg(id);
            work.boxes.erase(it);
        } else if (std::strcmp(op, ops::LabelsSet) == 0) {
            std::vector<int> ids = data.requireIntegerArray("labels");
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            QMap<int, AnnotationAttributes> attributes =
                imageLabelAttributesFromPayload(data).value_or(work.classLabels.attributes);
            // A label taken off the image takes its attribute values with it. (Most items have
            // none: an empty map is left alone, since removeIf would allocate one per event.)
            if (!attributes.isEmpty()) {
                attributes.removeIf([&ids](const auto &entry) {
                    return !std::binary_search(ids.begin(), ids.end(), entry.key());
                });
            }
            work.classLabels.labelIds = std::move(ids);
            work.classLabels.attributes = std::move(attributes);
            work.classLabels.provenance = provenanceOf(event);
        } else if (std::strcmp(op, ops::ItemStatusSet) == 0) {
            work.explicitStatus = itemStatusFromKey(data.requireString("status"));
            work.statusMs = event.timeMs;
        } else if (std::strcmp(op, ops::AttributeSet) == 0) {
            return applyAttributeSet(data, provenanceOf(event), work);
        } else if (std::strncmp(op, "polygon.", 8) == 0) {
            return applyPolygonEvent(op, event, work);
        } else if (std::strncmp(op, "ruler.", 6) == 0) {
            return applyRulerEvent(op, event, work);
        } else if (std::strncmp(op, "mask.", 5) == 0) {
            return applyMaskEvent(op, event, work, blobs);
        } else if (std::strncmp(op, "prelabel.", 9) == 0) {
            return applyPrelabelEvent(op, data, work);
        } else {
            // A newer Concord may write operations this one does not know. Reporting them
            // (rather than failing the whole journal) keeps older copies usable.
            return concord::tr("unknown operation \"%1\" ignored")
                .arg(QString::fromStdString(event.op));
        }
    } catch (const JsonFieldError &error) {
        return error.message;
    } catch (const Json::exception &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

// Removes the annotation with `id`; false when there is none.
template <typename Annotations> static bool eraseById(Annotations &annotations, quint64 id)
{
    const auto it = std::find_if(annotations.begin(), annotations.end(),
                                 [id](const auto &a) { return a.id == id; });
    if (it == annotations.end())
        return false;
    annotations.erase(it);
    return true;
}

QString AnnotatorWork::applyPolygonEvent(const char *op, const JournalEvent &event, ItemWork &work)
{
    const EventPayload data = event.payload();
    if (std::strcmp(op, ops::PolygonRemove) == 0) {
        const quint64 id = quint64(data.requireInteger("id"));
        return eraseById(work.polygons, id)
                   ? QString()
                   : concord::tr("polygon %1 is removed but does not exist").arg(id);
    }
    PolygonAnnotation polygon = polygonFromPayload(data);
    std::optional<AnnotationAttributes> attributes = attributesFromPayload(data);
    if (std::strcmp(op, ops::PolygonAdd) == 0) {
        polygon.attributes = attributes.value_or(AnnotationAttributes());
        if (work.findPolygon(polygon.id))
            return concord::tr("polygon %1 is added twice").arg(polygon.id);
        polygon.provenance = provenanceOf(event);
        polygon.provenance.createdMs = data.optionalInteger("created", event.timeMs);
        work.polygons.push_back(std::move(polygon));
        return {};
    }
    if (std::strcmp(op, ops::PolygonChange) == 0) {
        PolygonAnnotation *existing = work.findPolygon(polygon.id);
        if (!existing)
            return concord::tr("polygon %1 is changed but does not exist").arg(polygon.id);
        polygon.provenance = provenanceOf(event);
        polygon.provenance.createdMs = existing->provenance.createdMs;
        polygon.attributes = attributes ? std::move(*attributes) : existing->attributes;
        *existing = std::move(polygon);
        return {};
    }
    return concord::tr("unknown operation \"%1\" ignored").arg(QString::fromStdString(event.op));
}

QString AnnotatorWork::applyRulerEvent(const char *op, const JournalEvent &event, ItemWork &work)
{
    const EventPayload data = event.payload();
    if (std::strcmp(op, ops::RulerRemove) == 0) {
        const quint64 id = quint64(data.requireInteger("id"));
        return eraseById(work.rulers, id)
                   ? QString()
                   : concord::tr("ruler %1 is removed but does not exist").arg(id);
    }
    RulerAnnotation ruler = rulerFromPayload(data);
    if (std::strcmp(op, ops::RulerAdd) == 0) {
        if (work.findRuler(ruler.id))
            return concord::tr("ruler %1 is added twice").arg(ruler.id);
        ruler.provenance = provenanceOf(event);
        ruler.provenance.createdMs = data.optionalInteger("created", event.timeMs);
        work.rulers.push_back(ruler);
        return {};
    }
    if (std::strcmp(op, ops::RulerChange) == 0) {
        RulerAnnotation *existing = work.findRuler(ruler.id);
        if (!existing)
            return concord::tr("ruler %1 is changed but does not exist").arg(ruler.id);
        ruler.provenance = provenanceOf(event);
        ruler.provenance.createdMs = existing->provenance.createdMs;
        *existing = ruler;
        return {};
    }
    return concord::tr("unknown operation \"%1\" ignored").arg(QString::fromStdString(event.op));
}

QString AnnotatorWork::applyMaskEvent(const char *op, const JournalEvent &event, ItemWork &work,
                                      const BlobStore *blobs)
{
    const EventPayload data = event.payload();
    const quint64 id = quint64(data.requireInteger("id"));
    if (std::strcmp(op, ops::MaskRemove) == 0)
        return eraseById(work.masks, id)
                   ? QString()
                   : concord::tr("mask %1 is removed but does not exist").arg(id);
    if (std::strcmp(op, ops::MaskLabel) == 0) {
        MaskAnnotation *mask = work.findMask(id);
        if (!mask)
            return concord::tr("mask %1 is relabeled but does not exist").arg(id);
        const int labelId = int(data.requireInteger("label"));
        std::optional<AnnotationAttributes> attributes = attributesFromPayload(data);
        const qint64 created = mask->provenance.createdMs;
        mask->labelId = labelId;
        if (attributes)
            mask->attributes = std::move(*attributes);
        mask->provenance = provenanceOf(event);
        mask->provenance.createdMs = created;
        return {};
    }
    const bool adding = std::strcmp(op, ops::MaskAdd) == 0;
    if (!adding && std::strcmp(op, ops::MaskStroke) != 0)
        return concord::tr("unknown operation \"%1\" ignored")
            .arg(QString::fromStdString(event.op));
    MaskAnnotation *existing = work.findMask(id);
    if (adding && existing)
        return concord::tr("mask %1 is added twice").arg(id);
    if (!adding && !existing)
        return concord::tr("mask %1 is painted but does not exist").arg(id);
    // Read everything before changing anything: a bad payload must leave the mask as it was.
    const int labelId = adding ? int(data.requireInteger("label")) : existing->labelId;
    AnnotationAttributes attributes =
        adding ? attributesFromPayload(data).value_or(AnnotationAttributes())
               : AnnotationAttributes();
    Expected<BinaryMask> pixels = maskPixelsFromPayload(data, maskRegionFromPayload(data), blobs);
    if (!pixels)
        return concord::tr("mask %1: %2").arg(id).arg(pixels.error().toString());
    if (adding) {
        MaskAnnotation mask{id, labelId, std::move(*pixels), provenanceOf(event),
                            std::move(attributes)};
        mask.provenance.createdMs = data.optionalInteger("created", event.timeMs);
        work.masks.push_back(std::move(mask));
        return {};
    }
    flipPixels(existing->mask, *pixels);
    const qint64 created = existing->provenance.createdMs;
    existing->provenance = provenanceOf(event);
    existing->provenance.createdMs = created;
    return {};
}

} // namespace concord
