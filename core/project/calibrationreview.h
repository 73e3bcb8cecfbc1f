// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/model/calibrationplan.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/project/itemwork.h"

#include <map>
#include <vector>

namespace concord {

// One participant's reading of one calibration item: what they did in the calibration
// session alone (AnnotatorWork::item with the plan id), never their ordinary work on the item.
struct CalibrationReading
{
    QString annotatorId;
    ItemWork work;
};

// Everything the calibration review shows for one item.
struct CalibrationItemReview
{
    QString itemId;
    std::vector<CalibrationReading> readings; // participants with work on the item, plan order
    std::map<int, int> votes;                 // image label id -> readers who chose it
    int readers = 0;                          // readings that hold labels or were submitted
    double disagreement = 0;                  // itemDisagreement(votes, readers)
    int boxCountSpread = 0;                   // most boxes minus fewest boxes among readings
};

// How far readers are from unanimity on one item, in [0, 1]: for each label anyone chose, the
// share of reader pairs that disagree on whether it is present; the item scores its worst label.
// 0 when unanimous or with fewer than two readers.
double itemDisagreement(const std::map<int, int> &votes, int readers);

// The plan's items with every participant's reading in the session, the most disputed first (then
// by box count spread, then plan order). Reads the store directly: the review is the lead's view,
// and the caller decides who may open it (CalibrationPlans::calibrationReview checks the role).
std::vector<CalibrationItemReview> reviewCalibration(const CalibrationPlan &plan,
                                                     const AnnotationStore &store);

// Agreement of the participants on the plan's items (image labels; multi-label projects pool
// every present/absent decision, see pooledRatingTable).
struct CalibrationSummary
{
    int items = 0;
    int ratedItems = 0; // items at least one participant rated
    int participants = 0;
    AgreementResult percentAgreement;
    AgreementResult fleissKappa;
    bool pooledLabels = false; // multi-label: units are (item, label) pairs
};

CalibrationSummary summarizeCalibration(const Project &project, const ItemList &items,
                                        const AnnotationStore &store, const CalibrationPlan &plan);

} // namespace concord
