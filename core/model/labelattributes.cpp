// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/labelattributes.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

const LabelAttribute *declaredAttribute(const Taxonomy &taxonomy, int labelId, const QString &name)
{
    const Label *label = taxonomy.find(labelId);
    if (!label)
        return nullptr;
    for (const LabelAttribute &attribute : label->attributes) {
        if (attribute.name == name)
            return &attribute;
    }
    return nullptr;
}

QString undeclaredAttributeValueProblem(const Taxonomy &taxonomy, int labelId, const QString &name,
                                        const QString &value)
{
    const LabelAttribute *attribute = declaredAttribute(taxonomy, labelId, name);
    if (!attribute) {
        return concord::tr("\"%1\" has no attribute \"%2\"").arg(taxonomy.pathOf(labelId), name);
    }
    if (!attribute->values.contains(value)) {
        return concord::tr("\"%1\" is not a value of %2 of \"%3\" (%4)")
            .arg(value, name, taxonomy.pathOf(labelId),
                 attribute->values.join(QStringLiteral(", ")));
    }
    return {};
}

AnnotationAttributes attributesKeptOnRelabel(const Taxonomy &taxonomy, int newLabelId,
                                             const AnnotationAttributes &attributes)
{
    AnnotationAttributes kept;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (undeclaredAttributeValueProblem(taxonomy, newLabelId, it.key(), it.value()).isEmpty())
            kept.insert(it.key(), it.value());
    }
    return kept;
}

QStringList declaredValuesInOrder(const Label &label, const AnnotationAttributes &attributes)
{
    QStringList values;
    for (const LabelAttribute &attribute : label.attributes) {
        const QString value = attributes.value(attribute.name);
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

} // namespace concord
