// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/attributeratings.h"

#include "core/model/labelattributes.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

// The value a reader gave `attribute` on their one box, polygon or mask labeled `labelId`: empty
// when they have none, did not set it, or have several (which of another reader's shapes each
// would pair with is a geometric question, so such a reader is left out of the unit).
static QString shapeValue(const ItemWork &work, int labelId, const QString &attribute,
                          int *ambiguous)
{
    const AnnotationAttributes *only = nullptr;
    int count = 0;
    auto consider = [&](const auto &annotations) {
        for (const auto &annotation : annotations) {
            if (annotation.labelId == labelId) {
                ++count;
                only = &annotation.attributes;
            }
        }
    };
    consider(work.boxes);
    consider(work.polygons);
    consider(work.masks);
    if (count > 1) {
        ++*ambiguous;
        return {};
    }
    return only ? only->value(attribute) : QString();
}

Expected<AttributeRatings> attributeRatings(const Project &project, const ItemList &items,
                                            const AnnotationStore &store, const QString &attribute,
                                            const QStringList &annotatorIds)
{
    const Taxonomy &taxonomy = project.taxonomy;
    AttributeRatings ratings;
    ratings.attribute = attribute;
    std::vector<int> labels;
    NameIndex categories;
    const LabelAttribute *first = nullptr;
    bool sameOrdinalScale = true;
    for (const Label &label : taxonomy.labels()) {
        const LabelAttribute *declared = declaredAttribute(taxonomy, label.id, attribute);
        if (!declared)
            continue;
        labels.push_back(label.id);
        ratings.labelPaths.append(taxonomy.pathOf(label.id));
        for (const QString &value : declared->values)
            categories.intern(toStd(value));
        if (!first)
            first = declared;
        sameOrdinalScale = sameOrdinalScale && declared->scale == AttributeScale::Ordinal &&
                           declared->values == first->values;
    }
    if (labels.empty())
        return FileError{
            QString(),
            concord::tr("no label of the taxonomy has an attribute \"%1\"").arg(attribute)};
    ratings.scale = sameOrdinalScale ? AttributeScale::Ordinal : AttributeScale::Nominal;

    const QStringList coders = annotatorIds.isEmpty() ? store.annotatorIds() : annotatorIds;
    struct Rating
    {
        qint32 unit;
        qint32 coder;
        qint32 category;
    };
    std::vector<Rating> cells;
    NameIndex units;
    NameIndex coderNames;
    for (const QString &coder : coders)
        coderNames.intern(toStd(coder));
    for (int i = 0; i < items.size(); ++i) {
        const QString &itemId = items.at(i).id;
        for (int labelId : labels) {
            const QString unit = itemId + QStringLiteral(" · ") + taxonomy.pathOf(labelId);
            const std::string imageLabelUnit = toStd(unit);
            const std::string shapeUnit = toStd(unit + concord::tr(" (shape)"));
            for (qint32 c = 0; c < qint32(coders.size()); ++c) {
                const ItemWork *work = store.itemWork(coders[c], itemId);
                if (!work)
                    continue;
                auto rate = [&](const std::string &unitName, const QString &value) {
                    const qint32 category = value.isEmpty() ? -1 : categories.find(toStd(value));
                    if (category >=
                        0) // values no longer declared are left out, like deleted labels
                        cells.push_back({units.intern(unitName), c, category});
                };
                rate(imageLabelUnit, work->classLabels.attributes.value(labelId).value(attribute));
                rate(shapeUnit, shapeValue(*work, labelId, attribute, &ratings.ambiguousShapes));
            }
        }
    }
    ratings.table = RatingTable(std::move(units), std::move(coderNames), std::move(categories));
    for (const Rating &cell : cells)
        ratings.table.set(cell.unit, cell.coder, cell.category);
    return ratings;
}

static AgreementRequest request(AgreementMetric metric,
                                MeasurementLevel level = MeasurementLevel::Nominal,
                                KappaWeights weights = KappaWeights::Unweighted)
{
    AgreementRequest made;
    made.metric = metric;
    made.level = level;
    made.weights = weights;
    return made;
}

std::vector<AgreementRequest> attributeAgreementRequests(AttributeScale scale, int coderCount)
{
    if (scale == AttributeScale::Nominal) {
        return {request(AgreementMetric::Percent), request(AgreementMetric::Fleiss),
                request(AgreementMetric::Alpha), request(AgreementMetric::Ac1)};
    }
    std::vector<AgreementRequest> requests{
        request(AgreementMetric::Percent),
        request(AgreementMetric::Alpha, MeasurementLevel::Ordinal),
        request(AgreementMetric::Ac1, MeasurementLevel::Nominal, KappaWeights::Linear)};
    if (coderCount == 2) {
        requests.push_back(
            request(AgreementMetric::Cohen, MeasurementLevel::Nominal, KappaWeights::Linear));
        requests.push_back(
            request(AgreementMetric::Cohen, MeasurementLevel::Nominal, KappaWeights::Quadratic));
    }
    return requests;
}

} // namespace concord
