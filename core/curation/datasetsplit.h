// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace concord {

// One item to place in a split, as plain data: the algorithm knows nothing of projects.
struct SplitCandidate
{
    QString group;      // items with the same non-empty group always share a split; empty: alone
    QStringList strata; // the item's labels (or key value); empty: the "unlabeled" stratum
};

// What to split into.
struct SplitSpec
{
    QStringList names;          // one per split, e.g. train, val, test
    std::vector<double> ratios; // one per split, each >= 0, summing to 1
    quint64 seed = 0;
    // How far a split's share of the items may stray from its ratio (in shares, 0.05 = five
    // percentage points) before the split counts as skewed; never less than one item's share.
    double tolerance = 0.05;
};

// Why `spec` cannot be used (names and ratios differ in number, a name is empty or repeated, a
// ratio is negative or not finite, the ratios do not sum to 1), or empty when it can.
QString splitSpecProblem(const SplitSpec &spec);

// The stratum name of items without labels.
QString unlabeledStratum();

struct SplitShare
{
    QString name;
    double requested = 0;
    double achieved = 0;
    int items = 0;
    int groups = 0;
    std::map<QString, int> stratumItems; // items of each stratum in this split
};

struct SplitOutcome
{
    std::vector<int> splitOfItem; // per candidate: an index into SplitSpec::names
    std::vector<SplitShare> splits;
    std::map<QString, int> stratumItems; // over all items
    int itemCount = 0;
    int groupCount = 0;
    // The largest |proportion of a stratum in a split - its proportion in the whole|, over the
    // non-empty splits, and where it occurs.
    double maxDeviation = 0;
    QString maxDeviationStratum;
    QString maxDeviationSplit;
    // Whether a split's share strays past the tolerance (or a split with a ratio got nothing),
    // and why, in words naming the shares.
    bool skewed = false;
    QString skewExplanation;
};

// Places every candidate in a split (docs/curation.md, "The split"): whole groups only, by
// iterative stratification (Sechidis, Tsoumakas & Vlahavas 2011) over groups: the stratum with
// the fewest unplaced items first, each of its groups (largest first) into the split that most
// lacks that stratum. Deterministic for a seed, on every platform. `spec` must be valid
// (splitSpecProblem).
SplitOutcome splitDataset(const std::vector<SplitCandidate> &candidates, const SplitSpec &spec);

// The same report for a given assignment (a baseline, or a split recorded before).
SplitOutcome describeSplit(const std::vector<SplitCandidate> &candidates, const SplitSpec &spec,
                           std::vector<int> splitOfItem);

// Each group in a random split drawn with the ratios as probabilities: the baseline the
// stratified split is measured against in tests.
std::vector<int> randomGroupAssignment(const std::vector<SplitCandidate> &candidates,
                                       const SplitSpec &spec);

// A value of a key shared by items in more than one split.
struct GroupLeak
{
    QString key;
    QString value;
    QStringList splits;
    int items = 0;
};

// Every value of `valueOfItem` (empty values ignored) whose items lie in more than one split.
std::vector<GroupLeak> findGroupLeaks(const QString &key, const std::vector<QString> &valueOfItem,
                                      const std::vector<int> &splitOfItem,
                                      const QStringList &splitNames);

} // namespace concord
