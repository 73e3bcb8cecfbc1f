// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/acceptedlabels.h"

#include "core/project/itemwork.h"
#include "core/project/referencelabels.h"
#include "core/quality/itemtruth.h"

#include <algorithm>
#include <map>

namespace concord {

namespace {

// The label more than half of those who finished the item gave as their only image label.
int majorityOfDoneReaders(const AnnotationStore &store, const QString &itemId)
{
    std::map<int, int> votes;
    int readers = 0;
    for (const auto &[annotator, work] : store.allWork()) {
        const ItemWork *item = store.itemWork(annotator, itemId);
        if (!item || item->status() != ItemStatus::Done)
            continue;
        ++readers;
        if (item->classLabels.labelIds.size() == 1)
            ++votes[item->classLabels.labelIds.front()];
    }
    for (const auto &[label, count] : votes) {
        if (2 * count > readers)
            return label;
    }
    return -1;
}

} // namespace

QString acceptedLabelSourceKey(AcceptedLabelSource source)
{
    switch (source) {
    case AcceptedLabelSource::None: return QStringLiteral("none");
    case AcceptedLabelSource::Reference: return QStringLiteral("reference");
    case AcceptedLabelSource::Truth: return QStringLiteral("truth");
    case AcceptedLabelSource::Majority: return QStringLiteral("majority");
    }
    return {};
}

int AcceptedLabels::count() const
{
    return int(std::count_if(labelIdOfItem.begin(), labelIdOfItem.end(),
                             [](int label) { return label >= 0; }));
}

AcceptedLabels acceptedImageLabels(const Project &project, const ItemList &items,
                                   const AnnotationStore &everyone)
{
    AcceptedLabels accepted;
    accepted.labelIdOfItem.assign(size_t(items.size()), -1);
    accepted.sourceOfItem.assign(size_t(items.size()), AcceptedLabelSource::None);
    const std::vector<const AnnotatorWork *> referees = referenceAuthors(project, everyone);
    const bool workflow = !project.qualityPolicies.empty();
    AnnotationStore truths;
    if (workflow)
        truths = truthStore(project, items, everyone, project.currentQualityPolicy());
    for (int index = 0; index < items.size(); ++index) {
        const QString &id = items.at(index).id;
        int label = -1;
        AcceptedLabelSource source = AcceptedLabelSource::None;
        if (const std::optional<ReferenceLabel> reference = latestReferenceLabel(referees, id);
            reference && reference->labelIds.size() == 1) {
            label = reference->labelIds.front();
            source = AcceptedLabelSource::Reference;
        } else if (workflow) {
            const ItemWork *truth = truths.itemWork(truthAnnotatorId(), id);
            if (truth && truth->classLabels.labelIds.size() == 1) {
                label = truth->classLabels.labelIds.front();
                source = AcceptedLabelSource::Truth;
            }
        } else if (const int majority = majorityOfDoneReaders(everyone, id); majority >= 0) {
            label = majority;
            source = AcceptedLabelSource::Majority;
        }
        // A label deleted from the taxonomy since is no class to learn.
        if (label >= 0 && project.taxonomy.find(label)) {
            accepted.labelIdOfItem[size_t(index)] = label;
            accepted.sourceOfItem[size_t(index)] = source;
        }
    }
    return accepted;
}

} // namespace concord
