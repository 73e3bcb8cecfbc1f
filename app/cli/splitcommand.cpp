// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

#include "core/curation/datasetsplit.h"
#include "core/curation/itemkeys.h"
#include "core/curation/itemlabelsets.h"
#include "core/curation/perceptualhash.h"
#include "core/curation/perceptualhashcache.h"
#include "core/curation/splitrecords.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <optional>

namespace concord::cli {

namespace {

// What the split was asked for, beyond SplitSpec.
struct SplitOptions
{
    SplitSpec spec;
    QString groupKey;
    QString stratifyBy = QStringLiteral("label");
    bool nearDuplicates = false;
    int hashDistance = NearDuplicateMaxDistance;
};

// What was found besides the placement: leaks and the items that could not be hashed.
struct SplitLeaks
{
    std::vector<GroupLeak> groups;
    std::vector<NearDuplicatePair> nearDuplicates;
    std::vector<std::pair<int, QString>> unhashed; // item index, why
};

QStringList defaultSplitNames(int count)
{
    if (count == 2)
        return {QStringLiteral("train"), QStringLiteral("test")};
    if (count == 3)
        return {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")};
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names << QStringLiteral("split%1").arg(i);
    return names;
}

std::optional<std::vector<double>> parseRatios(const QString &text)
{
    std::vector<double> ratios;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const double ratio = part.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        ratios.push_back(ratio);
    }
    return ratios;
}

Json stratumCounts(const std::map<QString, int> &counts, double total)
{
    Json object = Json::object();
    for (const auto &[stratum, items] : counts)
        object[toStd(stratum)] = total > 0 ? items / total : 0.0;
    return object;
}

Json countsJson(const std::map<QString, int> &counts)
{
    Json object = Json::object();
    for (const auto &[stratum, items] : counts)
        object[toStd(stratum)] = items;
    return object;
}

Json reportJson(const std::vector<Item> &items, const SplitOptions &options,
                const SplitOutcome &outcome, const SplitLeaks &leaks, LabelSetSource labelSource,
                int itemsWithoutGroup, std::optional<int> version)
{
    Json splits = Json::array();
    for (const SplitShare &share : outcome.splits) {
        splits.push_back({{"name", toStd(share.name)},
                          {"requested", share.requested},
                          {"achieved", share.achieved},
                          {"items", share.items},
                          {"groups", share.groups},
                          {"counts", countsJson(share.stratumItems)},
                          {"proportions", stratumCounts(share.stratumItems, share.items)}});
    }
    Json groupLeaks = Json::array();
    for (const GroupLeak &leak : leaks.groups) {
        groupLeaks.push_back({{"key", toStd(leak.key)},
                              {"value", toStd(leak.value)},
                              {"splits", stringsToJson(leak.splits)},
                              {"items", leak.items}});
    }
    Json nearDuplicates = Json::array();
    for (const NearDuplicatePair &pair : leaks.nearDuplicates) {
        const Item &a = items[size_t(pair.first)];
        const Item &b = items[size_t(pair.second)];
        nearDuplicates.push_back(
            {{"items", {toStd(a.id), toStd(b.id)}},
             {"files", {toStd(a.path), toStd(b.path)}},
             {"splits",
              {toStd(options.spec.names[outcome.splitOfItem[size_t(pair.first)]]),
               toStd(options.spec.names[outcome.splitOfItem[size_t(pair.second)]])}},
             {"distance", pair.distance}});
    }
    Json unhashed = Json::array();
    for (const auto &[index, why] : leaks.unhashed)
        unhashed.push_back({{"item", toStd(items[size_t(index)].id)}, {"error", toStd(why)}});
    return {{"version", version ? Json(*version) : Json(nullptr)},
            {"seed", options.spec.seed},
            {"group_key", toStd(options.groupKey)},
            {"stratified_by", toStd(options.stratifyBy)},
            {"labels_from", labelSource == LabelSetSource::Truth ? "truth" : "all_work"},
            {"items", outcome.itemCount},
            {"groups", outcome.groupCount},
            {"items_without_group", itemsWithoutGroup},
            {"splits", std::move(splits)},
            {"whole",
             {{"counts", countsJson(outcome.stratumItems)},
              {"proportions", stratumCounts(outcome.stratumItems, outcome.itemCount)}}},
            {"max_deviation",
             {{"value", outcome.maxDeviation},
              {"stratum", toStd(outcome.maxDeviationStratum)},
              {"split", toStd(outcome.maxDeviationSplit)}}},
            {"skewed", outcome.skewed},
            {"skew", toStd(outcome.skewExplanation)},
            {"leaks",
             {{"groups", std::move(groupLeaks)},
              {"near_duplicates", std::move(nearDuplicates)},
              {"near_duplicates_checked", options.nearDuplicates},
              {"hash_max_distance", options.hashDistance},
              {"unhashed", std::move(unhashed)}}}};
}

void printSummary(const SplitOptions &options, const SplitOutcome &outcome, const SplitLeaks &leaks,
                  const std::vector<Item> &items)
{
    QTextStream &out = standardOutput();
    for (const SplitShare &share : outcome.splits) {
        out << concord::tr("%1: %n item(s)", nullptr, share.items).arg(share.name, -8)
            << concord::tr(", %n group(s), %1% of the items (asked %2%)\n", nullptr, share.groups)
                   .arg(share.achieved * 100, 0, 'f', 1)
                   .arg(share.requested * 100, 0, 'f', 1);
    }
    if (!outcome.maxDeviationStratum.isEmpty())
        out << concord::tr("largest deviation from the whole: %1 percentage points (%2 in %3)\n")
                   .arg(outcome.maxDeviation * 100, 0, 'f', 1)
                   .arg(outcome.maxDeviationStratum, outcome.maxDeviationSplit);
    for (const GroupLeak &leak : leaks.groups)
        out << concord::tr("leak: %1 \"%2\" is in %3 (%n item(s))\n", nullptr, leak.items)
                   .arg(leak.key, leak.value, leak.splits.join(QStringLiteral(", ")));
    for (const NearDuplicatePair &pair : leaks.nearDuplicates)
        out << concord::tr("leak: near-duplicate images %1 (%2) and %3 (%4), %5 bits apart\n")
                   .arg(items[size_t(pair.first)].path,
                        options.spec.names[outcome.splitOfItem[size_t(pair.first)]],
                        items[size_t(pair.second)].path,
                        options.spec.names[outcome.splitOfItem[size_t(pair.second)]])
                   .arg(pair.distance);
    for (const auto &[index, why] : leaks.unhashed)
        standardError() << concord::tr("warning: %1 not compared for near-duplicates: %2\n")
                               .arg(items[size_t(index)].path, why);
}

SplitLeaks findLeaks(const Workspace &workspace, const ItemKeyMap &keys,
                     const SplitOptions &options, const SplitOutcome &outcome)
{
    const std::vector<Item> &items = workspace.items().items();
    SplitLeaks leaks;
    // The grouping key is checked although the split keeps its groups whole by construction;
    // the patient too, when items are grouped by something finer (study, series).
    QStringList leakKeys;
    if (!options.groupKey.isEmpty())
        leakKeys << options.groupKey;
    if (options.groupKey != QLatin1String("patient"))
        leakKeys << QStringLiteral("patient");
    for (const QString &key : leakKeys) {
        std::vector<QString> values;
        values.reserve(items.size());
        for (const Item &item : items)
            values.push_back(itemKeyValue(item, keys, key));
        const std::vector<GroupLeak> found =
            findGroupLeaks(key, values, outcome.splitOfItem, options.spec.names);
        leaks.groups.insert(leaks.groups.end(), found.begin(), found.end());
    }
    if (!options.nearDuplicates)
        return leaks;
    const ItemHashes hashes = hashItems(workspace.folder(), items);
    for (const auto &[index, error] : hashes.unhashed)
        leaks.unhashed.emplace_back(index, error.toString());
    if (hashes.cacheProblem)
        standardError() << concord::tr("warning: the hashes were not cached: %1\n")
                               .arg(hashes.cacheProblem->toString());
    leaks.nearDuplicates = findNearDuplicatesAcrossSplits(hashes.hashOfItem, outcome.splitOfItem,
                                                          options.hashDistance);
    return leaks;
}

} // namespace

int runSplitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Assign every item to a split (train, validation, test, ...): whole groups only, label "
        "proportions kept close to the whole, the same split for the same seed; leaks are "
        "reported. The split is recorded in the project's splits.json as a new version."));
    addProjectArgument(parser);
    const QCommandLineOption ratios(QStringLiteral("ratios"),
                                    concord::tr("The share of each split, e.g. 0.7,0.15,0.15."),
                                    QStringLiteral("ratios"));
    const QCommandLineOption names(
        QStringLiteral("names"),
        concord::tr("The splits' names (default train,val,test for three, train,test for two)."),
        QStringLiteral("names"));
    const QCommandLineOption group(
        QStringLiteral("group"),
        concord::tr("The key whose items stay together: patient, study, series, group (the "
                    "folder), or a key from a metadata CSV. Without it every item is its own "
                    "group."),
        QStringLiteral("key"));
    const QCommandLineOption stratify(
        QStringLiteral("stratify"),
        concord::tr("label (the items' accepted labels; the default) or a key to balance."),
        QStringLiteral("label|key"), QStringLiteral("label"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  concord::tr("The seed; the same seed gives the same split."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption tolerance(
        QStringLiteral("tolerance"),
        concord::tr("How far a split's share may stray from its ratio (default 0.05) before "
                    "the split is refused."),
        QStringLiteral("share"), QStringLiteral("0.05"));
    const QCommandLineOption allowSkew(
        QStringLiteral("allow-skew"),
        concord::tr("Record a split whose shares stray past the tolerance instead of refusing."));
    const QCommandLineOption nearDuplicates(
        QStringLiteral("near-duplicates"),
        concord::tr("Decode every image and report near-duplicates in different splits."));
    const QCommandLineOption hashDistance(
        QStringLiteral("hash-distance"),
        concord::tr("Near-duplicates differ in at most this many of 64 hash bits (default %1).")
            .arg(NearDuplicateMaxDistance),
        QStringLiteral("bits"), QString::number(NearDuplicateMaxDistance));
    const QCommandLineOption as(
        QStringLiteral("as"),
        concord::tr("Who makes the split (an annotator id); by default the login name."),
        QStringLiteral("annotator"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    concord::tr("Show the split without recording it."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOptions({ratios, names, group, stratify, seed, tolerance, allowSkew, nearDuplicates,
                       hashDistance, as, dryRun, json, allowDamaged});
    if (auto exit = parseArguments(parser, QStringLiteral("split"), arguments, 1, 1))
        return *exit;

    SplitOptions options;
    if (!parser.isSet(ratios))
        return failWith(concord::tr("--ratios is required, e.g. --ratios 0.7,0.15,0.15"));
    const std::optional<std::vector<double>> parsedRatios = parseRatios(parser.value(ratios));
    if (!parsedRatios)
        return failWith(concord::tr("--ratios takes numbers separated by commas, not \"%1\"")
                            .arg(parser.value(ratios)));
    options.spec.ratios = *parsedRatios;
    options.spec.names = parser.isSet(names) ? parser.value(names).split(QLatin1Char(','))
                                             : defaultSplitNames(int(options.spec.ratios.size()));
    for (QString &name : options.spec.names)
        name = name.trimmed();
    bool ok = false;
    options.spec.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return failWith(concord::tr("--seed takes a whole number from 0 to 2^64 - 1"));
    options.spec.tolerance = parser.value(tolerance).toDouble(&ok);
    if (!ok)
        return failWith(concord::tr("--tolerance takes a number, such as 0.05"));
    options.hashDistance = parser.value(hashDistance).toInt(&ok);
    if (!ok || options.hashDistance < 0 || options.hashDistance > 64)
        return failWith(concord::tr("--hash-distance takes a number of bits from 0 to 64"));
    if (const QString problem = splitSpecProblem(options.spec); !problem.isEmpty())
        return failWith(problem);
    options.groupKey = parser.value(group).trimmed();
    options.stratifyBy = parser.value(stratify).trimmed();
    options.nearDuplicates = parser.isSet(nearDuplicates);

    OpenedProject opened =
        openProjectForCommand(parser.positionalArguments().first(), parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    const Workspace &workspace = *opened.workspace;
    const std::vector<Item> &items = workspace.items().items();
    if (items.empty())
        return failWith(concord::tr("%1: the project has no items to split")
                            .arg(workspace.folder().itemsFile()));
    Expected<ItemKeyMap> keys = readItemKeys(workspace.folder());
    if (!keys)
        return failWith(keys.error().toString());
    const QStringList knownKeys = knownItemKeys(items, *keys);
    for (const QString &key : {options.groupKey, options.stratifyBy}) {
        if (!key.isEmpty() && key != QLatin1String("label") && !knownKeys.contains(key))
            return failWith(concord::tr("no item has the key \"%1\"; the items have: %2")
                                .arg(key, knownKeys.join(QStringLiteral(", "))));
    }
    if (!parser.value(as).isEmpty() && !workspace.project().findAnnotator(parser.value(as)))
        return failWith(concord::tr("%1: unknown annotator \"%2\"")
                            .arg(workspace.folder().projectFile(), parser.value(as)));

    const bool byLabel = options.stratifyBy == QLatin1String("label");
    const ItemLabelSets labels = byLabel ? itemLabelSets(workspace.project(), workspace.items(),
                                                         WorkspaceInternals::store(workspace))
                                         : ItemLabelSets{};
    std::vector<SplitCandidate> candidates;
    int itemsWithoutGroup = 0;
    for (size_t index = 0; index < items.size(); ++index) {
        SplitCandidate candidate;
        if (!options.groupKey.isEmpty()) {
            candidate.group = itemKeyValue(items[index], *keys, options.groupKey);
            itemsWithoutGroup += candidate.group.isEmpty() ? 1 : 0;
        }
        if (byLabel) {
            candidate.strata = labels.labelsOfItem[index];
        } else if (const QString value = itemKeyValue(items[index], *keys, options.stratifyBy);
                   !value.isEmpty()) {
            candidate.strata << value;
        }
        candidates.push_back(std::move(candidate));
    }
    const SplitOutcome outcome = splitDataset(candidates, options.spec);
    if (outcome.skewed && !parser.isSet(allowSkew))
        return failWith(concord::tr("the split is refused: %1. Give more groups, other ratios, "
                                    "or --allow-skew to record it as it is.")
                            .arg(outcome.skewExplanation));
    const SplitLeaks leaks = findLeaks(workspace, *keys, options, outcome);

    std::optional<int> version;
    if (!parser.isSet(dryRun)) {
        RecordedSplit split;
        split.createdBy = parser.value(as);
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
            if (split.createdBy.isEmpty())
                split.createdBy = qEnvironmentVariable(variable);
        }
        if (split.createdBy.isEmpty())
            split.createdBy = QStringLiteral("unknown");
        split.names = options.spec.names;
        split.ratios = options.spec.ratios;
        split.groupKey = options.groupKey;
        split.stratifiedBy = options.stratifyBy;
        split.seed = options.spec.seed;
        for (size_t index = 0; index < items.size(); ++index)
            split.splitOfItem[items[index].id] = options.spec.names[outcome.splitOfItem[index]];
        Expected<RecordedSplit> recorded = recordSplit(workspace.folder(), std::move(split));
        if (!recorded)
            return failWith(recorded.error().toString());
        version = recorded->version;
    }

    if (parser.isSet(json)) {
        Json assignment = Json::array();
        for (size_t index = 0; index < items.size(); ++index) {
            assignment.push_back(
                {{"item", toStd(items[index].id)},
                 {"file", toStd(items[index].path)},
                 {"split", toStd(options.spec.names[outcome.splitOfItem[index]])}});
        }
        const Json document{{"items", std::move(assignment)},
                            {"report", reportJson(items, options, outcome, leaks, labels.source,
                                                  itemsWithoutGroup, version)}};
        standardOutput() << QString::fromStdString(document.dump(1)) << '\n';
        return ExitOk;
    }
    if (byLabel)
        standardOutput() << (labels.source == LabelSetSource::Truth
                                 ? concord::tr("Stratified by the accepted labels (truth)\n")
                                 : concord::tr("Stratified by every reader's labels (the project "
                                               "has no quality policy)\n"));
    if (itemsWithoutGroup > 0)
        standardError() << concord::tr("warning: %n item(s) without the key \"%1\" each form a "
                                       "group of their own\n",
                                       nullptr, itemsWithoutGroup)
                               .arg(options.groupKey);
    if (outcome.skewed)
        standardError() << concord::tr("warning: %1\n").arg(outcome.skewExplanation);
    printSummary(options, outcome, leaks, items);
    if (version)
        standardOutput() << concord::tr("Recorded as version %1 in %2\n")
                                .arg(*version)
                                .arg(splitsFile(workspace.folder()));
    return ExitOk;
}

} // namespace concord::cli
