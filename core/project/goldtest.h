// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/goldcomparison.h"
#include "core/model/calibrationplan.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"

#include <QStringList>

namespace concord {

// A gold test: readers label, blind, items whose reference label the lead has settled, and are
// scored against it (accuracy, Cohen's kappa, confusion matrix). Planned like a calibration
// session (Project::goldTests); the rules here are pure and read only their arguments.
//
// Blindness: while a reader has not submitted every item of a gold test they take part in,
// they see neither the reference nor any other reader's work on its items, whatever their role
// (Workspace::visibleWork and Workspace::referenceLabel apply goldTestHidesItem). Once they have
// submitted the last item the test is over and the usual rules apply again.

// Items a gold test for `readerIds` may use, in project order: items with a reference label
// that none of the readers has worked on (a reading they already made, perhaps after seeing
// others' labels, is not a fresh blind one) and that the current guideline does not link to as
// an example (its reference is published teaching material).
QStringList goldTestCandidates(const Project &project, const ItemList &items,
                               const AnnotationStore &store, const QStringList &readerIds);

// Items of the plan the reader has submitted (status done) in the test's own sessions.
int goldTestSubmitted(const CalibrationPlan &plan, const AnnotationStore &store,
                      const QString &readerId);
// True while the reader takes part in the test and has items left to submit.
bool isGoldTestRunning(const CalibrationPlan &plan, const AnnotationStore &store,
                       const QString &readerId);
// True when some gold test that `viewerId` is still taking holds the item.
bool goldTestHidesItem(const Project &project, const AnnotationStore &store,
                       const QString &viewerId, const QString &itemId);

// The scores of a gold test's readers. Units are the plan's items; a reader's rating of an item
// is their set of image labels once they submitted it (missing before). Categories are the label
// sets anyone used, "None" for an empty set: in a single-label project that is simply the label,
// in a multi-label one a reading counts as correct only when it names exactly the reference's
// labels. Categories are in taxonomy order.
struct GoldTestScore
{
    QString planId;
    int items = 0;
    // One reader result per participant, in plan order; coderName is the annotator id.
    GoldComparison comparison;
    std::vector<int> submitted; // per participant, items submitted
};

GoldTestScore scoreGoldTest(const Project &project, const AnnotationStore &store,
                            const CalibrationPlan &plan);

} // namespace concord
