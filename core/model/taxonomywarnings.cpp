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

QStringList labelHotkeyShortcuts(const QString &hotkey)
{
    if (hotkey.trimmed().isEmpty())
        return {};
    const QString key = hotkey.trimmed().toUpper();
    return {key, QStringLiteral("Ctrl+") + key};
}

static void addHotkeysTakenByCommands(const Taxonomy &taxonomy, const ReservedShortcuts &reserved,
                                      std::vector<TaxonomyWarning> &out)
{
    for (const Label &label : taxonomy.labels()) {
        for (const QString &shortcut : labelHotkeyShortcuts(label.hotkey)) {
            const auto command = reserved.find(shortcut);
            if (command == reserved.end())
                continue;
            // Qt runs neither of two shortcuts that claim one key, so both stop working.
            const QString message = tr("Hotkey %1 of \"%2\" collides with the command \"%3\" (%4): "
                                       "neither works while both claim it.")
                                        .arg(label.hotkey.trimmed().toUpper(),
                                             taxonomy.pathOf(label.id), command->second, shortcut);
            out.push_back({TaxonomyWarning::Kind::HotkeyTakenByCommand, {label.id}, message});
        }
    }
}

static bool isUsedHereOrBelow(const Taxonomy &taxonomy, int id, const std::set<int> &used)
{
    return std::any_of(used.begin(), used.end(), [&](int usedId) { return taxonomy.isWithin(usedId, id); });
}

// The tree does not say which labels are meant as categories. When some top-level labels group
// others, an unused top-level label with nothing under it reads as a category left empty (a
// used one, like "Normal", is plainly a label).
static bool looksLikeEmptyCategory(const Taxonomy &taxonomy, int id, const std::set<int> &used)
{
    const Label *label = taxonomy.find(id);
    if (!label || label->parentId != 0 || !taxonomy.isLeaf(id) || used.contains(id))
        return false;
    const std::vector<int> topLevel = taxonomy.childrenOf(0);
    return std::any_of(topLevel.begin(), topLevel.end(), [&](int top) { return !taxonomy.isLeaf(top); });
}

static void addEmptyCategories(const Taxonomy &taxonomy, const std::set<int> &used,
                               std::vector<TaxonomyWarning> &out)
{
    for (int id : taxonomy.childrenOf(0)) {
        if (looksLikeEmptyCategory(taxonomy, id, used)) {
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
        // An empty category is reported as such, not twice.
        if (!isUsedHereOrBelow(taxonomy, label.id, used) && !looksLikeEmptyCategory(taxonomy, label.id, used)) {
            out.push_back({TaxonomyWarning::Kind::UnusedLabel, {label.id},
                           tr("No annotation uses \"%1\".").arg(taxonomy.pathOf(label.id))});
        }
    }
}

std::vector<TaxonomyWarning> findTaxonomyWarnings(const Taxonomy &taxonomy,
                                                  const std::set<int> &usedLabelIds,
                                                  const ReservedShortcuts &reserved)
{
    std::vector<TaxonomyWarning> warnings;
    addDuplicateSiblingNames(taxonomy, warnings);
    addConflictingHotkeys(taxonomy, warnings);
    addHotkeysTakenByCommands(taxonomy, reserved, warnings);
    addEmptyCategories(taxonomy, usedLabelIds, warnings);
    addUnusedLabels(taxonomy, usedLabelIds, warnings);
    return warnings;
}

} // namespace concord
