// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/taxonomy.h"

namespace concord {

// The rules that tie recorded attribute values (AnnotationAttributes) to what the taxonomy
// declares. Attributes belong to the label itself, not to its ancestors: "severity" on Effusion
// says nothing about Pneumothorax beside it.

// The attribute `name` of label `labelId`, or null when the label has no such attribute.
const LabelAttribute *declaredAttribute(const Taxonomy &taxonomy, int labelId, const QString &name);

// Why `value` may not be recorded as attribute `name` of an annotation labeled `labelId`
// (the label lacks the attribute, or the value is not one of its values), or an empty string.
QString undeclaredAttributeValueProblem(const Taxonomy &taxonomy, int labelId, const QString &name,
                                        const QString &value);

// The values that survive relabeling an annotation to `newLabelId`: those whose attribute the
// new label declares with the same value among its values. The rest are dropped, so an
// annotation never carries a value its label does not define (and undo brings them back).
AnnotationAttributes attributesKeptOnRelabel(const Taxonomy &taxonomy, int newLabelId,
                                             const AnnotationAttributes &attributes);

// The recorded values in the order the label declares its attributes ("left", "moderate"), for
// a compact display; values of attributes the label no longer declares are left out.
QStringList declaredValuesInOrder(const Label &label, const AnnotationAttributes &attributes);

} // namespace concord
