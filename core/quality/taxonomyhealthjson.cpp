// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/taxonomyhealthjson.h"

#include "core/quality/qualityreport.h"

namespace concord {

namespace {

Json catchAllRowToJson(const CatchAllShare &row)
{
    Json out = proportionToJson(row.share);
    if (!row.readerId.isEmpty())
        out["reader"] = toStd(row.readerId);
    if (!row.week.isEmpty())
        out["week"] = toStd(row.week);
    return out;
}

} // namespace

Json taxonomyHealthToJson(const TaxonomyHealth &health, const Project &project,
                          const ItemList &items)
{
    const Taxonomy &taxonomy = project.taxonomy;
    const auto path = [&](int id) { return toStd(taxonomy.pathOf(id)); };
    Json confusable = Json::array();
    for (const ConfusablePair &pair : health.confusable) {
        Json instances = Json::array();
        for (const ConfusionInstance &instance : pair.instances) {
            const Item *item = items.find(instance.itemId);
            instances.push_back({{"item", toStd(instance.itemId)},
                                 {"file", item ? toStd(item->path) : std::string()},
                                 {"reader_a", toStd(instance.readerA)},
                                 {"reader_b", toStd(instance.readerB)}});
        }
        confusable.push_back({{"a", path(pair.labelA)},
                              {"b", path(pair.labelB)},
                              {"kind", toStd(confusionKindKey(pair.kind))},
                              {"rate", pair.rate},
                              {"expected", pair.expected},
                              {"ratio", pair.ratio()},
                              {"low", pair.lower},
                              {"high", pair.upper},
                              {"flagged", pair.flagged},
                              {"items", pair.itemIds.size()},
                              {"confusions", pair.confusions},
                              {"comparisons", pair.comparisons},
                              {"split_items", pair.splitItems},
                              {"where", instances}});
    }
    const Json warnings = jsonArrayOf(health.warnings, [&](const TaxonomyWarning &warning) {
        return Json{
            {"label", warning.labelIds.empty() ? std::string() : path(warning.labelIds.front())},
            {"labels", jsonArrayOf(warning.labelIds, path)},
            {"kind", toStd(taxonomyWarningKindKey(warning.kind))},
            {"message", toStd(warning.message)}};
    });
    const Json catchAllLabels = jsonArrayOf(health.catchAllLabelIds, path);
    const Json byReader = jsonArrayOf(health.catchAllByReader, catchAllRowToJson);
    const Json byWeek = jsonArrayOf(health.catchAllByWeek, catchAllRowToJson);
    const Json terms = jsonArrayOf(health.recurringTerms, [](const RecurringTerm &term) {
        return Json{{"term", toStd(term.term)},
                    {"items", term.items},
                    {"item_ids", stringsToJson(term.itemIds)}};
    });
    return {
        {"format", "concord-taxonomy-health"},
        {"readers", health.readers},
        {"compared_items", health.comparedItems},
        {"needs_two_readers", health.needsTwoReaders},
        {"comparisons",
         {{"image-labels", health.comparisons[int(ConfusionKind::ImageLabels)]},
          {"boxes", health.comparisons[int(ConfusionKind::Boxes)]},
          {"regions", health.comparisons[int(ConfusionKind::Regions)]}}},
        {"confusable", confusable},
        {"split_items", health.splitItems},
        {"uncovered",
         {{"skipped", health.skippedItemIds.size()},
          {"unlabeled", health.unlabeledItemIds.size()},
          {"skipped_items", stringsToJson(health.skippedItemIds)},
          {"unlabeled_items", stringsToJson(health.unlabeledItemIds)}}},
        {"catch_all", {{"labels", catchAllLabels}, {"by_reader", byReader}, {"by_week", byWeek}}},
        {"recurring_terms", terms},
        {"warnings", warnings}};
}

} // namespace concord
