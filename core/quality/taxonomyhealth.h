// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/model/taxonomywarnings.h"
#include "core/project/annotationstore.h"
#include "core/quality/noteterms.h"
#include "core/quality/qcreport.h"

#include <QStringList>

#include <vector>

namespace concord {

// Taxonomy health (docs/quality.md, "Taxonomy health"): whether the labels are mutually
// exclusive and collectively exhaustive, judged from how blind readers actually used them.
// Pure; reads every reader's submitted work, so callers are the CLI and QualityWorkflow, which
// checks the role.

// What a pair of labels was confused on.
enum class ConfusionKind {
    ImageLabels, // one reader's image labels against another's on the same item
    Boxes,       // matched boxes (IoU >= 0.5, whatever their labels) of two readers
    Regions,     // matched masks and polygons (pixel IoU >= 0.5) of two readers
};
QString confusionKindKey(ConfusionKind kind); // "image-labels", "boxes", "regions"

// Where one reader gave `labelA` and another `labelB`: the evidence a lead opens side by side.
struct ConfusionInstance
{
    QString itemId;
    QString readerA; // gave labelA
    QString readerB; // gave labelB
};

// Two labels that readers gave for the same thing.
//
// Each comparison is one pair of readers on one item (image labels) or one matched pair of
// shapes. A confusion of {A, B} is a comparison where one side has A and not B and the other B
// and not A. `rate` is confusions / comparisons of the kind. `expected` is the rate the pair
// would have if the readers' disagreements fell on labels at random: the chance rate from the
// labels' pooled shares (2 p_A p_B for single labels, as in Fleiss' kappa) scaled so that all
// pairs together disagree as much as observed. A pair above it is confused for a reason: its
// labels overlap in meaning, or the guideline does not separate them.
//
// The interval is Wilson's at an effective sample size (comparisons / design effect, from the
// variance between items, since the comparisons on one item are not independent) and at a
// Bonferroni-adjusted level over every pair listed, so "flagged" (lower > expected) holds
// for all flagged pairs together at 95 %.
struct ConfusablePair
{
    ConfusionKind kind = ConfusionKind::ImageLabels;
    int labelA = 0; // the one first in taxonomy order
    int labelB = 0;
    qint64 confusions = 0;
    qint64 comparisons = 0;
    double rate = 0;
    double expected = 0;
    double lower = 0;
    double upper = 1;
    bool flagged = false;
    QStringList itemIds;                      // items with at least one confusion, in item order
    std::vector<ConfusionInstance> instances; // the first per item, in item order
    // Single-label image labels: items whose readers split between exactly A and B, a hint
    // that the item needed both labels.
    int splitItems = 0;

    double ratio() const { return expected > 0 ? rate / expected : 0; }
};

// How often one reader's submitted items carry a catch-all label ("Other", "Normal").
struct CatchAllShare
{
    QString readerId;         // empty for a week's row over all readers
    QString week;             // "2026-W49" for a week's row, empty for a reader's
    ProportionEstimate share; // items with a catch-all label of the items submitted
};

struct TaxonomyHealth
{
    int readers = 0;          // readers with at least one submitted item
    qint64 comparedItems = 0; // items submitted by two readers or more
    // Fewer than two readers on every item: nothing can be said about confusion.
    bool needsTwoReaders = true;
    qint64 comparisons[3] = {0, 0, 0};      // by ConfusionKind
    std::vector<ConfusablePair> confusable; // most confused first (see rankConfusablePairs)
    int splitItems = 0;                     // single-label: items split between exactly two labels

    QStringList skippedItemIds;   // items a reader skipped
    QStringList unlabeledItemIds; // items submitted, but by no reader with a label

    std::vector<int> catchAllLabelIds; // by name (isCatchAllLabelName, taxonomywarnings.h)
    std::vector<CatchAllShare> catchAllByReader;
    std::vector<CatchAllShare> catchAllByWeek;
    std::vector<RecurringTerm> recurringTerms; // most items first

    std::vector<TaxonomyWarning> warnings; // the taxonomy's structure (taxonomywarnings.h)
};

// Sorts most confused first: by how far the interval's lower end lies above the expected
// rate (so flagged pairs come first and better evidence ranks higher), then by confusions.
void rankConfusablePairs(std::vector<ConfusablePair> &pairs, const Taxonomy &taxonomy);

// The analysis. A reader's work on an item counts once they marked it done; an adjudicator's
// work on an item they adjudicated is left out (it copies a reader's answer). Notes terms are
// reported when they appear on three items or more. `reserved` are the application's own
// shortcuts, for the hotkey warnings.
TaxonomyHealth analyzeTaxonomyHealth(const Project &project, const ItemList &items,
                                     const AnnotationStore &store,
                                     const ReservedShortcuts &reserved = {});

} // namespace concord
