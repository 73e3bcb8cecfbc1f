// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementmetric.h"
#include "core/agreement/ratingtable.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"

#include <QStringList>

#include <vector>

namespace concord {

// How far readers agree on the values of one attribute ("severity") of image-level labels.
// A unit is one item and one image label that declares the attribute ("chest-01 · Effusion"),
// a coder is an annotator, a category is a value. A reader who gave that label a value rates
// the unit; a reader who did not put the label on the image, or left the value unset, is a
// missing cell. So this measures agreement on the attribute where readers saw the finding;
// agreement on the finding itself is the label report's business.
// Boxes, polygons and masks are not rated here: pairing one reader's shapes with another's is
// the geometric matching of the box and mask agreement, which attributes do not yet join.
struct AttributeRatings
{
    QString attribute;
    // Ordinal when every label that declares the attribute declares it ordinal with the same
    // values in the same order; otherwise nominal (the order then means nothing).
    AttributeScale scale = AttributeScale::Nominal;
    QStringList labelPaths; // the labels declaring it, in taxonomy order
    // Categories are the declared values, in rank order for an ordinal attribute (values a
    // later label adds come after), so ordinal alpha and weighted kappa weigh near misses.
    RatingTable table;
};

// Builds the table for `attribute` from every item and, when `annotatorIds` is not empty, only
// those annotators (in that order; otherwise every annotator with work, sorted). Units no
// reader rated are left out. An error when no label declares the attribute.
Expected<AttributeRatings> imageLabelAttributeRatings(const Project &project, const ItemList &items,
                                                      const AnnotationStore &store,
                                                      const QString &attribute,
                                                      const QStringList &annotatorIds = {});

// The coefficients that suit a scale: percent agreement, Fleiss' kappa, Krippendorff's alpha and
// Gwet's AC1 for a nominal attribute; for an ordinal one percent agreement, ordinal alpha,
// Gwet's AC2 with linear weights and, with two readers, Cohen's kappa with linear and
// quadratic weights.
std::vector<AgreementRequest> attributeAgreementRequests(AttributeScale scale, int coderCount);

} // namespace concord
