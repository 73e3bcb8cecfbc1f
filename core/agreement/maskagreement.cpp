// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/maskagreement.h"

#include "core/geometry/overlapmetrics.h"

#include <map>

namespace concord {

namespace {

// One reader's masks on one item after the selection: the union per (mapped) label.
struct ReaderMasks
{
    bool read = false;
    std::map<int, BinaryMask> byLabel;
};

ReaderMasks readerMasks(const Taxonomy &taxonomy, const ItemWork *work,
                        const ProjectRatingSelection &selection, const QSet<int> &labels)
{
    ReaderMasks out;
    if (!work)
        return out;
    const bool done = work->status() == ItemStatus::Done;
    if (selection.doneOnly && !done)
        return out;
    for (const MaskAnnotation &m : work->masks) {
        if (!passesLabelFilter(taxonomy, m.labelId, labels) ||
            !passesProvenance(m.provenance, selection) || m.mask.isEmpty())
            continue;
        const int label = selection.taxonomyDepth
                              ? taxonomy.ancestorAtDepth(m.labelId, *selection.taxonomyDepth)
                              : m.labelId;
        auto [it, added] = out.byLabel.try_emplace(label, m.mask);
        if (!added)
            it->second = maskUnion(it->second, m.mask);
    }
    // A reader who marked the item done drew nothing there on purpose.
    out.read = !out.byLabel.empty() || done;
    return out;
}

std::optional<double> mean(double sum, qint64 count)
{
    return count > 0 ? std::optional<double>(sum / double(count)) : std::nullopt;
}

} // namespace

std::vector<ReaderPairMaskAgreement> pairwiseMaskAgreement(const Project &project,
                                                           const ItemList &items,
                                                           const AnnotationStore &store,
                                                           const ProjectRatingSelection &selection)
{
    const QSet<int> labels(selection.labelIds.begin(), selection.labelIds.end());
    QStringList readers;
    std::vector<std::vector<ReaderMasks>> work; // readers × items
    for (const QString &reader : candidateCoders(project, store, selection)) {
        std::vector<ReaderMasks> row;
        row.reserve(size_t(items.size()));
        bool anyMask = false;
        for (int i = 0; i < items.size(); ++i) {
            row.push_back(readerMasks(project.taxonomy, store.itemWork(reader, items.at(i).id),
                                      selection, labels));
            anyMask = anyMask || !row.back().byLabel.empty();
        }
        if (anyMask) {
            readers.append(reader);
            work.push_back(std::move(row));
        }
    }

    const BinaryMask none;
    const PixelSpacing pixels{1.0, 1.0, QString()};
    std::vector<ReaderPairMaskAgreement> pairs;
    for (qsizetype a = 0; a < readers.size(); ++a) {
        for (qsizetype b = a + 1; b < readers.size(); ++b) {
            ReaderPairMaskAgreement pair{readers[a], readers[b], {}, {}, {}, {}};
            double diceSum = 0, iouSum = 0, hdSum = 0;
            qint64 hdCount = 0;
            for (int i = 0; i < items.size(); ++i) {
                const ReaderMasks &x = work[size_t(a)][size_t(i)];
                const ReaderMasks &y = work[size_t(b)][size_t(i)];
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
                    const MaskOverlap overlap = maskOverlap(*masks.first, *masks.second);
                    MaskComparison c{items.at(i).id, label,        overlap.dice,
                                     overlap.iou,    overlap.areaA, overlap.areaB,
                                     std::nullopt};
                    if (overlap.areaA > 0 && overlap.areaB > 0) {
                        c.hausdorff95 =
                            surfaceDistance(*masks.first, *masks.second, pixels).hausdorff95;
                        if (c.hausdorff95) {
                            hdSum += *c.hausdorff95;
                            ++hdCount;
                        }
                    }
                    diceSum += c.dice;
                    iouSum += c.iou;
                    pair.comparisons.push_back(c);
                }
            }
            const qint64 n = qint64(pair.comparisons.size());
            pair.meanDice = mean(diceSum, n);
            pair.meanIoU = mean(iouSum, n);
            pair.meanHausdorff95 = mean(hdSum, hdCount);
            pairs.push_back(std::move(pair));
        }
    }
    return pairs;
}

} // namespace concord
