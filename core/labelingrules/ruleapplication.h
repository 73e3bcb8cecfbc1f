// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Applying the project's labeling rules (docs/labeling-rules.md): every rule on every item into
// a vote table, the labeling-function analysis of those votes against the project's known
// labels, and the label model's probabilistic labels as a pre-label set.
#include "core/agreement/ratingtable.h"
#include "core/curation/itemkeys.h"
#include "core/labelingrules/dicomheadervalues.h"
#include "core/labelingrules/labelingruleset.h"
#include "core/model/itemlist.h"
#include "core/model/prelabelset.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/weaksupervision/labelingfunctionanalysis.h"
#include "core/weaksupervision/labelmodel.h"

#include <vector>

namespace concord {

// What the rules read besides the rules themselves.
struct RuleInputs
{
    ProjectFolder folder{QString()};
    Taxonomy taxonomy;
    std::vector<Item> items;
    ItemKeyMap keys;                    // item-keys.json (built-in keys come from the items)
    std::vector<PrelabelSet> prelabels; // every set of the project, for score predicates
};

// The rules' votes: units are the items (by id, in project order), sources the rules (by name,
// in document order), classes the labels they vote for (in taxonomy order). A cell is the
// class the rule voted for, or RatingTable::Missing where it abstained.
struct RuleVotes
{
    RatingTable votes;
    std::vector<int> classLabelIds;        // the taxonomy label of each class
    std::vector<FileError> headerProblems; // DICOM files whose header could not be read
    int headersRead = 0;                   // DICOM headers read (each file at most once)
};

// Applies every rule to every item. Labels must be known (checkRuleLabels()); a rule whose label
// is not in `inputs.taxonomy` abstains everywhere. Score predicates without a set ignore the
// label model's own sets (origin "label-model"), so that its output never votes in its input.
RuleVotes applyLabelingRules(const LabelingRuleSet &rules, const RuleInputs &inputs);

// Whether `condition` holds for one item; `headers` reads its DICOM values (only when asked).
// Exposed for tests of single predicates.
bool conditionHolds(const RuleCondition &condition, const Item &item, const RuleInputs &inputs,
                    DicomHeaderCache &headers);

// Known labels of the items, as classes of a RuleVotes (docs/labeling-rules.md, "Known labels"):
// per unit a class id, NoGoldLabel, or GoldLabelOutsideClasses (core/weaksupervision/
// goldlabels.h).
struct KnownLabels
{
    std::vector<qint32> gold;     // reference labels only
    std::vector<qint32> accepted; // reference labels, else the accepted or agreed answer
    int referenceItems = 0;       // items with a reference label
    int truthItems = 0;           // items accepted by the quality workflow (no reference label)
    int agreedItems = 0;          // items two or more readers submitted alike (no policy)
    int ambiguousItems = 0;       // known labels holding two of the classes: left out
};

// Reference labels first; otherwise, in a project with a quality policy, the accepted answer's
// image labels; without a policy, the image labels that every reader who submitted the item
// gave it, when at least two did. `everyone` is the unfiltered store.
KnownLabels knownLabels(const Project &project, const ItemList &items,
                        const AnnotationStore &everyone, const RuleVotes &votes);

// The labeling-function analysis twice: on the gold (reference) labels and on every accepted
// label.
struct RuleAnalysis
{
    LabelingFunctionAnalysis onGold;
    LabelingFunctionAnalysis onAccepted;
    KnownLabels known;
};
RuleAnalysis analyseRules(const RuleVotes &votes, KnownLabels known);

// The label model's labels as a pre-label set: for every item some rule voted on and whose most
// probable label has probability >= `minProbability`, one ImageLabel suggestion of that label
// with score = its probability; itemUncertainty = 1 - that probability for every covered item.
// Origin "label-model", model name "label model", version "rules revision N"; no id yet (the
// writer gives it one, writePrelabelSetUnderNewId).
PrelabelSet labelModelPrelabelSet(const RuleVotes &votes, const LabelModelResult &fit,
                                  int rulesRevision, double minProbability);

} // namespace concord
