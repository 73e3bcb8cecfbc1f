// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

#include <QString>
#include <QStringList>

#include <map>
#include <set>
#include <vector>

namespace concord {

// Something in a taxonomy that is legal but probably a mistake. The taxonomy editor lists them;
// none stops the lead from saving.
struct TaxonomyWarning
{
    enum class Kind {
        DuplicateSiblingName, // two labels under one parent with the same name (case-insensitive)
        ConflictingHotkey,    // two labels share a hotkey, so the key can only ever pick one
        HotkeyTakenByCommand, // a label's hotkey is also the shortcut of a command of the app
        EmptyCategory, // an unused top-level label with nothing under it while others group labels
        UnusedLabel,   // no annotation in the project uses the label (empty categories aside)
        MissingDefinition,    // labels with siblings but no description to tell them apart by
        IdenticalDefinitions, // siblings described in the same words
        UncoveredParent,      // leaf labels only, and no "Other" child for what fits no child
        NotInGuideline,       // no guideline version has a section on the label or names it
        UntypableHotkey,      // a hotkey no single key press on a common keyboard gives
    };
    Kind kind;
    std::vector<int> labelIds; // the labels concerned, in taxonomy order
    QString message;           // translated, names the labels

    bool operator==(const TaxonomyWarning &) const = default;
};

// Keyboard shortcuts the application itself uses, each as Qt's portable key text ("B",
// "Ctrl+S", "F1") with the name of the command it runs (translated). The widgets layer collects
// them from its actions, so core needs no list of its own that could go stale.
using ReservedShortcuts = std::map<QString, QString>;

// The shortcuts a label hotkey K claims: K alone picks the label, Ctrl+K toggles it as an image
// label. In portable key text, upper case.
QStringList labelHotkeyShortcuts(const QString &hotkey);

// Machine key of a kind, for JSON: "duplicate-sibling-name", "missing-definition", ...
QString taxonomyWarningKindKey(TaxonomyWarning::Kind kind);

// True for names of labels meant to catch what the others do not: "Other", "Others",
// "Other finding", "Normal", "None", "No finding", "Unknown", "Unclear", "Indeterminate",
// "Miscellaneous", "N/A" (case-insensitive). Taxonomy health counts how often readers fall
// back on them, and a parent with such a child is covered.
bool isCatchAllLabelName(const QString &name);

// True when a label hotkey is one key a reader can press on common keyboard layouts: a letter
// A-Z, a digit, or F1-F12 (docs/quality.md, "Taxonomy health").
bool isTypableHotkey(const QString &hotkey);

// The warnings for `taxonomy`, given the ids of the labels some annotation of the project uses
// (boxes, image labels, reference labels), the application's own shortcuts and the text of
// every guideline version (none given: the guideline check is skipped). Pure; in taxonomy
// order within each kind. A category counts as used when any label below it is.
std::vector<TaxonomyWarning> findTaxonomyWarnings(const Taxonomy &taxonomy,
                                                  const std::set<int> &usedLabelIds,
                                                  const ReservedShortcuts &reserved = {},
                                                  const QStringList &guidelineTexts = {});

} // namespace concord
