// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taxonomywarnings.h"

#include "core/model/guidelinelinks.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace concord {

// "Opacity / Nodule and Opacity / Mass": the labels' paths, joined.
static QString joinedPaths(const Taxonomy &taxonomy, const std::vector<int> &ids,
                           const QString &separator)
{
    QStringList paths;
    for (int id : ids)
        paths.append(taxonomy.pathOf(id));
    return paths.join(separator);
}

// Calls `report(key, ids)` for every key that more than one label has, with those labels' ids,
// in order of the key's first appearance. `keyOf` gives an empty key to a label that takes no
// part.
static void
forEachSharedKey(const Taxonomy &taxonomy, const std::function<QString(const Label &)> &keyOf,
                 const std::function<void(const QString &, const std::vector<int> &)> &report)
{
    QHash<QString, std::vector<int>> groups;
    QStringList order;
    for (const Label &label : taxonomy.labels()) {
        const QString key = keyOf(label);
        if (key.isEmpty())
            continue;
        if (!groups.contains(key))
            order.append(key);
        groups[key].push_back(label.id);
    }
    for (const QString &key : order) {
        const std::vector<int> &ids = groups[key];
        if (ids.size() >= 2)
            report(key, ids);
    }
}

static void addDuplicateSiblingNames(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    const auto parentAndFoldedName = [](const Label &label) {
        return QString::number(label.parentId) + QLatin1Char('/') + label.name.toCaseFolded();
    };
    forEachSharedKey(
        taxonomy, parentAndFoldedName, [&](const QString &, const std::vector<int> &ids) {
            out.push_back({TaxonomyWarning::Kind::DuplicateSiblingName, ids,
                           concord::tr("\"%1\" appears %2 times under the same parent.")
                               .arg(taxonomy.pathOf(ids.front()))
                               .arg(ids.size())});
        });
}

static void addConflictingHotkeys(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    const auto hotkey = [](const Label &label) { return label.hotkey.toUpper(); };
    forEachSharedKey(taxonomy, hotkey, [&](const QString &key, const std::vector<int> &ids) {
        out.push_back({TaxonomyWarning::Kind::ConflictingHotkey, ids,
                       concord::tr("Hotkey %1 is given to %2.")
                           .arg(key, joinedPaths(taxonomy, ids, concord::tr(" and ")))});
    });
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
            const QString message =
                concord::tr("Hotkey %1 of \"%2\" collides with the command \"%3\" (%4): "
                            "neither works while both claim it.")
                    .arg(label.hotkey.trimmed().toUpper(), taxonomy.pathOf(label.id),
                         command->second, shortcut);
            out.push_back({TaxonomyWarning::Kind::HotkeyTakenByCommand, {label.id}, message});
        }
    }
}

static bool isUsedHereOrBelow(const Taxonomy &taxonomy, int id, const std::set<int> &used)
{
    return std::any_of(used.begin(), used.end(),
                       [&](int usedId) { return taxonomy.isWithin(usedId, id); });
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
    return std::any_of(topLevel.begin(), topLevel.end(),
                       [&](int top) { return !taxonomy.isLeaf(top); });
}

static void addEmptyCategories(const Taxonomy &taxonomy, const std::set<int> &used,
                               std::vector<TaxonomyWarning> &out)
{
    for (int id : taxonomy.childrenOf(0)) {
        if (looksLikeEmptyCategory(taxonomy, id, used)) {
            out.push_back({TaxonomyWarning::Kind::EmptyCategory,
                           {id},
                           concord::tr("The category \"%1\" has no labels under it.")
                               .arg(taxonomy.pathOf(id))});
        }
    }
}

static void addUnusedLabels(const Taxonomy &taxonomy, const std::set<int> &used,
                            std::vector<TaxonomyWarning> &out)
{
    for (const Label &label : taxonomy.labels()) {
        // An empty category is reported as such, not twice.
        if (!isUsedHereOrBelow(taxonomy, label.id, used) &&
            !looksLikeEmptyCategory(taxonomy, label.id, used)) {
            out.push_back(
                {TaxonomyWarning::Kind::UnusedLabel,
                 {label.id},
                 concord::tr("No annotation uses \"%1\".").arg(taxonomy.pathOf(label.id))});
        }
    }
}

QString taxonomyWarningKindKey(TaxonomyWarning::Kind kind)
{
    using Kind = TaxonomyWarning::Kind;
    switch (kind) {
    case Kind::DuplicateSiblingName: return QStringLiteral("duplicate-sibling-name");
    case Kind::ConflictingHotkey: return QStringLiteral("conflicting-hotkey");
    case Kind::HotkeyTakenByCommand: return QStringLiteral("hotkey-taken-by-command");
    case Kind::EmptyCategory: return QStringLiteral("empty-category");
    case Kind::UnusedLabel: return QStringLiteral("unused-label");
    case Kind::MissingDefinition: return QStringLiteral("missing-definition");
    case Kind::IdenticalDefinitions: return QStringLiteral("identical-definitions");
    case Kind::UncoveredParent: return QStringLiteral("uncovered-parent");
    case Kind::NotInGuideline: return QStringLiteral("not-in-guideline");
    case Kind::UntypableHotkey: return QStringLiteral("untypable-hotkey");
    }
    return {};
}

bool isCatchAllLabelName(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("other"),   QStringLiteral("others"),        QStringLiteral("normal"),
        QStringLiteral("none"),    QStringLiteral("no finding"),    QStringLiteral("no findings"),
        QStringLiteral("unknown"), QStringLiteral("unclear"),       QStringLiteral("indeterminate"),
        QStringLiteral("n/a"),     QStringLiteral("miscellaneous"), QStringLiteral("misc")};
    const QString folded = name.trimmed().toCaseFolded();
    return names.contains(folded) || folded.startsWith(QLatin1String("other "));
}

bool isTypableHotkey(const QString &hotkey)
{
    // Letters and digits are on the common layouts (Ctrl+K must work too, so punctuation
    // that needs Shift on some layouts is out; AZERTY's top-row digits need Shift, but its
    // number pad has them); F1-F12 are on every keyboard.
    static const QRegularExpression typable(
        QStringLiteral("^(?:[A-Za-z0-9]|[Ff](?:[1-9]|1[0-2]))$"));
    return typable.match(hotkey.trimmed()).hasMatch();
}

// Siblings: labels under one parent, in taxonomy order, when there are two or more.
static std::vector<std::vector<int>> siblingGroups(const Taxonomy &taxonomy)
{
    std::vector<std::vector<int>> groups;
    std::vector<int> parents{0};
    for (const Label &label : taxonomy.labels())
        parents.push_back(label.id);
    for (int parent : parents) {
        std::vector<int> children = taxonomy.childrenOf(parent);
        if (children.size() >= 2)
            groups.push_back(std::move(children));
    }
    return groups;
}

static void addDefinitionProblems(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    for (const std::vector<int> &siblings : siblingGroups(taxonomy)) {
        std::vector<int> undefined;
        QHash<QString, std::vector<int>> byDefinition;
        QStringList order;
        for (int id : siblings) {
            const QString definition = taxonomy.find(id)->description.simplified().toCaseFolded();
            if (definition.isEmpty()) {
                undefined.push_back(id);
                continue;
            }
            if (!byDefinition.contains(definition))
                order.append(definition);
            byDefinition[definition].push_back(id);
        }
        if (!undefined.empty()) {
            out.push_back(
                {TaxonomyWarning::Kind::MissingDefinition, undefined,
                 (undefined.size() == 1
                      ? concord::tr("%1 has no definition: readers cannot tell it from its "
                                    "siblings by what the taxonomy says.")
                      : concord::tr("%1 have no definition: readers cannot tell these siblings "
                                    "apart by what the taxonomy says."))
                     .arg(joinedPaths(taxonomy, undefined, concord::tr(", ")))});
        }
        for (const QString &definition : order) {
            const std::vector<int> &ids = byDefinition[definition];
            if (ids.size() < 2)
                continue;
            out.push_back({TaxonomyWarning::Kind::IdenticalDefinitions, ids,
                           concord::tr("%1 have the same definition: nothing tells them apart.")
                               .arg(joinedPaths(taxonomy, ids, concord::tr(" and ")))});
        }
    }
}

static void addUncoveredParents(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    if (!taxonomy.leafLabelsOnly())
        return;
    for (const Label &label : taxonomy.labels()) {
        const std::vector<int> children = taxonomy.childrenOf(label.id);
        if (children.empty())
            continue;
        const bool covered = std::any_of(children.begin(), children.end(), [&](int child) {
            return isCatchAllLabelName(taxonomy.find(child)->name);
        });
        if (!covered) {
            out.push_back(
                {TaxonomyWarning::Kind::UncoveredParent,
                 {label.id},
                 concord::tr("With leaf labels only, a \"%1\" that is none of its %2 labels "
                             "cannot be labeled: add an \"Other\" label under it.")
                     .arg(taxonomy.pathOf(label.id))
                     .arg(children.size())});
        }
    }
}

// True when the text has a section on the label or names it as a word (a plural too).
static bool guidelineDescribes(const QString &text, const QString &name)
{
    if (name.trimmed().isEmpty())
        return true;
    if (!guidanceForLabel(text, name).isEmpty())
        return true;
    // "Other", "None" and "Normal" are words any guideline uses: only a section describes them.
    if (isCatchAllLabelName(name))
        return false;
    const QRegularExpression word(
        QStringLiteral("\\b%1(?:s|es)?\\b").arg(QRegularExpression::escape(name.trimmed())),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(text).hasMatch();
}

static void addLabelsNotInGuideline(const Taxonomy &taxonomy, const QStringList &guidelineTexts,
                                    std::vector<TaxonomyWarning> &out)
{
    if (guidelineTexts.isEmpty())
        return;
    for (const Label &label : taxonomy.labels()) {
        const bool described =
            std::any_of(guidelineTexts.begin(), guidelineTexts.end(),
                        [&](const QString &text) { return guidelineDescribes(text, label.name); });
        if (!described) {
            out.push_back({TaxonomyWarning::Kind::NotInGuideline,
                           {label.id},
                           concord::tr("No guideline version describes \"%1\".")
                               .arg(taxonomy.pathOf(label.id))});
        }
    }
}

static void addUntypableHotkeys(const Taxonomy &taxonomy, std::vector<TaxonomyWarning> &out)
{
    for (const Label &label : taxonomy.labels()) {
        if (label.hotkey.trimmed().isEmpty() || isTypableHotkey(label.hotkey))
            continue;
        out.push_back(
            {TaxonomyWarning::Kind::UntypableHotkey,
             {label.id},
             concord::tr(
                 "The hotkey \"%1\" of \"%2\" is not a single key on common keyboards: use a "
                 "letter, a digit or F1-F12.")
                 .arg(label.hotkey, taxonomy.pathOf(label.id))});
    }
}

std::vector<TaxonomyWarning> findTaxonomyWarnings(const Taxonomy &taxonomy,
                                                  const std::set<int> &usedLabelIds,
                                                  const ReservedShortcuts &reserved,
                                                  const QStringList &guidelineTexts)
{
    std::vector<TaxonomyWarning> warnings;
    addDuplicateSiblingNames(taxonomy, warnings);
    addConflictingHotkeys(taxonomy, warnings);
    addHotkeysTakenByCommands(taxonomy, reserved, warnings);
    addEmptyCategories(taxonomy, usedLabelIds, warnings);
    addUnusedLabels(taxonomy, usedLabelIds, warnings);
    addDefinitionProblems(taxonomy, warnings);
    addUncoveredParents(taxonomy, warnings);
    addLabelsNotInGuideline(taxonomy, guidelineTexts, warnings);
    addUntypableHotkeys(taxonomy, warnings);
    return warnings;
}

} // namespace concord
