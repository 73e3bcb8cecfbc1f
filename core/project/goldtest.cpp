// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/goldtest.h"

#include "core/model/guidelinelinks.h"
#include "core/project/referencelabels.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace concord {

QStringList goldTestCandidates(const Project &project, const ItemList &items,
                               const AnnotationStore &store, const QStringList &readerIds)
{
    QStringList published;
    if (const GuidelineVersion *current = project.findGuideline(project.currentGuidelineVersion))
        published = linkedItemIds(current->text);
    QStringList candidates;
    for (const Item &item : items.items()) {
        if (published.contains(item.id) || !latestReferenceLabel(project, store, item.id))
            continue;
        const bool alreadyRead =
            std::any_of(readerIds.begin(), readerIds.end(), [&](const QString &reader) {
                return store.itemWork(reader, item.id) != nullptr;
            });
        if (!alreadyRead)
            candidates.append(item.id);
    }
    return candidates;
}

int goldTestSubmitted(const CalibrationPlan &plan, const AnnotationStore &store,
                      const QString &readerId)
{
    return int(std::count_if(plan.itemIds.begin(), plan.itemIds.end(), [&](const QString &itemId) {
        return store.status(readerId, itemId, plan.id) == ItemStatus::Done;
    }));
}

bool isGoldTestRunning(const CalibrationPlan &plan, const AnnotationStore &store,
                       const QString &readerId)
{
    return plan.participantIds.contains(readerId) &&
           goldTestSubmitted(plan, store, readerId) < plan.itemIds.size();
}

bool goldTestHidesItem(const Project &project, const AnnotationStore &store,
                       const QString &viewerId, const QString &itemId)
{
    return std::any_of(
        project.goldTests.begin(), project.goldTests.end(), [&](const CalibrationPlan &plan) {
            return plan.itemIds.contains(itemId) && isGoldTestRunning(plan, store, viewerId);
        });
}

namespace {

// The label sets of a test as rating categories, in taxonomy order.
class LabelSetCategories
{
public:
    explicit LabelSetCategories(const Taxonomy &taxonomy)
        : m_taxonomy(taxonomy)
    {
        const std::vector<Label> &labels = taxonomy.labels();
        for (size_t i = 0; i < labels.size(); ++i)
            m_position[labels[i].id] = int(i);
    }
    void add(const std::vector<int> &labelIds) { m_index.emplace(key(labelIds), 0); }
    // Numbers the sets added so far and names them; call once, after the last add().
    NameIndex finish()
    {
        NameIndex names;
        for (auto &[positions, index] : m_index) {
            index = names.size();
            // Two sets may share a short name (labels of one name under two parents): the path
            // tells them apart.
            if (names.intern(name(positions, false).toStdString()) != index)
                names.intern(name(positions, true).toStdString());
        }
        return names;
    }
    qint32 category(const std::vector<int> &labelIds) const { return m_index.at(key(labelIds)); }

private:
    // Labels unknown to the taxonomy sort last, by id.
    std::vector<int> key(const std::vector<int> &labelIds) const
    {
        std::vector<int> positions;
        for (int id : labelIds) {
            const auto found = m_position.find(id);
            positions.push_back(found != m_position.end() ? found->second : UnknownBase + id);
        }
        std::sort(positions.begin(), positions.end());
        return positions;
    }
    QString name(const std::vector<int> &positions, bool withPath) const
    {
        if (positions.empty())
            return concord::tr("None");
        QStringList names;
        for (int position : positions) {
            if (position >= UnknownBase) {
                names.append(concord::tr("label %1").arg(position - UnknownBase));
                continue;
            }
            const Label &label = m_taxonomy.labels()[size_t(position)];
            names.append(withPath ? m_taxonomy.pathOf(label.id) : label.name);
        }
        return names.join(QStringLiteral(" + "));
    }

    static constexpr int UnknownBase = 1 << 24;
    const Taxonomy &m_taxonomy;
    std::map<int, int> m_position;              // label id -> position in the taxonomy
    std::map<std::vector<int>, qint32> m_index; // sorted positions -> category
};

} // namespace

GoldTestScore scoreGoldTest(const Project &project, const AnnotationStore &store,
                            const CalibrationPlan &plan)
{
    GoldTestScore score;
    score.planId = plan.id;
    score.items = int(plan.itemIds.size());

    // Every reading that counts: the reference of each item and each submitted reading.
    std::vector<std::optional<ReferenceLabel>> references;
    LabelSetCategories categories(project.taxonomy);
    for (const QString &itemId : plan.itemIds) {
        references.push_back(latestReferenceLabel(project, store, itemId));
        if (references.back())
            categories.add(references.back()->labelIds);
        for (const QString &reader : plan.participantIds) {
            const ItemWork *work = store.itemWork(reader, itemId, plan.id);
            if (work && work->status() == ItemStatus::Done)
                categories.add(work->classLabels.labelIds);
        }
    }
    NameIndex units;
    for (const QString &itemId : plan.itemIds)
        units.intern(itemId.toStdString());
    NameIndex coders;
    for (const QString &reader : plan.participantIds)
        coders.intern(reader.toStdString()); // ids: display names need not be unique
    RatingTable table(units, coders, categories.finish());
    std::vector<qint32> reference(plan.itemIds.size(), RatingTable::Missing);
    for (qint32 unit = 0; unit < qint32(plan.itemIds.size()); ++unit) {
        if (references[size_t(unit)])
            reference[size_t(unit)] = categories.category(references[size_t(unit)]->labelIds);
        for (qint32 coder = 0; coder < qint32(plan.participantIds.size()); ++coder) {
            const ItemWork *work =
                store.itemWork(plan.participantIds[coder], plan.itemIds[unit], plan.id);
            if (work && work->status() == ItemStatus::Done)
                table.set(unit, coder, categories.category(work->classLabels.labelIds));
        }
    }
    score.comparison = compareWithGold(table, reference, concord::tr("Reference"));
    for (const QString &reader : plan.participantIds)
        score.submitted.push_back(goldTestSubmitted(plan, store, reader));
    return score;
}

} // namespace concord
