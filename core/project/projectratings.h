// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/ratingtable.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"

#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace concord {

// Which image-level labels enter a rating table. Every filter is optional; an empty list or an
// unset value means "no restriction".
struct ProjectRatingSelection
{
    // Labels to measure. A label also selects its descendants, so {Opacity} keeps Nodule and
    // Consolidation ratings. Ratings outside the set become missing cells.
    std::vector<int> labelIds;
    // Compare at this taxonomy depth (0 = top level): every label is replaced by its ancestor at
    // that depth (Taxonomy::ancestorAtDepth), so readers who chose different kinds of Opacity
    // agree at depth 1. Labels shallower than the depth stay themselves.
    std::optional<int> taxonomyDepth;
    // Only labels made under this guideline version (their provenance).
    std::optional<int> guidelineVersion;
    // Only labels last changed in one of these sessions.
    QStringList sessionIds;
    // Only labels last changed in [fromMs, toMs) (provenance modifiedMs, ms since epoch UTC).
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    // Only these annotators (coders), in this order. Empty: every annotator with work, in the
    // order of project.json, then any other annotator found in the journals.
    QStringList annotatorIds;
    // Annotators never used as coders (e.g. the gold reader of a gold comparison).
    QStringList excludedAnnotatorIds;
    // Only items the annotator marked done.
    bool doneOnly = false;
    // The readings of this calibration session or gold test instead of ordinary work
    // (AnnotatorWork::item).
    QString planId;
};

// One rating table derived from a project.
struct ProjectRatingTable
{
    enum class Kind {
        Categorical, // single-label projects: the cell is the (mapped) label
        Binary       // multi-label projects: one table per label, cells "absent" / "present"
    };
    Kind kind = Kind::Categorical;
    QString key;     // machine key: "labels" for the categorical table, else "label-<id>"
    int labelId = 0; // the label of a binary table, 0 for the categorical one
    QString title;   // the label's path, or "All labels"
    RatingTable table;
    // Label id of each category of a categorical table, in category order.
    std::vector<int> categoryLabelIds;
};

// The tables of a project under one selection. Units are items (in item order, only those with
// at least one rating), coders are annotators (only those with at least one rating).
struct ProjectRatings
{
    ClassificationMode mode = ClassificationMode::SingleLabel;
    std::vector<ProjectRatingTable> tables;
    QStringList coders;        // annotator ids, the coders of every table, in order
    qint32 ratedItems = 0;     // items with at least one rating
    qint64 droppedRatings = 0; // annotator-item pairs left out by a filter
    QStringList warnings;      // translated
};

// Builds the rating tables of image-level class labels.
//
// Single-label projects give one categorical table whose categories are the labels (after the
// depth mapping) in taxonomy order; every label of the taxonomy at that depth is part of the
// scale even if unused, since Brennan-Prediger and Gwet's AC1 depend on the number of categories.
//
// Multi-label projects give one binary table per label (present / absent), the standard way to
// measure agreement on multi-label data: the labels of one item are not mutually exclusive, so a
// single nominal cell cannot hold them, and per-label kappas show which finding is unreliable.
// An annotator counts as having rated an item when they set at least one image label on it, or
// marked it done without any (an explicit "none of these"); every other cell is missing.
//
// Items an annotator did not label are missing cells, never "absent". The guideline, session
// and time filters read the provenance of the labels' last change; a "done, none of these"
// rating without any label change has none, so those filters leave it out.
ProjectRatings buildProjectRatings(const Project &project, const ItemList &items,
                                   const AnnotationStore &store,
                                   const ProjectRatingSelection &selection);

// Stacks the binary tables of a multi-label project into one table whose units are
// (item, label) pairs: the pooled agreement over every present/absent decision, used for a
// single headline number and trend. Returns the table itself when given one table.
RatingTable pooledRatingTable(const std::vector<ProjectRatingTable> &tables);

// Building blocks of a selection, shared by every measure derived from a project (the rating
// tables here, box agreement in boxagreement.h), so a selection means the same to all of them.

// The annotators a selection asks for, in order: its annotatorIds, or everyone in project.json
// then everyone else with work; without the excluded ones.
QStringList candidateCoders(const Project &project, const AnnotationStore &store,
                            const ProjectRatingSelection &selection);
// True when the label or one of its ancestors is in `selected` (or `selected` is empty).
bool passesLabelFilter(const Taxonomy &taxonomy, int labelId, const QSet<int> &selected);
// True when a reader's work in this status counts: any status, or only Done with doneOnly.
bool passesStatusFilter(ItemStatus status, const ProjectRatingSelection &selection);
// True when an annotation's last change passes the version, session and time filters.
bool passesProvenance(const Provenance &provenance, const ProjectRatingSelection &selection);

} // namespace concord
