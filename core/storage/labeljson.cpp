// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/labeljson.h"

namespace concord {

Json labelAttributesToJson(const std::vector<LabelAttribute> &attributes)
{
    Json array = Json::array();
    for (const LabelAttribute &attribute : attributes) {
        array.push_back(
            {{"name", toStd(attribute.name)},
             {"scale", attribute.scale == AttributeScale::Ordinal ? "ordinal" : "nominal"},
             {"values", stringsToJson(attribute.values)}});
    }
    return array;
}

static Json codeToJson(const CodedConcept &code)
{
    return {{"value", toStd(code.value)},
            {"scheme", toStd(code.scheme)},
            {"meaning", toStd(code.meaning)}};
}

static CodedConcept codeFromJson(const Json &segment, const char *key)
{
    const Json &code = optionalObject(segment, key);
    if (code.empty())
        return {};
    return {requireString(code, "value"), requireString(code, "scheme"),
            requireString(code, "meaning")};
}

Json segmentCodesToJson(const Label &label)
{
    return {{"category", codeToJson(label.segmentCategory)},
            {"type", codeToJson(label.segmentType)}};
}

void segmentCodesFromJson(const Json &labelJson, Label &label)
{
    const Json &segment = optionalObject(labelJson, "dicom_segment");
    label.segmentCategory = codeFromJson(segment, "category");
    label.segmentType = codeFromJson(segment, "type");
}

} // namespace concord
