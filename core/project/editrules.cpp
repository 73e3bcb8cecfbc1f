// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/editrules.h"

#include "core/project/attributevalidation.h"
#include "core/storage/journalevent.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <set>

namespace concord {

static void collectLabels(const ItemWork *work, std::set<int> &labels)
{
    if (!work)
        return;
    labels.insert(work->classLabels.labelIds.begin(), work->classLabels.labelIds.end());
    for (const BoxAnnotation &box : work->boxes)
        labels.insert(box.labelId);
    for (const RulerAnnotation &ruler : work->rulers)
        labels.insert(ruler.labelId);
}

// A ruler takes the label that was active when it was drawn, so a new or relabeled one must
// name a label the taxonomy has: an unknown id would leave the measurement report nothing to
// call its finding by.
static QString unknownRulerLabelProblem(const Taxonomy &taxonomy,
                                        const std::optional<ItemWork> &before,
                                        const ItemWork *after)
{
    if (!after)
        return {};
    for (const RulerAnnotation &ruler : after->rulers) {
        const RulerAnnotation *previous = before ? before->findRuler(ruler.id) : nullptr;
        if ((!previous || previous->labelId != ruler.labelId) && !taxonomy.find(ruler.labelId))
            return concord::tr("ruler %1 has label %2, which is not in the taxonomy")
                .arg(ruler.id)
                .arg(ruler.labelId);
    }
    return {};
}

// Why an edit may not put labels on an item that readers may not use (a category when the
// taxonomy allows leaf labels only), or an empty string. Unknown ids are AnnotatorWork's concern.
static QString unassignableLabelProblem(const Taxonomy &taxonomy,
                                        const std::optional<ItemWork> &before,
                                        const ItemWork *after)
{
    std::set<int> previous;
    collectLabels(before ? &*before : nullptr, previous);
    std::set<int> now;
    collectLabels(after, now);
    for (int id : now) {
        if (!previous.contains(id) && taxonomy.find(id) && !taxonomy.isAssignable(id)) {
            return concord::tr("\"%1\" is a category; only the labels under it "
                               "may be used")
                .arg(taxonomy.pathOf(id));
        }
    }
    return {};
}

QString editRuleProblem(const Taxonomy &taxonomy, const std::optional<ItemWork> &before,
                        const ItemWork *after)
{
    QString problem = unassignableLabelProblem(taxonomy, before, after);
    if (problem.isEmpty())
        problem = unknownRulerLabelProblem(taxonomy, before, after);
    if (problem.isEmpty())
        problem = undeclaredAttributeProblem(taxonomy, before, after);
    return problem;
}

QString applyCheckedEdit(const Taxonomy &taxonomy, AnnotatorWork &work, const JournalEvent &event)
{
    const QString planId = work.readingPlanOf(event.sessionId);
    const ItemWork *existing = work.item(event.itemId, planId);
    const std::optional<ItemWork> previous =
        existing ? std::optional<ItemWork>(*existing) : std::nullopt;
    QString problem = work.apply(event);
    if (problem.isEmpty())
        problem = editRuleProblem(taxonomy, previous, work.item(event.itemId, planId));
    if (!problem.isEmpty())
        work.restoreItem(event.itemId, previous, planId);
    return problem;
}

} // namespace concord
