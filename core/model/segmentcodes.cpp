// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/segmentcodes.h"

namespace concord {

static CodedConcept snomed(const char *value, const char *meaning)
{
    return {QString::fromLatin1(value), QStringLiteral("SCT"), QString::fromLatin1(meaning)};
}

const std::vector<CodedConcept> &segmentCategoryPresets()
{
    static const std::vector<CodedConcept> presets = {
        snomed("49755003", "Morphologically Abnormal Structure"),
        snomed("91723000", "Anatomical Structure"),
        snomed("85756007", "Tissue"),
        snomed("260787004", "Physical object"),
        snomed("91720002", "Body Substance"),
        snomed("246464006", "Function"),
        snomed("309825002", "Spatial and Relational Concept"),
    };
    return presets;
}

const std::vector<CodedConcept> &lesionTypePresets()
{
    static const std::vector<CodedConcept> presets = {
        snomed("52988006", "Lesion"),
        snomed("27925004", "Nodule"),
        snomed("4147007", "Mass"),
        snomed("108369006", "Neoplasm"),
        snomed("372087000", "Neoplasm, Primary"),
        snomed("14799000", "Neoplasm, Secondary"),
        snomed("367643001", "Cyst"),
        snomed("44132006", "Abscess"),
        snomed("79654002", "Edema"),
        snomed("50960005", "Hemorrhage"),
        snomed("75753009", "Blood clot"),
        snomed("55584005", "Embolus"),
        snomed("409774005", "Inflammation"),
        snomed("6574001", "Necrosis"),
    };
    return presets;
}

QString codeToText(const CodedConcept &code)
{
    return code.isEmpty() ? QString()
                          : QStringLiteral("%1:%2:%3").arg(code.scheme, code.value, code.meaning);
}

std::optional<CodedConcept> codeFromText(const QString &text)
{
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0)
        return std::nullopt;
    return CodedConcept{text.mid(first + 1, second - first - 1).trimmed(),
                        text.left(first).trimmed(), text.mid(second + 1).trimmed()};
}

} // namespace concord
