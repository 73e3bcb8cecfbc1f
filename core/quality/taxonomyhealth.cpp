// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/taxonomyhealth.h"

#include "core/agreement/agreementresult.h"
#include "core/geometry/boxmatching.h"
#include "core/geometry/hungarianassignment.h"
#include "core/project/itemwork.h"
#include "core/project/labelpixels.h"
#include "core/project/polygonmask.h"
#include "core/project/projectratings.h"
#include "core/quality/noteterms.h"
#include "core/util/isoweek.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace concord {

QString confusionKindKey(ConfusionKind kind)
{
    switch (kind) {
    case ConfusionKind::ImageLabels: return QStringLiteral("image-labels");
    case ConfusionKind::Boxes: return QStringLiteral("boxes");
    case ConfusionKind::Regions: return QStringLiteral("regions");
    }
    return {};
}

namespace {

constexpr int KindCount = 3;
constexpr double MatchThreshold = 0.5;

// One unordered pair of labels, smaller id first.
using LabelPair = std::pair<int, int>;
LabelPair pairOf(int a, int b)
{
    return a < b ? LabelPair{a, b} : LabelPair{b, a};
}

struct PairTally
{
    qint64 confusions = 0;
    double squares = 0;       // sum over items of x_i²
    double crossWithSize = 0; // sum over items of x_i n_i
    QStringList itemIds;
    std::vector<ConfusionInstance> instances;
    int splitItems = 0;
};

// The confusions of one kind over the project, and the labels' pooled shares among the answers
// compared, from which the chance rates follow.
struct KindTally
{
    qint64 comparisons = 0;
    double sizeSquares = 0; // sum over items of n_i²
    qint64 clusters = 0;    // items with at least one comparison
    std::map<LabelPair, PairTally> pairs;
    // Answers weighted by how many comparisons they enter: the share of answers with a label,
    // and with both labels of a pair (multi-label image labels only).
    double answerWeight = 0;
    std::map<int, double> labelWeight;
    std::map<LabelPair, double> bothWeight;

    // One item's confusions, before they join the totals.
    struct ItemCounts
    {
        qint64 comparisons = 0;
        std::map<LabelPair, qint64> confusions;
        std::map<LabelPair, ConfusionInstance> firstInstance;
    };

    void addAnswer(const std::vector<int> &labels, double weight)
    {
        answerWeight += weight;
        for (size_t i = 0; i < labels.size(); ++i) {
            labelWeight[labels[i]] += weight;
            for (size_t j = i + 1; j < labels.size(); ++j)
                bothWeight[pairOf(labels[i], labels[j])] += weight;
        }
    }

    static void confuse(ItemCounts &item, int labelOfA, const QString &readerA, int labelOfB,
                        const QString &readerB, const QString &itemId)
    {
        const LabelPair key = pairOf(labelOfA, labelOfB);
        ++item.confusions[key];
        if (!item.firstInstance.contains(key)) {
            item.firstInstance[key] = labelOfA == key.first
                                          ? ConfusionInstance{itemId, readerA, readerB}
                                          : ConfusionInstance{itemId, readerB, readerA};
        }
    }

    void addItem(const QString &itemId, ItemCounts &&item)
    {
        if (item.comparisons == 0)
            return;
        const double n = double(item.comparisons);
        comparisons += item.comparisons;
        sizeSquares += n * n;
        ++clusters;
        for (const auto &[key, x] : item.confusions) {
            PairTally &tally = pairs[key];
            tally.confusions += x;
            tally.squares += double(x) * double(x);
            tally.crossWithSize += double(x) * n;
            tally.itemIds.append(itemId);
            tally.instances.push_back(item.firstInstance[key]);
        }
    }

    // The chance rate of {a, b}: one side has a and not b, the other b and not a, each drawn
    // from the pooled answers independently (in either order).
    double chanceRate(int a, int b) const
    {
        if (answerWeight <= 0)
            return 0;
        const auto share = [&](int label) {
            const auto found = labelWeight.find(label);
            return found == labelWeight.end() ? 0.0 : found->second / answerWeight;
        };
        const auto both = bothWeight.find(pairOf(a, b));
        const double together = both == bothWeight.end() ? 0.0 : both->second / answerWeight;
        return 2 * (share(a) - together) * (share(b) - together);
    }

    double totalChanceRate() const
    {
        double total = 0;
        for (auto a = labelWeight.begin(); a != labelWeight.end(); ++a) {
            for (auto b = std::next(a); b != labelWeight.end(); ++b)
                total += chanceRate(a->first, b->first);
        }
        return total;
    }
};

// Wilson's score interval for a rate observed on `n` (possibly fractional) trials.
std::pair<double, double> wilsonBounds(double rate, double n, double z)
{
    if (n <= 0)
        return {0.0, 1.0};
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (rate + z2 / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(rate * (1 - rate) / n + z2 / (4 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

// Readers who submitted the item, with their work, in reader order; adjudicators of the item
// are left out.
struct Answer
{
    QString readerId;
    const ItemWork *work = nullptr;
};

void compareImageLabels(const QString &itemId, const std::vector<Answer> &answers, bool singleLabel,
                        KindTally &tally, std::map<LabelPair, int> &splitByPair, int &splitItems)
{
    if (answers.size() < 2)
        return;
    KindTally::ItemCounts counts;
    const double weight = double(answers.size() - 1); // each answer meets every other once
    for (const Answer &answer : answers)
        tally.addAnswer(answer.work->classLabels.labelIds, weight); // sorted, unique
    for (size_t i = 0; i < answers.size(); ++i) {
        const std::vector<int> &a = answers[i].work->classLabels.labelIds;
        for (size_t j = i + 1; j < answers.size(); ++j) {
            const std::vector<int> &b = answers[j].work->classLabels.labelIds;
            ++counts.comparisons;
            std::vector<int> onlyA, onlyB;
            std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(onlyA));
            std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(onlyB));
            for (int labelA : onlyA) {
                for (int labelB : onlyB)
                    KindTally::confuse(counts, labelA, answers[i].readerId, labelB,
                                       answers[j].readerId, itemId);
            }
        }
    }
    tally.addItem(itemId, std::move(counts));
    if (!singleLabel)
        return;
    // Readers split between exactly two labels, each with one.
    std::set<int> given;
    for (const Answer &answer : answers) {
        if (answer.work->classLabels.labelIds.size() != 1)
            return;
        given.insert(answer.work->classLabels.labelIds.front());
    }
    if (given.size() == 2) {
        ++splitItems;
        ++splitByPair[pairOf(*given.begin(), *given.rbegin())];
    }
}

// Matched shapes of two readers: each match is a comparison, and a match of two labels a
// confusion.
void compareMatched(const QString &itemId, const Answer &first, const Answer &second,
                    const std::vector<std::pair<int, int>> &matchedLabels, KindTally &tally,
                    KindTally::ItemCounts &counts)
{
    for (const auto &[labelA, labelB] : matchedLabels) {
        ++counts.comparisons;
        tally.addAnswer({labelA}, 1);
        tally.addAnswer({labelB}, 1);
        if (labelA != labelB)
            KindTally::confuse(counts, labelA, first.readerId, labelB, second.readerId, itemId);
    }
}

void compareBoxes(const QString &itemId, const std::vector<Answer> &answers, KindTally &tally)
{
    KindTally::ItemCounts counts;
    for (size_t i = 0; i < answers.size(); ++i) {
        const std::vector<BoxAnnotation> &a = answers[i].work->boxes;
        for (size_t j = i + 1; j < answers.size(); ++j) {
            const std::vector<BoxAnnotation> &b = answers[j].work->boxes;
            if (a.empty() || b.empty())
                continue;
            std::vector<std::pair<int, int>> matched;
            for (const BoxMatch &match : matchBoxes(a, b, MatchThreshold).matches)
                matched.emplace_back(a[size_t(match.indexA)].labelId,
                                     b[size_t(match.indexB)].labelId);
            compareMatched(itemId, answers[i], answers[j], matched, tally, counts);
        }
    }
    tally.addItem(itemId, std::move(counts));
}

struct Region
{
    int labelId = 0;
    BinaryMask pixels;
    qint64 area = 0;
};

std::vector<Region> regionsOf(const ItemWork &work, const Item &item)
{
    const cv::Size size = polygonRasterSize(item);
    std::vector<Region> regions;
    for (const MaskAnnotation &mask : work.masks) {
        const qint64 area = maskArea(mask.mask);
        if (area > 0)
            regions.push_back({mask.labelId, mask.mask, area});
    }
    for (const PolygonAnnotation &polygon : work.polygons) {
        BinaryMask pixels = polygonMask(polygon, size);
        const qint64 area = maskArea(pixels);
        if (area > 0)
            regions.push_back({polygon.labelId, std::move(pixels), area});
    }
    return regions;
}

void compareRegions(const QString &itemId, const Item &item, const std::vector<Answer> &answers,
                    KindTally &tally)
{
    std::vector<std::vector<Region>> regions;
    size_t readersWithRegions = 0;
    for (const Answer &answer : answers) {
        regions.push_back(regionsOf(*answer.work, item));
        readersWithRegions += regions.back().empty() ? 0 : 1;
    }
    if (readersWithRegions < 2)
        return;
    KindTally::ItemCounts counts;
    for (size_t i = 0; i < answers.size(); ++i) {
        for (size_t j = i + 1; j < answers.size(); ++j) {
            const std::vector<Region> &a = regions[i];
            const std::vector<Region> &b = regions[j];
            if (a.empty() || b.empty())
                continue;
            std::vector<double> iou(a.size() * b.size(), 0.0);
            for (size_t r = 0; r < a.size(); ++r) {
                for (size_t c = 0; c < b.size(); ++c) {
                    const qint64 shared = intersectionArea(a[r].pixels, b[c].pixels);
                    const double overlap = double(shared) / double(a[r].area + b[c].area - shared);
                    // Pairs below the threshold weigh nothing, so two weak pairs can never
                    // outweigh one real match in the assignment (as in boxmatching.cpp).
                    iou[r * b.size() + c] = overlap >= MatchThreshold ? overlap : 0.0;
                }
            }
            const std::vector<int> assigned =
                maximumWeightAssignment(iou, int(a.size()), int(b.size()));
            std::vector<std::pair<int, int>> matched;
            for (size_t r = 0; r < assigned.size(); ++r) {
                if (assigned[r] >= 0 && iou[r * b.size() + size_t(assigned[r])] >= MatchThreshold)
                    matched.emplace_back(a[r].labelId, b[size_t(assigned[r])].labelId);
            }
            compareMatched(itemId, answers[i], answers[j], matched, tally, counts);
        }
    }
    tally.addItem(itemId, std::move(counts));
}

// Turns the tallies into pairs with their expected rates and simultaneous intervals.
std::vector<ConfusablePair> confusablePairs(const KindTally (&tallies)[KindCount],
                                            const std::map<LabelPair, int> &splitByPair)
{
    std::vector<ConfusablePair> pairs;
    size_t listed = 0;
    for (const KindTally &tally : tallies)
        listed += tally.pairs.size();
    if (listed == 0)
        return pairs;
    // Bonferroni over every pair listed, two-sided 95 %.
    const double z = normalQuantile(1 - 0.05 / (2 * double(listed)));
    for (int k = 0; k < KindCount; ++k) {
        const KindTally &tally = tallies[k];
        const double n = double(tally.comparisons);
        qint64 observedTotal = 0;
        for (const auto &[key, pair] : tally.pairs)
            observedTotal += pair.confusions;
        const double totalChance = tally.totalChanceRate();
        // Scale chance so that all pairs together disagree as often as observed.
        const double scale = totalChance > 0 ? (double(observedTotal) / n) / totalChance : 0;
        for (const auto &[key, tallied] : tally.pairs) {
            ConfusablePair pair;
            pair.kind = ConfusionKind(k);
            pair.labelA = key.first;
            pair.labelB = key.second;
            pair.confusions = tallied.confusions;
            pair.comparisons = tally.comparisons;
            pair.rate = double(tallied.confusions) / n;
            pair.expected = tally.chanceRate(key.first, key.second) * scale;
            // Design effect of the comparisons clustered in items (ratio-estimator variance).
            double effectiveN = n;
            const double binomial = pair.rate * (1 - pair.rate) / n;
            if (tally.clusters < 2) {
                // One item gives no spread between items: its comparisons share readers and an
                // image, so count them as one observation rather than as independent ones.
                effectiveN = 1;
            } else if (binomial > 0) {
                const double residual = tallied.squares - 2 * pair.rate * tallied.crossWithSize +
                                        pair.rate * pair.rate * tally.sizeSquares;
                const double clustered = double(tally.clusters) / double(tally.clusters - 1) *
                                         std::max(0.0, residual) / (n * n);
                effectiveN = n / std::max(1.0, clustered / binomial);
            }
            std::tie(pair.lower, pair.upper) = wilsonBounds(pair.rate, effectiveN, z);
            pair.flagged = pair.lower > pair.expected;
            pair.itemIds = tallied.itemIds;
            pair.instances = tallied.instances;
            if (pair.kind == ConfusionKind::ImageLabels) {
                const auto split = splitByPair.find(key);
                pair.splitItems = split == splitByPair.end() ? 0 : split->second;
            }
            pairs.push_back(std::move(pair));
        }
    }
    return pairs;
}

} // namespace

void rankConfusablePairs(std::vector<ConfusablePair> &pairs, const Taxonomy &taxonomy)
{
    std::map<int, size_t> order;
    for (const Label &label : taxonomy.labels())
        order.emplace(label.id, order.size());
    const auto position = [&](int id) {
        const auto found = order.find(id);
        return found == order.end() ? order.size() + size_t(id) : found->second;
    };
    for (ConfusablePair &pair : pairs) {
        if (position(pair.labelB) < position(pair.labelA)) {
            std::swap(pair.labelA, pair.labelB);
            for (ConfusionInstance &instance : pair.instances)
                std::swap(instance.readerA, instance.readerB);
        }
    }
    std::stable_sort(
        pairs.begin(), pairs.end(), [&](const ConfusablePair &a, const ConfusablePair &b) {
            const double excessA = a.lower - a.expected;
            const double excessB = b.lower - b.expected;
            if (excessA != excessB)
                return excessA > excessB;
            if (a.confusions != b.confusions)
                return a.confusions > b.confusions;
            return std::make_tuple(int(a.kind), position(a.labelA), position(a.labelB)) <
                   std::make_tuple(int(b.kind), position(b.labelA), position(b.labelB));
        });
}

TaxonomyHealth analyzeTaxonomyHealth(const Project &project, const ItemList &items,
                                     const AnnotationStore &store,
                                     const ReservedShortcuts &reserved)
{
    TaxonomyHealth health;
    const Taxonomy &taxonomy = project.taxonomy;
    const bool singleLabel = project.classificationMode == ClassificationMode::SingleLabel;
    for (const Label &label : taxonomy.labels()) {
        if (isCatchAllLabelName(label.name))
            health.catchAllLabelIds.push_back(label.id);
    }
    const auto isCatchAll = [&](int labelId) {
        return std::find(health.catchAllLabelIds.begin(), health.catchAllLabelIds.end(), labelId) !=
               health.catchAllLabelIds.end();
    };

    // An adjudicator's answer is a copy of a reader's (or their consensus), not a reading.
    QSet<QPair<QString, QString>> adjudicated;
    for (const auto &[annotatorId, work] : store.allWork()) {
        for (const QualityDecision &decision : work.decisions()) {
            if (decision.kind == DecisionKind::Adjudication)
                adjudicated.insert({annotatorId, decision.itemId});
        }
    }

    KindTally tallies[KindCount];
    std::map<LabelPair, int> splitByPair;
    std::map<QString, std::pair<qint64, qint64>> catchAllByReader; // submitted, with catch-all
    std::map<QString, std::pair<qint64, qint64>> catchAllByWeek;
    std::set<QString> readers;
    for (const Item &item : items.items()) {
        std::vector<Answer> answers;
        bool skipped = false;
        for (const auto &[readerId, work] : store.allWork()) {
            const ItemWork *itemWork = work.item(item.id);
            if (!itemWork)
                continue;
            skipped = skipped || itemWork->explicitStatus == ItemStatus::Skipped;
            if (itemWork->explicitStatus != ItemStatus::Done ||
                adjudicated.contains({readerId, item.id}))
                continue;
            answers.push_back({readerId, itemWork});
        }
        if (skipped)
            health.skippedItemIds.append(item.id);
        if (answers.empty())
            continue;
        bool anyLabel = false;
        for (const Answer &answer : answers) {
            readers.insert(answer.readerId);
            const std::vector<int> used = labelIdsUsed(*answer.work);
            anyLabel = anyLabel || !used.empty();
            const bool catchAll = std::any_of(used.begin(), used.end(), isCatchAll);
            const auto count = [&](std::pair<qint64, qint64> &row) {
                ++row.first;
                row.second += catchAll ? 1 : 0;
            };
            count(catchAllByReader[answer.readerId]);
            count(catchAllByWeek[isoWeekOf(answer.work->statusMs).key]);
        }
        if (!anyLabel)
            health.unlabeledItemIds.append(item.id);
        if (answers.size() < 2)
            continue;
        ++health.comparedItems;
        compareImageLabels(item.id, answers, singleLabel, tallies[int(ConfusionKind::ImageLabels)],
                           splitByPair, health.splitItems);
        compareBoxes(item.id, answers, tallies[int(ConfusionKind::Boxes)]);
        compareRegions(item.id, item, answers, tallies[int(ConfusionKind::Regions)]);
    }
    health.readers = int(readers.size());
    health.needsTwoReaders = health.comparedItems == 0;
    for (int k = 0; k < KindCount; ++k)
        health.comparisons[k] = tallies[k].comparisons;
    health.confusable = confusablePairs(tallies, splitByPair);
    rankConfusablePairs(health.confusable, taxonomy);

    // Readers in the order every agreement measure lists them: project order, then anyone else
    // with work.
    for (const QString &reader : candidateCoders(project, store, {})) {
        const auto row = catchAllByReader.find(reader);
        if (row != catchAllByReader.end())
            health.catchAllByReader.push_back(
                {reader, {}, wilsonInterval(row->second.second, row->second.first)});
    }
    for (const auto &[week, row] : catchAllByWeek)
        health.catchAllByWeek.push_back({{}, week, wilsonInterval(row.second, row.first)});
    health.recurringTerms = recurringTerms(project, items, store);

    health.warnings =
        findTaxonomyWarnings(taxonomy, store.usedLabelIds(), reserved, project.guidelineTexts());
    return health;
}

} // namespace concord
