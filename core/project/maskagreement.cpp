// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/maskagreement.h"

#include "core/geometry/overlapmetrics.h"
#include "core/project/labelpixels.h"
#include "core/project/readeritemtable.h"

#include <map>

namespace concord {

namespace {

// One reader's masks on one item after the selection: the union per (mapped) label of its
// mask instances and rasterised polygons.
struct ReaderMasks
{
    bool read = false;
    std::map<int, BinaryMask> byLabel;
};

// `work` is one the selection counts (readerItemTable).
ReaderMasks readerMasks(const Taxonomy &taxonomy, const ItemWork &work, const Item &item,
                        const ProjectRatingSelection &selection, const QSet<int> &labels)
{
    ReaderMasks out;
    auto selected = [&](int labelId, const Provenance &provenance) {
        return passesLabelFilter(taxonomy, labelId, labels) &&
               passesProvenance(provenance, selection);
    };
    auto mapped = [&](int labelId) {
        return selection.taxonomyDepth ? taxonomy.ancestorAtDepth(labelId, *selection.taxonomyDepth)
                                       : labelId;
    };
    out.byLabel = pixelsByLabel(work, item, selected, mapped);
    // A reader who marked the item done drew nothing there on purpose.
    out.read = !out.byLabel.empty() || work.status() == ItemStatus::Done;
    return out;
}

// A mean built one value at a time; empty over no values, never NaN.
class RunningMean
{
public:
    void add(double value)
    {
        m_sum += value;
        ++m_count;
    }
    std::optional<double> value() const
    {
        return m_count > 0 ? std::optional<double>(m_sum / double(m_count)) : std::nullopt;
    }
    qint64 count() const { return m_count; }

private:
    double m_sum = 0;
    qint64 m_count = 0;
};

// Compares two readers' unions of one label on one item, with distances in mm where the item
// records its pixel spacing.
MaskComparison compare(const Item &item, int label, const BinaryMask &a, const BinaryMask &b)
{
    const MaskOverlap overlap = maskOverlap(a, b);
    MaskComparison c{item.id,       label,         overlap.dice, overlap.iou,
                     overlap.areaA, overlap.areaB, std::nullopt, item.pixelSpacing};
    if (overlap.areaA > 0 && overlap.areaB > 0) {
        const PixelSpacing unit{1.0, 1.0, QString()};
        c.hausdorff95 = surfaceDistance(a, b, c.spacing.value_or(unit)).hausdorff95;
    }
    return c;
}

ReaderPairMaskAgreement comparePair(const QString &readerA, const QString &readerB,
                                    const std::vector<ReaderMasks> &a,
                                    const std::vector<ReaderMasks> &b, const ItemList &items)
{
    static const BinaryMask none;
    ReaderPairMaskAgreement pair{readerA, readerB, {}, {}, {}, {}, {}, {}};
    RunningMean dice, iou;
    RunningMean millimetres, pixels; // HD95 per unit: mm and pixels are never averaged together
    for (int i = 0; i < items.size(); ++i) {
        const ReaderMasks &x = a[size_t(i)];
        const ReaderMasks &y = b[size_t(i)];
        if (!x.read || !y.read)
            continue;
        std::map<int, std::pair<const BinaryMask *, const BinaryMask *>> drawn;
        for (const auto &[label, mask] : x.byLabel)
            drawn[label] = {&mask, &none};
        for (const auto &[label, mask] : y.byLabel) {
            auto [it, added] = drawn.try_emplace(label, &none, &mask);
            if (!added)
                it->second.second = &mask;
        }
        for (const auto &[label, masks] : drawn) {
            MaskComparison c = compare(items.at(i), label, *masks.first, *masks.second);
            if (c.hausdorff95) {
                (c.spacing ? millimetres : pixels).add(*c.hausdorff95);
                if (c.spacing && !pair.spacingSources.contains(c.spacing->source))
                    pair.spacingSources.append(c.spacing->source);
            }
            dice.add(c.dice);
            iou.add(c.iou);
            pair.comparisons.push_back(std::move(c));
        }
    }
    pair.meanDice = dice.value();
    pair.meanIoU = iou.value();
    pair.hausdorff95Mm = {millimetres.value(), millimetres.count()};
    pair.hausdorff95Px = {pixels.value(), pixels.count()};
    pair.spacingSources.sort();
    return pair;
}

} // namespace

std::vector<ReaderPairMaskAgreement> pairwiseMaskAgreement(const Project &project,
                                                           const ItemList &items,
                                                           const AnnotationStore &store,
                                                           const ProjectRatingSelection &selection)
{
    const QSet<int> labels(selection.labelIds.begin(), selection.labelIds.end());
    const ReaderItemTable<ReaderMasks> table = readerItemTable<ReaderMasks>(
        project, items, store, selection,
        [&](const ItemWork &work, const Item &item) {
            return readerMasks(project.taxonomy, work, item, selection, labels);
        },
        [](const ReaderMasks &view) { return !view.byLabel.empty(); });
    const QStringList &readers = table.readers;
    const std::vector<std::vector<ReaderMasks>> &work = table.rows;

    std::vector<ReaderPairMaskAgreement> pairs;
    for (qsizetype a = 0; a < readers.size(); ++a) {
        for (qsizetype b = a + 1; b < readers.size(); ++b)
            pairs.push_back(
                comparePair(readers[a], readers[b], work[size_t(a)], work[size_t(b)], items));
    }
    return pairs;
}

} // namespace concord
