// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/qualitypolicyjson.h"

namespace concord {

Json qualityPolicyToJson(const QualityPolicy &policy)
{
    Json json = {{"version", policy.version},
                 {"author", toStd(policy.authorId)},
                 {"published_ms", policy.publishedMs}};
    for (const QString &name : qualityPolicyFieldNames()) {
        const QString value = qualityPolicyFieldValue(policy, name);
        Json &field = json[toStd(name)];
        switch (qualityPolicyFieldKind(name)) {
        case PolicyFieldKind::Integer: field = value.toLongLong(); break;
        case PolicyFieldKind::Number: field = value.toDouble(); break;
        case PolicyFieldKind::Boolean: field = value == QLatin1String("true"); break;
        case PolicyFieldKind::Text: field = toStd(value); break;
        }
    }
    return json;
}

QualityPolicy qualityPolicyFromJson(const Json &json)
{
    if (!json.is_object())
        throw JsonFieldError{QStringLiteral("a quality policy is not an object")};
    QualityPolicy policy;
    policy.version = int(requireInteger(json, "version"));
    policy.authorId = optionalString(json, "author");
    policy.publishedMs = optionalInteger(json, "published_ms");
    for (const QString &name : qualityPolicyFieldNames()) {
        const auto it = json.find(toStd(name));
        if (it == json.end())
            continue;
        QString text;
        const PolicyFieldKind kind = qualityPolicyFieldKind(name);
        const bool typeOk = (kind == PolicyFieldKind::Integer && it->is_number_integer()) ||
                            (kind == PolicyFieldKind::Number && it->is_number()) ||
                            (kind == PolicyFieldKind::Boolean && it->is_boolean()) ||
                            (kind == PolicyFieldKind::Text && it->is_string());
        if (!typeOk)
            throw JsonFieldError{
                QStringLiteral("quality policy %1: field \"%2\" has the wrong type")
                    .arg(policy.version)
                    .arg(name)};
        if (it->is_string())
            text = fromStd(it->get<std::string>());
        else if (it->is_boolean())
            text = it->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        else if (it->is_number_integer())
            text = QString::number(it->get<qint64>());
        else
            text = QString::number(it->get<double>(), 'g', 17);
        if (MaybeError error = setQualityPolicyField(policy, name, text))
            throw JsonFieldError{
                QStringLiteral("quality policy %1: %2").arg(policy.version).arg(error->message)};
    }
    return policy;
}

} // namespace concord
