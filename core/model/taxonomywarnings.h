// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

#include <QString>

#include <set>
#include <vector>

namespace concord {

// Something in a taxonomy that is legal but probably a mistake. The taxonomy editor lists them;
// none stops the lead from saving.
struct TaxonomyWarning
{
    enum class Kind {
        DuplicateSiblingName, // two labels under one parent with the same name (case-insensitive)
        ConflictingHotkey, // two labels share a hotkey, so the key can only ever pick one
        EmptyCategory, // an unused top-level label with nothing under it while others group labels
        UnusedLabel, // no annotation in the project uses the label (empty categories aside)
    };
    Kind kind;
    std::vector<int> labelIds; // the labels concerned, in taxonomy order
    QString message; // translated, names the labels

    bool operator==(const TaxonomyWarning &) const = default;
};

// The warnings for `taxonomy`, given the ids of the labels some annotation of the project uses
// (boxes, image labels, reference labels). Pure; in taxonomy order within each kind. A category
// counts as used when any label below it is.
std::vector<TaxonomyWarning> findTaxonomyWarnings(const Taxonomy &taxonomy,
                                                  const std::set<int> &usedLabelIds);

} // namespace concord
