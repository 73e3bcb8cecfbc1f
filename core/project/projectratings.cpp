// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectratings.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace concord {

namespace {

// What one annotator said about one item, after filtering and depth mapping.
struct Cell
{
    bool rated = false;
    std::vector<int> labels; // mapped, sorted, unique, inside the selection
};

} // namespace

QStringList candidateCoders(const Project &project, const AnnotationStore &store,
                            const ProjectRatingSelection &selection)
{
    QStringList coders;
    if (!selection.annotatorIds.isEmpty()) {
        coders = selection.annotatorIds;
    } else {
        for (const Annotator &a : project.annotators)
            coders.append(a.id);
        for (const QString &id : store.annotatorIds()) {
            if (!coders.contains(id))
                coders.append(id);
        }
    }
    coders.removeDuplicates();
    for (const QString &excluded : selection.excludedAnnotatorIds)
        coders.removeAll(excluded);
    return coders;
}

bool passesLabelFilter(const Taxonomy &taxonomy, int labelId, const QSet<int> &selected)
{
    if (selected.isEmpty())
        return true;
    int current = labelId;
    // Bounded like Taxonomy::depthOf, against parent cycles in a corrupt project.json.
    for (size_t guard = 0; current != 0 && guard <= taxonomy.labels().size(); ++guard) {
        if (selected.contains(current))
            return true;
        const Label *label = taxonomy.find(current);
        if (!label)
            return false;
        current = label->parentId;
    }
    return false;
}

bool passesStatusFilter(ItemStatus status, const ProjectRatingSelection &selection)
{
    return !selection.doneOnly || status == ItemStatus::Done;
}

bool passesProvenance(const Provenance &p, const ProjectRatingSelection &s)
{
    // An item marked done without ever setting a label has no label provenance: it cannot be
    // placed in a version, session or time window, so any such filter leaves it out.
    const bool filtered = s.guidelineVersion || !s.sessionIds.isEmpty() || s.fromMs || s.toMs;
    if (filtered && p.sessionId.isEmpty())
        return false;
    if (s.guidelineVersion && p.guidelineVersion != *s.guidelineVersion)
        return false;
    if (!s.sessionIds.isEmpty() && !s.sessionIds.contains(p.sessionId))
        return false;
    if (s.fromMs && p.modifiedMs < *s.fromMs)
        return false;
    if (s.toMs && p.modifiedMs >= *s.toMs)
        return false;
    return true;
}

ProjectRatings buildProjectRatings(const Project &project, const ItemList &items,
                                   const AnnotationStore &store,
                                   const ProjectRatingSelection &selection)
{
    ProjectRatings out;
    out.mode = project.classificationMode;
    const Taxonomy &taxonomy = project.taxonomy;
    const bool multi = project.classificationMode == ClassificationMode::MultiLabel;
    const QSet<int> selected(selection.labelIds.begin(), selection.labelIds.end());
    auto mapLabel = [&](int id) {
        return selection.taxonomyDepth ? taxonomy.ancestorAtDepth(id, *selection.taxonomyDepth)
                                       : id;
    };

    // The scale: every selected label after mapping, in taxonomy order.
    std::vector<int> scale;
    for (const Label &label : taxonomy.labels()) {
        if (!passesLabelFilter(taxonomy, label.id, selected))
            continue;
        const int mapped = mapLabel(label.id);
        if (std::find(scale.begin(), scale.end(), mapped) == scale.end())
            scale.push_back(mapped);
    }
    std::sort(scale.begin(), scale.end(), [&](int a, int b) {
        auto position = [&](int id) {
            const auto &labels = taxonomy.labels();
            return std::find_if(labels.begin(), labels.end(),
                                [id](const Label &l) { return l.id == id; }) -
                   labels.begin();
        };
        return position(a) < position(b);
    });

    const QStringList candidates = candidateCoders(project, store, selection);
    const qint32 itemCount = items.size();
    const qint32 candidateCount = qint32(candidates.size());
    std::vector<Cell> cells(size_t(itemCount) * size_t(candidateCount));
    qint64 conflicting = 0;
    qint64 unknownLabels = 0;
    for (qint32 c = 0; c < candidateCount; ++c) {
        const AnnotatorWork *work = store.work(candidates[c]);
        if (!work)
            continue;
        for (qint32 i = 0; i < itemCount; ++i) {
            const ItemWork *w = work->item(items.at(i).id, selection.planId);
            if (!w)
                continue;
            const ItemStatus status = w->status();
            const bool hasLabels = !w->classLabels.labelIds.empty();
            const bool rated = hasLabels || (multi && status == ItemStatus::Done);
            if (!rated)
                continue;
            if (!passesStatusFilter(status, selection) ||
                !passesProvenance(w->classLabels.provenance, selection)) {
                ++out.droppedRatings;
                continue;
            }
            Cell &cell = cells[size_t(i) * size_t(candidateCount) + size_t(c)];
            for (int id : w->classLabels.labelIds) {
                if (!taxonomy.find(id)) {
                    ++unknownLabels;
                    continue;
                }
                if (passesLabelFilter(taxonomy, id, selected))
                    cell.labels.push_back(mapLabel(id));
            }
            std::sort(cell.labels.begin(), cell.labels.end());
            cell.labels.erase(std::unique(cell.labels.begin(), cell.labels.end()),
                              cell.labels.end());
            if (multi || cell.labels.size() == 1) {
                cell.rated = true;
            } else if (cell.labels.size() > 1) {
                // Two labels in a single-label project (e.g. a journal from a multi-label
                // period) cannot be one nominal rating; leave the cell out and say so.
                ++conflicting;
                cell.labels.clear();
            }
        }
    }
    if (conflicting > 0) {
        out.warnings.append(
            concord::tr("%n rating(s) with several labels in a single-label project were "
                        "left out",
                        nullptr, int(conflicting)));
    }
    if (unknownLabels > 0) {
        out.warnings.append(concord::tr("%n label(s) not in the taxonomy were ignored", nullptr,
                                        int(unknownLabels)));
    }

    // Keep only coders and items with at least one rating.
    std::vector<qint32> keptCoders;
    for (qint32 c = 0; c < candidateCount; ++c) {
        for (qint32 i = 0; i < itemCount; ++i) {
            if (cells[size_t(i) * size_t(candidateCount) + size_t(c)].rated) {
                keptCoders.push_back(c);
                break;
            }
        }
    }
    std::vector<qint32> keptItems;
    for (qint32 i = 0; i < itemCount; ++i) {
        for (qint32 c : keptCoders) {
            if (cells[size_t(i) * size_t(candidateCount) + size_t(c)].rated) {
                keptItems.push_back(i);
                break;
            }
        }
    }
    for (qint32 c : keptCoders)
        out.coders.append(candidates[c]);
    out.ratedItems = qint32(keptItems.size());

    auto names = [&](const auto &list, auto nameOf) {
        NameIndex index;
        for (const auto &entry : list)
            index.intern(nameOf(entry).toStdString());
        return index;
    };
    const NameIndex unitNames = names(keptItems, [&](qint32 i) { return items.at(i).id; });
    const NameIndex coderNames = names(keptCoders, [&](qint32 c) { return candidates[c]; });
    // Calls visit(unit, coder, cell) for every rated cell of the kept units and coders.
    auto forEachRatedCell = [&](auto visit) {
        for (size_t u = 0; u < keptItems.size(); ++u) {
            for (size_t c = 0; c < keptCoders.size(); ++c) {
                const Cell &cell =
                    cells[size_t(keptItems[u]) * size_t(candidateCount) + size_t(keptCoders[c])];
                if (cell.rated)
                    visit(qint32(u), qint32(c), cell);
            }
        }
    };

    if (!multi) {
        ProjectRatingTable t;
        t.kind = ProjectRatingTable::Kind::Categorical;
        t.key = QStringLiteral("labels");
        t.title = concord::tr("All labels");
        NameIndex categories;
        for (int id : scale) {
            QString name = taxonomy.pathOf(id);
            // Paths name categories; two labels with one path would merge, so keep them apart.
            if (categories.find(name.toStdString()) >= 0)
                name += QStringLiteral(" (#%1)").arg(id);
            categories.intern(name.toStdString());
            t.categoryLabelIds.push_back(id);
        }
        t.table = RatingTable(unitNames, coderNames, std::move(categories));
        forEachRatedCell([&](qint32 u, qint32 c, const Cell &cell) {
            const auto at = std::find(scale.begin(), scale.end(), cell.labels.front());
            if (at != scale.end())
                t.table.set(u, c, qint32(at - scale.begin()));
        });
        out.tables.push_back(std::move(t));
        return out;
    }

    for (int id : scale) {
        ProjectRatingTable t;
        t.kind = ProjectRatingTable::Kind::Binary;
        t.key = QStringLiteral("label-%1").arg(id);
        t.labelId = id;
        t.title = taxonomy.pathOf(id);
        NameIndex categories;
        categories.intern("absent");
        categories.intern("present");
        t.table = RatingTable(unitNames, coderNames, std::move(categories));
        forEachRatedCell([&](qint32 u, qint32 c, const Cell &cell) {
            const bool present = std::binary_search(cell.labels.begin(), cell.labels.end(), id);
            t.table.set(u, c, present ? 1 : 0);
        });
        out.tables.push_back(std::move(t));
    }
    return out;
}

RatingTable pooledRatingTable(const std::vector<ProjectRatingTable> &tables)
{
    if (tables.empty())
        return {};
    if (tables.size() == 1)
        return tables.front().table;
    const RatingTable &first = tables.front().table;
    NameIndex unitNames;
    for (const ProjectRatingTable &t : tables) {
        for (qint32 u = 0; u < t.table.unitCount(); ++u)
            unitNames.intern((t.table.unitName(u) + QLatin1Char('/') + t.key).toStdString());
    }
    NameIndex coderNames;
    for (qint32 c = 0; c < first.coderCount(); ++c)
        coderNames.intern(first.coderName(c).toStdString());
    NameIndex categories;
    for (qint32 k = 0; k < first.categoryCount(); ++k)
        categories.intern(first.categoryName(k).toStdString());
    RatingTable pooled(std::move(unitNames), std::move(coderNames), std::move(categories));
    qint32 row = 0;
    for (const ProjectRatingTable &t : tables) {
        for (qint32 u = 0; u < t.table.unitCount(); ++u, ++row) {
            for (qint32 c = 0; c < t.table.coderCount() && c < pooled.coderCount(); ++c)
                pooled.set(row, c, t.table.at(u, c));
        }
    }
    return pooled;
}

} // namespace concord
