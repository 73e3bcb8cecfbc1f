// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/calibrationsampler.h"

#include "core/agreement/splitmix64.h"

#include <map>

namespace concord {

int currentMajorityLabel(const AnnotationStore &store, const QString &itemId)
{
    std::map<int, int> votes; // ordered: the first maximum is the lowest id
    for (const auto &[annotatorId, work] : store.allWork()) {
        if (const ItemWork *item = work.item(itemId)) {
            for (int labelId : item->classLabels.labelIds)
                ++votes[labelId];
        }
    }
    int best = 0;
    int bestVotes = 0;
    for (const auto &[labelId, count] : votes) {
        if (count > bestVotes) {
            best = labelId;
            bestVotes = count;
        }
    }
    return best;
}

static void shuffle(QStringList &list, SplitMix64 &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.below(quint64(i) + 1)));
}

QStringList pickCalibrationItems(const ItemList &items, const AnnotationStore &store,
                                 const CalibrationSampleRequest &request)
{
    const qsizetype count = std::max(0, request.count);
    QStringList picked;
    if (request.method == CalibrationSampling::ByHand) {
        for (const Item &item : items.items()) {
            if (request.handPicked.contains(item.id) && picked.size() < count)
                picked.append(item.id);
        }
        return picked;
    }
    SplitMix64 random(request.seed);
    if (request.method == CalibrationSampling::Random) {
        for (const Item &item : items.items())
            picked.append(item.id);
        shuffle(picked, random);
        return picked.mid(0, count);
    }
    std::map<int, QStringList> strata;
    for (const Item &item : items.items())
        strata[currentMajorityLabel(store, item.id)].append(item.id);
    for (auto &[labelId, members] : strata)
        shuffle(members, random);
    for (qsizetype round = 0; picked.size() < count; ++round) {
        bool tookAny = false;
        for (const auto &[labelId, members] : strata) {
            if (round < members.size() && picked.size() < count) {
                picked.append(members[round]);
                tookAny = true;
            }
        }
        if (!tookAny)
            break;
    }
    return picked;
}

} // namespace concord
