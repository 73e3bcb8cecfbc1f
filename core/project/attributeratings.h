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

// How far readers agree on the values of one attribute ("severity"). A coder is an annotator, a
// category is a value, and a unit is one item and one label that declares the attribute, in
// one of two kinds:
// - an image label ("chest-01 · Finding"): a reader who ticked it and gave it a value rates it;
// - a shape ("chest-01 · Effusion (shape)"): a reader rates it with the value on their box,
//   polygon or mask of that label, matched by label alone. That is exact only when each reader
//   drew at most one shape of the label on the item; a reader with several is left out of the
//   unit (counted in ambiguousShapes), since pairing shapes is the geometric matching of the box
//   and mask agreement, which attributes do not join yet.
// A reader without the label, or who left the value unset, is a missing cell: this measures
// agreement on the attribute where readers saw the finding; agreement on the finding itself is
// the label report's business.
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
    // Reader-unit pairs left out because the reader drew several shapes of the label.
    int ambiguousShapes = 0;
};

// Builds the table for `attribute` from every item and, when `annotatorIds` is not empty, only
// those annotators (in that order; otherwise every annotator with work, sorted). Units no
// reader rated are left out. An error when no label declares the attribute.
Expected<AttributeRatings> attributeRatings(const Project &project, const ItemList &items,
                                            const AnnotationStore &store, const QString &attribute,
                                            const QStringList &annotatorIds = {});

// The coefficients that suit a scale: percent agreement, Fleiss' kappa, Krippendorff's alpha and
// Gwet's AC1 for a nominal attribute; for an ordinal one percent agreement, ordinal alpha,
// Gwet's AC2 with linear weights and, with two readers, Cohen's kappa with linear and
// quadratic weights.
std::vector<AgreementRequest> attributeAgreementRequests(AttributeScale scale, int coderCount);

} // namespace concord
