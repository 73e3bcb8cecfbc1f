// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/attributevalidation.h"

#include "core/model/labelattributes.h"

#include <algorithm>

namespace concord {

// The problem with the first value of `now` (on an annotation labeled `labelId`) that is not
// already in `was` under the same label, or an empty string.
static QString broughtInProblem(const Taxonomy &taxonomy, int labelId,
                                const AnnotationAttributes &now, int previousLabelId,
                                const AnnotationAttributes *was)
{
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const bool unchanged =
            was && previousLabelId == labelId && was->value(it.key()) == it.value();
        if (unchanged)
            continue;
        if (QString problem =
                undeclaredAttributeValueProblem(taxonomy, labelId, it.key(), it.value());
            !problem.isEmpty())
            return problem;
    }
    return {};
}

template <typename Annotation>
static QString annotationsProblem(const Taxonomy &taxonomy, const std::vector<Annotation> &now,
                                  const std::vector<Annotation> *was)
{
    for (const Annotation &annotation : now) {
        if (annotation.attributes.isEmpty())
            continue;
        const Annotation *previous = nullptr;
        if (was) {
            const auto found = std::find_if(was->begin(), was->end(), [&](const Annotation &a) {
                return a.id == annotation.id;
            });
            previous = found == was->end() ? nullptr : &*found;
        }
        if (QString problem = broughtInProblem(taxonomy, annotation.labelId, annotation.attributes,
                                               previous ? previous->labelId : 0,
                                               previous ? &previous->attributes : nullptr);
            !problem.isEmpty())
            return problem;
    }
    return {};
}

QString undeclaredAttributeProblem(const Taxonomy &taxonomy, const std::optional<ItemWork> &before,
                                   const ItemWork *after)
{
    if (!after)
        return {};
    const ItemWork *was = before ? &*before : nullptr;
    QString problem = annotationsProblem(taxonomy, after->boxes, was ? &was->boxes : nullptr);
    if (problem.isEmpty())
        problem = annotationsProblem(taxonomy, after->polygons, was ? &was->polygons : nullptr);
    if (problem.isEmpty())
        problem = annotationsProblem(taxonomy, after->masks, was ? &was->masks : nullptr);
    const QMap<int, AnnotationAttributes> &imageLabels = after->classLabels.attributes;
    for (auto it = imageLabels.cbegin(); problem.isEmpty() && it != imageLabels.cend(); ++it) {
        const AnnotationAttributes *previous = nullptr;
        if (was && was->classLabels.attributes.contains(it.key()))
            previous = &*was->classLabels.attributes.constFind(it.key());
        problem = broughtInProblem(taxonomy, it.key(), it.value(), it.key(), previous);
    }
    return problem;
}

} // namespace concord
