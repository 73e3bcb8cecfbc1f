// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/itemlabelsets.h"

#include "core/project/itemwork.h"
#include "core/quality/itemtruth.h"

#include <algorithm>

namespace concord {

ItemLabelSets itemLabelSets(const Project &project, const ItemList &items,
                            const AnnotationStore &everyone)
{
    ItemLabelSets sets;
    // As the export decides (docs/quality.md, "Final truth"): a project that runs the quality
    // workflow means its accepted answers by "the labels"; one without a policy has only the
    // readers' own work.
    const bool truth = !project.qualityPolicies.empty();
    sets.source = truth ? LabelSetSource::Truth : LabelSetSource::AllWork;
    AnnotationStore truths;
    if (truth)
        truths = truthStore(project, items, everyone, project.currentQualityPolicy());
    const AnnotationStore &store = truth ? truths : everyone;
    const QStringList annotators = store.annotatorIds();
    for (const Item &item : items.items()) {
        std::vector<int> labelIds;
        for (const QString &annotator : annotators) {
            if (const ItemWork *work = store.itemWork(annotator, item.id))
                appendLabelIdsUsed(*work, labelIds);
        }
        std::sort(labelIds.begin(), labelIds.end());
        labelIds.erase(std::unique(labelIds.begin(), labelIds.end()), labelIds.end());
        QStringList names;
        for (int id : labelIds) {
            const Label *label = project.taxonomy.find(id);
            names << (label ? label->name : QString::number(id));
        }
        names.sort();
        names.removeDuplicates();
        sets.labelsOfItem.push_back(std::move(names));
    }
    return sets;
}

} // namespace concord
