// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/datasetsplit.h"

#include "core/agreement/splitmix64.h"
#include "core/util/translation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace concord {

namespace {

// The groups of the candidates and the strata, numbered: what the placement works on.
struct GroupedCandidates
{
    QStringList strata;                          // sorted, the unlabeled stratum included if used
    std::vector<std::vector<int>> stratumOfItem; // per item, its strata's indexes
    std::vector<std::vector<int>> itemsOfGroup;
    std::vector<std::map<int, int>> stratumItemsOfGroup; // per group: stratum -> its items
};

GroupedCandidates groupCandidates(const std::vector<SplitCandidate> &candidates)
{
    GroupedCandidates grouped;
    QSet<QString> names;
    for (const SplitCandidate &candidate : candidates) {
        if (candidate.strata.isEmpty())
            names.insert(unlabeledStratum());
        for (const QString &stratum : candidate.strata)
            names.insert(stratum);
    }
    grouped.strata = QStringList(names.begin(), names.end());
    grouped.strata.sort();
    QHash<QString, int> stratumIndex;
    for (int i = 0; i < grouped.strata.size(); ++i)
        stratumIndex.insert(grouped.strata[i], i);

    QHash<QString, int> groupIndex;
    for (int item = 0; item < int(candidates.size()); ++item) {
        const SplitCandidate &candidate = candidates[size_t(item)];
        std::vector<int> strata;
        if (candidate.strata.isEmpty())
            strata.push_back(stratumIndex.value(unlabeledStratum()));
        for (const QString &stratum : candidate.strata)
            strata.push_back(stratumIndex.value(stratum));
        std::sort(strata.begin(), strata.end());
        strata.erase(std::unique(strata.begin(), strata.end()), strata.end());

        int group = -1;
        if (!candidate.group.isEmpty())
            group = groupIndex.value(candidate.group, -1);
        if (group < 0) {
            group = int(grouped.itemsOfGroup.size());
            grouped.itemsOfGroup.emplace_back();
            grouped.stratumItemsOfGroup.emplace_back();
            if (!candidate.group.isEmpty())
                groupIndex.insert(candidate.group, group);
        }
        grouped.itemsOfGroup[size_t(group)].push_back(item);
        for (int stratum : strata)
            ++grouped.stratumItemsOfGroup[size_t(group)][stratum];
        grouped.stratumOfItem.push_back(std::move(strata));
    }
    return grouped;
}

} // namespace

QString unlabeledStratum()
{
    return QStringLiteral("(unlabeled)");
}

QString splitSpecProblem(const SplitSpec &spec)
{
    if (spec.names.isEmpty())
        return concord::tr("no splits were asked for");
    if (spec.names.size() != qsizetype(spec.ratios.size()))
        return concord::tr("%1 split names for %n ratio(s)", nullptr, int(spec.ratios.size()))
            .arg(spec.names.size());
    QSet<QString> seen;
    for (const QString &name : spec.names) {
        if (name.trimmed().isEmpty())
            return concord::tr("a split name is empty");
        if (seen.contains(name))
            return concord::tr("the split name \"%1\" is given twice").arg(name);
        seen.insert(name);
    }
    double sum = 0;
    for (double ratio : spec.ratios) {
        if (!std::isfinite(ratio) || ratio < 0)
            return concord::tr("a ratio must be a number of at least 0, not %1").arg(ratio);
        sum += ratio;
    }
    if (std::abs(sum - 1.0) > 1e-6)
        return concord::tr("the ratios add up to %1, not 1").arg(sum);
    if (!(spec.tolerance >= 0 && spec.tolerance < 1))
        return concord::tr("the tolerance must be at least 0 and below 1");
    return {};
}

SplitOutcome splitDataset(const std::vector<SplitCandidate> &candidates, const SplitSpec &spec)
{
    const GroupedCandidates grouped = groupCandidates(candidates);
    const int splitCount = int(spec.names.size());
    const int stratumCount = int(grouped.strata.size());
    const int groupCount = int(grouped.itemsOfGroup.size());

    // What each split still lacks: of each stratum, and of items (Sechidis et al. 2011, the
    // "desired number of examples"); both go negative once a split holds more than its share.
    auto unplaced = std::vector<int>(size_t(stratumCount), 0);
    for (const std::map<int, int> &counts : grouped.stratumItemsOfGroup) {
        for (const auto &[stratum, items] : counts)
            unplaced[size_t(stratum)] += items;
    }
    auto lacking = std::vector<std::vector<double>>(size_t(stratumCount));
    for (int stratum = 0; stratum < stratumCount; ++stratum) {
        for (double ratio : spec.ratios)
            lacking[size_t(stratum)].push_back(ratio * unplaced[size_t(stratum)]);
    }
    std::vector<double> lackingItems;
    for (double ratio : spec.ratios)
        lackingItems.push_back(ratio * double(candidates.size()));

    // Ties are broken by a seeded shuffle of the groups and a seeded draw among equal splits,
    // so a seed gives one split and different seeds explore different ones.
    SplitMix64 random(spec.seed);
    auto order = std::vector<int>(size_t(groupCount));
    std::iota(order.begin(), order.end(), 0);
    for (int i = groupCount - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(random.below(quint64(i) + 1))]);

    auto splitOfGroup = std::vector<int>(size_t(groupCount), -1);
    int placed = 0;
    while (placed < groupCount) {
        // The rarest stratum still unplaced: its few groups go first, while every split still
        // lacks it, so they are not left over for whichever split has room at the end.
        int stratum = -1;
        for (int s = 0; s < stratumCount; ++s) {
            if (unplaced[size_t(s)] > 0 &&
                (stratum < 0 || unplaced[size_t(s)] < unplaced[size_t(stratum)]))
                stratum = s;
        }
        std::vector<int> groups;
        for (int group : order) {
            if (splitOfGroup[size_t(group)] < 0 &&
                grouped.stratumItemsOfGroup[size_t(group)].count(stratum))
                groups.push_back(group);
        }
        // Large groups first, while there is room for them; small ones then even out.
        std::stable_sort(groups.begin(), groups.end(), [&](int a, int b) {
            return grouped.stratumItemsOfGroup[size_t(a)].at(stratum) >
                   grouped.stratumItemsOfGroup[size_t(b)].at(stratum);
        });
        for (int group : groups) {
            // How much a split wants the group: what it lacks of the stratum being placed, less
            // what the group's other strata would put in it beyond their own lack. Without the
            // second part a patient with seven normal images and one effusion goes wherever
            // effusion is most lacking, however full of normal images that split already is.
            const auto want = [&](int split) {
                double overflow = 0;
                for (const auto &[s, items] : grouped.stratumItemsOfGroup[size_t(group)]) {
                    if (s != stratum)
                        overflow +=
                            std::max(0.0, items - std::max(lacking[size_t(s)][size_t(split)], 0.0));
                }
                return lacking[size_t(stratum)][size_t(split)] - overflow;
            };
            std::vector<int> best;
            for (int split = 0; split < splitCount; ++split) {
                if (spec.ratios[size_t(split)] <= 0)
                    continue;
                if (best.empty()) {
                    best.push_back(split);
                    continue;
                }
                const int leader = best.front();
                const double lack = want(split);
                const double leaderLack = want(leader);
                if (lack > leaderLack + 1e-9 ||
                    (std::abs(lack - leaderLack) <= 1e-9 &&
                     lackingItems[size_t(split)] > lackingItems[size_t(leader)] + 1e-9)) {
                    best.assign(1, split);
                } else if (std::abs(lack - leaderLack) <= 1e-9 &&
                           std::abs(lackingItems[size_t(split)] - lackingItems[size_t(leader)]) <=
                               1e-9) {
                    best.push_back(split);
                }
            }
            const int split = best[size_t(random.below(quint64(best.size())))];
            splitOfGroup[size_t(group)] = split;
            ++placed;
            for (const auto &[s, items] : grouped.stratumItemsOfGroup[size_t(group)]) {
                lacking[size_t(s)][size_t(split)] -= items;
                unplaced[size_t(s)] -= items;
            }
            lackingItems[size_t(split)] -= double(grouped.itemsOfGroup[size_t(group)].size());
        }
    }

    std::vector<int> splitOfItem(candidates.size(), 0);
    for (int group = 0; group < groupCount; ++group) {
        for (int item : grouped.itemsOfGroup[size_t(group)])
            splitOfItem[size_t(item)] = splitOfGroup[size_t(group)];
    }
    return describeSplit(candidates, spec, std::move(splitOfItem));
}

SplitOutcome describeSplit(const std::vector<SplitCandidate> &candidates, const SplitSpec &spec,
                           std::vector<int> splitOfItem)
{
    const GroupedCandidates grouped = groupCandidates(candidates);
    SplitOutcome outcome;
    outcome.itemCount = int(candidates.size());
    outcome.groupCount = int(grouped.itemsOfGroup.size());
    for (qsizetype split = 0; split < spec.names.size(); ++split)
        outcome.splits.push_back({spec.names[split], spec.ratios[size_t(split)], 0, 0, 0, {}});
    for (int item = 0; item < outcome.itemCount; ++item) {
        SplitShare &share = outcome.splits[size_t(splitOfItem[size_t(item)])];
        ++share.items;
        for (int stratum : grouped.stratumOfItem[size_t(item)]) {
            ++share.stratumItems[grouped.strata[stratum]];
            ++outcome.stratumItems[grouped.strata[stratum]];
        }
    }
    for (const std::vector<int> &items : grouped.itemsOfGroup)
        ++outcome.splits[size_t(splitOfItem[size_t(items.front())])].groups;

    const double total = std::max(outcome.itemCount, 1);
    // Whole items cannot be divided: a share one item away from its ratio is never skewed.
    const double allowed = std::max(spec.tolerance, 1.0 / total) + 1e-9;
    QStringList shares;
    for (SplitShare &share : outcome.splits) {
        share.achieved = share.items / total;
        shares << concord::tr("%1 %2% (asked %3%)")
                      .arg(share.name)
                      .arg(share.achieved * 100, 0, 'f', 1)
                      .arg(share.requested * 100, 0, 'f', 1);
        if (outcome.itemCount > 0 && ((share.requested > 0 && share.items == 0) ||
                                      std::abs(share.achieved - share.requested) > allowed))
            outcome.skewed = true;
        if (share.items == 0)
            continue;
        for (const auto &[stratum, items] : outcome.stratumItems) {
            const double whole = items / total;
            const auto found = share.stratumItems.find(stratum);
            const double here =
                (found == share.stratumItems.end() ? 0 : found->second) / double(share.items);
            if (std::abs(here - whole) > outcome.maxDeviation) {
                outcome.maxDeviation = std::abs(here - whole);
                outcome.maxDeviationStratum = stratum;
                outcome.maxDeviationSplit = share.name;
            }
        }
    }
    if (outcome.skewed) {
        const int asked = int(std::count_if(spec.ratios.begin(), spec.ratios.end(),
                                            [](double ratio) { return ratio > 0; }));
        outcome.skewExplanation =
            outcome.groupCount < asked
                ? concord::tr("%1 splits need at least %1 groups, and the items form %n group(s); "
                              "the shares are %2",
                              nullptr, outcome.groupCount)
                      .arg(asked)
                      .arg(shares.join(QStringLiteral(", ")))
                : concord::tr("whole groups cannot meet the ratios within %1 percentage points: "
                              "the shares are %2")
                      .arg(allowed * 100, 0, 'f', 1)
                      .arg(shares.join(QStringLiteral(", ")));
    }
    outcome.splitOfItem = std::move(splitOfItem);
    return outcome;
}

std::vector<int> randomGroupAssignment(const std::vector<SplitCandidate> &candidates,
                                       const SplitSpec &spec)
{
    const GroupedCandidates grouped = groupCandidates(candidates);
    SplitMix64 random(spec.seed);
    std::vector<int> splitOfItem(candidates.size(), 0);
    for (const std::vector<int> &items : grouped.itemsOfGroup) {
        const double draw = double(random.next() >> 11) / double(quint64(1) << 53);
        int split = 0;
        double cumulative = spec.ratios.front();
        while (draw >= cumulative && split + 1 < int(spec.ratios.size()))
            cumulative += spec.ratios[size_t(++split)];
        for (int item : items)
            splitOfItem[size_t(item)] = split;
    }
    return splitOfItem;
}

std::vector<GroupLeak> findGroupLeaks(const QString &key, const std::vector<QString> &valueOfItem,
                                      const std::vector<int> &splitOfItem,
                                      const QStringList &splitNames)
{
    std::map<QString, std::pair<std::set<int>, int>> splitsOfValue;
    for (size_t item = 0; item < valueOfItem.size(); ++item) {
        if (valueOfItem[item].isEmpty())
            continue;
        auto &[splits, items] = splitsOfValue[valueOfItem[item]];
        splits.insert(splitOfItem[item]);
        ++items;
    }
    std::vector<GroupLeak> leaks;
    for (const auto &[value, found] : splitsOfValue) {
        if (found.first.size() < 2)
            continue;
        GroupLeak leak{key, value, {}, found.second};
        for (int split : found.first)
            leak.splits << splitNames[split];
        leaks.push_back(std::move(leak));
    }
    return leaks;
}

} // namespace concord
