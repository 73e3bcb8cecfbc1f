// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/suggestiondecisions.h"

#include "core/project/prelabelsetjson.h"
#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <cstring>

namespace concord {

namespace {

std::optional<SuggestionReference> referenceIn(const Json &object)
{
    if (!object.is_object())
        return std::nullopt;
    const auto set = object.find("set");
    const auto suggestion = object.find("suggestion");
    if (set == object.end() || suggestion == object.end() || !set->is_string() ||
        !suggestion->is_string())
        return std::nullopt;
    return SuggestionReference{fromStd(set->get<std::string>()),
                               fromStd(suggestion->get<std::string>())};
}

std::optional<SuggestionReference> referenceIn(const EventPayload &data, const char *key)
{
    const std::optional<Json> field = data.optionalField(key);
    return field ? referenceIn(*field) : std::nullopt;
}

bool isShapeAdd(const char *op)
{
    return std::strcmp(op, ops::BoxAdd) == 0 || std::strcmp(op, ops::PolygonAdd) == 0 ||
           std::strcmp(op, ops::MaskAdd) == 0;
}

bool isShapeRemove(const char *op)
{
    return std::strcmp(op, ops::BoxRemove) == 0 || std::strcmp(op, ops::PolygonRemove) == 0 ||
           std::strcmp(op, ops::MaskRemove) == 0;
}

} // namespace

QString applyPrelabelEvent(const char *op, const EventPayload &data, ItemWork &work)
{
    const QString key = suggestionKey(data.requireString("set"), data.requireString("suggestion"));
    if (std::strcmp(op, ops::PrelabelReject) == 0) {
        work.prelabelDecisions.insert(
            key, {SuggestionDecision::Kind::Rejected, 0, data.optionalString("reason"), 0});
        return {};
    }
    if (std::strcmp(op, ops::PrelabelUnreject) == 0) {
        const auto it = work.prelabelDecisions.find(key);
        if (it == work.prelabelDecisions.end() || it->kind != SuggestionDecision::Kind::Rejected)
            return concord::tr("suggestion %1 is unrejected but was not rejected").arg(key);
        work.prelabelDecisions.erase(it);
        return {};
    }
    return concord::tr("unknown operation \"%1\" ignored").arg(QLatin1String(op));
}

void followSuggestionDecisions(const char *op, const EventPayload &data, ItemWork &work)
{
    if (isShapeAdd(op)) {
        if (const std::optional<SuggestionReference> reference = referenceIn(data, "prelabel")) {
            work.prelabelDecisions.insert(suggestionKey(reference->setId, reference->suggestionId),
                                          {SuggestionDecision::Kind::Accepted,
                                           quint64(data.requireInteger("id")),
                                           {},
                                           int(data.requireInteger("label"))});
        }
        return;
    }
    // Most items have no decisions: leave their (empty) map alone.
    if (work.prelabelDecisions.isEmpty() && std::strcmp(op, ops::LabelsSet) != 0)
        return;
    if (isShapeRemove(op)) {
        const quint64 id = quint64(data.requireInteger("id"));
        work.prelabelDecisions.removeIf([id](const auto &entry) {
            return entry.value().kind == SuggestionDecision::Kind::Accepted &&
                   entry.value().annotationId == id && id != 0;
        });
        return;
    }
    if (std::strcmp(op, ops::LabelsSet) != 0)
        return;
    const std::vector<int> &labels = work.classLabels.labelIds;
    if (!work.prelabelDecisions.isEmpty()) {
        work.prelabelDecisions.removeIf([&labels](const auto &entry) {
            const SuggestionDecision &decision = entry.value();
            return decision.kind == SuggestionDecision::Kind::Accepted &&
                   decision.annotationId == 0 &&
                   !std::binary_search(labels.begin(), labels.end(), decision.labelId);
        });
    }
    if (const std::optional<SuggestionReference> undone = referenceIn(data, "unprelabel"))
        work.prelabelDecisions.remove(suggestionKey(undone->setId, undone->suggestionId));
    if (const std::optional<SuggestionReference> reference = referenceIn(data, "prelabel")) {
        const std::optional<Json> field = data.optionalField("prelabel");
        const auto label = field->find("label");
        const int labelId =
            label != field->end() && label->is_number_integer() ? label->get<int>() : 0;
        work.prelabelDecisions.insert(suggestionKey(reference->setId, reference->suggestionId),
                                      {SuggestionDecision::Kind::Accepted, 0, {}, labelId});
    }
}

std::optional<SuggestionReference> suggestionReferenceOf(const JournalEvent &event)
{
    if (event.op == ops::PrelabelReject)
        return referenceIn(event.data);
    const auto field = event.data.find("prelabel");
    return field == event.data.end() ? std::nullopt : referenceIn(*field);
}

namespace {

// The suggestions of one set file: item by suggestion id, and what the file was when read.
struct KnownSet
{
    qint64 size = -1;
    QDateTime modified;
    QHash<QString, QString> itemOfSuggestion;
};

} // namespace

QString prelabelReferenceProblem(const QString &projectRoot, const JournalEvent &event)
{
    const std::optional<SuggestionReference> reference = suggestionReferenceOf(event);
    if (!reference) {
        const bool claims = event.op == ops::PrelabelReject || event.data.contains("prelabel");
        return claims ? concord::tr("a pre-label decision must name a set and a suggestion")
                      : QString();
    }
    static QMutex mutex;
    static QHash<QString, KnownSet> cache;
    const QString path = prelabelSetPath(projectRoot, reference->setId);
    const QFileInfo info(path);
    if (!isValidPrelabelSetId(reference->setId) || !info.isFile() || info.isSymLink())
        return concord::tr("there is no pre-label set \"%1\" in this project")
            .arg(reference->setId);
    QMutexLocker lock(&mutex);
    KnownSet &known = cache[path];
    if (known.size != info.size() || known.modified != info.lastModified()) {
        Expected<QByteArray> bytes = readWholeFile(path);
        if (!bytes)
            return bytes.error().toString();
        Expected<PrelabelSet> set = prelabelSetFromJsonBytes(*bytes, path);
        if (!set)
            return set.error().toString();
        known = {info.size(), info.lastModified(), {}};
        for (const Suggestion &suggestion : set->suggestions)
            known.itemOfSuggestion.insert(suggestion.id, suggestion.itemId);
    }
    const auto it = known.itemOfSuggestion.constFind(reference->suggestionId);
    if (it == known.itemOfSuggestion.constEnd())
        return concord::tr("pre-label set \"%1\" has no suggestion \"%2\"")
            .arg(reference->setId, reference->suggestionId);
    if (it.value() != event.itemId)
        return concord::tr("suggestion \"%2\" of pre-label set \"%1\" is for item \"%3\", not "
                           "\"%4\"")
            .arg(reference->setId, reference->suggestionId, it.value(), event.itemId);
    return {};
}

} // namespace concord
