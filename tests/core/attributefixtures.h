// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Label attributes as the attribute tests declare them (tst_annotationattributes,
// tst_projectfile, tst_attributeform, severityfixture.h): an ordinal severity and a nominal
// laterality, hung on a label of a taxonomy by name.
#include "core/model/taxonomy.h"

#include <vector>

namespace concord::testing {

// The severity of a finding, in rank order: mild < moderate < severe.
inline LabelAttribute severityAttribute()
{
    return {QStringLiteral("severity"),
            AttributeScale::Ordinal,
            {QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")}};
}

// The side of a finding: left, right or bilateral, with no order.
inline LabelAttribute lateralityAttribute()
{
    return {QStringLiteral("laterality"),
            AttributeScale::Nominal,
            {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("bilateral")}};
}

// Gives the label named `labelName` (it must exist) `attributes`; returns its id.
inline int declareAttributes(Taxonomy &taxonomy, const QString &labelName,
                             const std::vector<LabelAttribute> &attributes)
{
    Label label = *taxonomy.findByName(labelName);
    label.attributes = attributes;
    taxonomy.update(label);
    return label.id;
}

} // namespace concord::testing
