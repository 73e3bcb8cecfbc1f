// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A pre-label set as one more reader, for agreement only (docs/prelabels.md, "The model as a
// reader"): agreement reports leave models out, since a set is never a reader's work; asked to,
// they count the set's suggestions at or above a score as the work of a reader named
// "model:<set id>", so readers can be compared with the model, and the model with them.
#include "core/model/prelabelset.h"
#include "core/project/annotationstore.h"

namespace concord {

// The reader id a set takes in an agreement report.
QString prelabelReaderId(const QString &setId);

// The set's suggestions with a score of at least `minimumScore` as an annotator's work, each
// item it covers marked done: boxes, polygons and masks as they are; image labels, in a
// single-label project (`singleImageLabel`) only the best-scored per item, as a reader could
// give only one. Annotation ids are numbered from 1 in the set's order.
AnnotatorWork prelabelSetAsReader(const PrelabelSet &set, double minimumScore,
                                  bool singleImageLabel);

// `store` with the set added as reader prelabelReaderId(set.id).
AnnotationStore withPrelabelReader(AnnotationStore store, const PrelabelSet &set,
                                   double minimumScore, bool singleImageLabel);

} // namespace concord
