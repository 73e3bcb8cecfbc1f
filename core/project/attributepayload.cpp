// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/attributepayload.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>

namespace concord {

Json attributesToJson(const AnnotationAttributes &attributes)
{
    Json json = Json::object();
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        json[toStd(it.key())] = toStd(it.value());
    return json;
}

static AnnotationAttributes attributesFromJson(const Json &json)
{
    if (!json.is_object())
        throw JsonFieldError{
            concord::tr("field \"attributes\" must be an object of names and values")};
    AnnotationAttributes attributes;
    for (const auto &[name, value] : json.items()) {
        if (name.empty() || !value.is_string() || value.get_ref<const std::string &>().empty())
            throw JsonFieldError{
                concord::tr("field \"attributes\" must map names to non-empty text values")};
        attributes.insert(fromStd(name), fromStd(value.get<std::string>()));
    }
    return attributes;
}

std::optional<AnnotationAttributes> attributesFromPayload(const EventPayload &data)
{
    const std::optional<Json> field = data.optionalField("attributes");
    if (!field)
        return std::nullopt;
    return attributesFromJson(*field);
}

Json imageLabelAttributesToJson(const QMap<int, AnnotationAttributes> &attributes)
{
    Json json = Json::object();
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!it.value().isEmpty())
            json[std::to_string(it.key())] = attributesToJson(it.value());
    }
    return json;
}

std::optional<QMap<int, AnnotationAttributes>>
imageLabelAttributesFromPayload(const EventPayload &data)
{
    const std::optional<Json> field = data.optionalField("attributes");
    if (!field)
        return std::nullopt;
    if (!field->is_object())
        throw JsonFieldError{
            concord::tr("field \"attributes\" must be an object keyed by label id")};
    QMap<int, AnnotationAttributes> attributes;
    for (const auto &[key, values] : field->items()) {
        bool isNumber = false;
        const int labelId = QString::fromStdString(key).toInt(&isNumber);
        if (!isNumber)
            throw JsonFieldError{
                concord::tr("field \"attributes\" must be keyed by label id, not \"%1\"")
                    .arg(fromStd(key))};
        AnnotationAttributes parsed = attributesFromJson(values);
        if (!parsed.isEmpty())
            attributes.insert(labelId, parsed);
    }
    return attributes;
}

// Keeps the creation time and records who changed the annotation last, like other changes.
static void touch(Provenance &target, const Provenance &change)
{
    const qint64 created = target.createdMs;
    target = change;
    target.createdMs = created;
}

template <typename Annotation>
static bool setOn(Annotation *annotation, const QString &name, const std::optional<QString> &value,
                  const Provenance &provenance)
{
    if (!annotation)
        return false;
    if (value)
        annotation->attributes.insert(name, *value);
    else
        annotation->attributes.remove(name);
    touch(annotation->provenance, provenance);
    return true;
}

QString applyAttributeSet(const EventPayload &data, const Provenance &provenance, ItemWork &work)
{
    // Read every field before changing anything.
    const QString name = data.requireString("name");
    if (name.isEmpty())
        throw JsonFieldError{concord::tr("field \"name\" must name an attribute")};
    std::optional<QString> value; // nothing: clear the value
    if (const std::optional<Json> field = data.optionalField("value"); field && !field->is_null()) {
        if (!field->is_string() || field->get_ref<const std::string &>().empty())
            throw JsonFieldError{concord::tr("field \"value\" must be a non-empty text or null")};
        value = fromStd(field->get<std::string>());
    }
    if (data.optionalField("label")) {
        const int labelId = int(data.requireInteger("label"));
        ClassLabels &labels = work.classLabels;
        if (std::find(labels.labelIds.begin(), labels.labelIds.end(), labelId) ==
            labels.labelIds.end())
            return concord::tr(
                       "attribute \"%1\" is set on image label %2, which the item does not have")
                .arg(name)
                .arg(labelId);
        AnnotationAttributes &values = labels.attributes[labelId];
        if (value)
            values.insert(name, *value);
        else
            values.remove(name);
        if (values.isEmpty())
            labels.attributes.remove(labelId);
        touch(labels.provenance, provenance);
        return {};
    }
    const quint64 id = quint64(data.requireInteger("id"));
    if (setOn(work.findBox(id), name, value, provenance) ||
        setOn(work.findPolygon(id), name, value, provenance) ||
        setOn(work.findMask(id), name, value, provenance))
        return {};
    return concord::tr("attribute \"%1\" is set on annotation %2, which does not exist")
        .arg(name)
        .arg(id);
}

} // namespace concord
