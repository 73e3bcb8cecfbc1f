// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/project/annotationstore.h"

#include <QStringList>

namespace concord {

// How the lead picks the items of a calibration session.
enum class CalibrationSampling {
    Random,            // uniformly from the whole project
    StratifiedByLabel, // in turn from each current label (and "unlabeled"), so rare findings appear
    ByHand             // exactly the items the lead chose
};

struct CalibrationSampleRequest
{
    CalibrationSampling method = CalibrationSampling::Random;
    int count = 20;
    quint64 seed = 1;       // the same seed picks the same items
    QStringList handPicked; // for ByHand; unknown ids are dropped
};

// The current label of an item: the image label most annotators chose (ties: the lower id),
// or 0 when nobody labeled it. Stratified sampling groups items by it.
int currentMajorityLabel(const AnnotationStore &store, const QString &itemId);

// Picks the items, at most `count` and never the same twice, in project order for ByHand and in
// sampling order otherwise. Stratified sampling takes strata in turn (equal allocation, not
// proportional): a calibration set is small, and a finding seen on 2% of items would otherwise
// not appear in it at all.
QStringList pickCalibrationItems(const ItemList &items, const AnnotationStore &store,
                                 const CalibrationSampleRequest &request);

} // namespace concord
