// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taxonomywarnings.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace concord {

static QString tr(const char *text)
{
    return QCoreApplication::translate("TaxonomyWarnings", text);
}

static void addDuplicateSiblingNames(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    // Keyed by parent and folded name, in order of first appearance.
    QHash<QString, std::vector<int>> groups;
    QStringList order;
    for (const Label &label : taxonomy.labels()) {
        const QString key = QString::number(label.parentId) + QLatin1Char('/') + label.name.toCaseFolded();
        if (!groups.contains(key))
            order.append(key);
        groups[key].push_back(label.id);
    }
    for (const QString &key : order) {
        const std::vector<int> &ids = groups[key];
        if (ids.size() < 2)
            continue;
        out.push_back({TaxonomyWarning::Kind::DuplicateSiblingName, ids,
                       tr("\"%1\" appears %2 times under the same parent.")
                           .arg(taxonomy.pathOf(ids.front()))
                           .arg(ids.size())});
    }
}

static void addConflictingHotkeys(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    QHash<QString, std::vector<int>> byKey;
    QStringList order;
    for (const Label &label : taxonomy.labels()) {
        if (label.hotkey.isEmpty())
            continue;
        const QString key = label.hotkey.toUpper();
        if (!byKey.contains(key))
            order.append(key);
        byKey[key].push_back(label.id);
    }
    for (const QString &key : order) {
        const std::vector<int> &ids = byKey[key];
        if (ids.size() < 2)
            continue;
        QStringList names;
        for (int id : ids)
            names.append(taxonomy.pathOf(id));
        out.push_back({TaxonomyWarning::Kind::ConflictingHotkey, ids,
                       tr("Hotkey %1 is given to %2.").arg(key, names.join(tr(" and ")))});
    }
}

static void addEmptyCategories(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    // The tree does not say which labels are meant as categories. When some top-level labels
    // group others, a top-level label with nothing under it reads as a category left empty.
    const std::vector<int> topLevel = taxonomy.childrenOf(0);
    const bool grouped = std::any_of(topLevel.begin(), topLevel.end(),
                                     [&](int id) { return !taxonomy.isLeaf(id); });
    if (!grouped)
        return;
    for (int id : topLevel) {
        if (taxonomy.isLeaf(id)) {
            out.push_back({TaxonomyWarning::Kind::EmptyCategory, {id},
                           tr("The category \"%1\" has no labels under it.")
                               .arg(taxonomy.pathOf(id))});
        }
    }
}

static void addUnusedLabels(const Taxonomy &taxonomy, const std::set<int> &used,
                            std::vector<TaxonomyWarning> &out)
{
    for (const Label &label : taxonomy.labels()) {
        bool usedHereOrBelow = false;
        for (int usedId : used)
            usedHereOrBelow = usedHereOrBelow || taxonomy.isWithin(usedId, label.id);
        if (!usedHereOrBelow) {
            out.push_back({TaxonomyWarning::Kind::UnusedLabel, {label.id},
                           tr("No annotation uses \"%1\".").arg(taxonomy.pathOf(label.id))});
        }
    }
}

std::vector<TaxonomyWarning> findTaxonomyWarnings(const Taxonomy &taxonomy,
                                                  const std::set<int> &usedLabelIds)
{
    std::vector<TaxonomyWarning> warnings;
    addDuplicateSiblingNames(taxonomy, warnings);
    addConflictingHotkeys(taxonomy, warnings);
    addEmptyCategories(taxonomy, warnings);
    addUnusedLabels(taxonomy, usedLabelIds, warnings);
    return warnings;
}

} // namespace concord
