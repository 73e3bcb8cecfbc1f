// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/boxagreement.h"

#include "core/geometry/boxmatching.h"
#include "core/project/readeritemtable.h"

namespace concord {

namespace {

// One reader's boxes on one item after the selection, or nothing when they did not read it.
struct ReaderItem
{
    bool read = false;
    std::vector<BoxAnnotation> boxes;
};

// `work` is one the selection counts (readerItemTable).
ReaderItem readerItem(const Taxonomy &taxonomy, const ItemWork &work,
                      const ProjectRatingSelection &selection, const QSet<int> &labels)
{
    ReaderItem out;
    for (const BoxAnnotation &box : work.boxes) {
        if (!passesLabelFilter(taxonomy, box.labelId, labels) ||
            !passesProvenance(box.provenance, selection))
            continue;
        BoxAnnotation mapped = box;
        if (selection.taxonomyDepth)
            mapped.labelId = taxonomy.ancestorAtDepth(box.labelId, *selection.taxonomyDepth);
        out.boxes.push_back(mapped);
    }
    // "Done with no box" is a reading (nothing to mark); boxes filtered away are not.
    out.read = !out.boxes.empty() || (work.status() == ItemStatus::Done && work.boxes.empty());
    return out;
}

std::optional<double> ratio(double numerator, double denominator)
{
    return denominator > 0 ? std::optional<double>(numerator / denominator) : std::nullopt;
}

} // namespace

std::vector<ReaderPairBoxAgreement>
pairwiseBoxAgreement(const Project &project, const ItemList &items, const AnnotationStore &store,
                     const ProjectRatingSelection &selection, double iouThreshold)
{
    const QSet<int> labels(selection.labelIds.begin(), selection.labelIds.end());
    // readers × items, filtered once.
    const ReaderItemTable<ReaderItem> table = readerItemTable<ReaderItem>(
        project, items, store, selection,
        [&](const ItemWork &work, const Item &) {
            return readerItem(project.taxonomy, work, selection, labels);
        },
        [](const ReaderItem &view) { return !view.boxes.empty(); });
    const QStringList &readers = table.readers;
    const std::vector<std::vector<ReaderItem>> &work = table.rows;

    std::vector<ReaderPairBoxAgreement> pairs;
    for (qsizetype a = 0; a < readers.size(); ++a) {
        for (qsizetype b = a + 1; b < readers.size(); ++b) {
            ReaderPairBoxAgreement pair;
            pair.readerA = readers[a];
            pair.readerB = readers[b];
            double iouSum = 0;
            for (size_t i = 0; i < size_t(items.size()); ++i) {
                const ReaderItem &x = work[size_t(a)][i];
                const ReaderItem &y = work[size_t(b)][i];
                if (!x.read || !y.read)
                    continue;
                ++pair.items;
                pair.boxesA += qint64(x.boxes.size());
                pair.boxesB += qint64(y.boxes.size());
                const BoxMatching m = matchBoxes(x.boxes, y.boxes, iouThreshold);
                pair.matched += qint64(m.matches.size());
                for (const BoxMatch &match : m.matches) {
                    iouSum += match.iou;
                    pair.sameLabel += match.sameLabel ? 1 : 0;
                }
            }
            pair.precision = ratio(double(pair.matched), double(pair.boxesB));
            pair.recall = ratio(double(pair.matched), double(pair.boxesA));
            pair.f1 = ratio(2.0 * double(pair.matched), double(pair.boxesA + pair.boxesB));
            pair.meanIoU = ratio(iouSum, double(pair.matched));
            pair.labelAgreement = ratio(double(pair.sameLabel), double(pair.matched));
            pairs.push_back(pair);
        }
    }
    return pairs;
}

} // namespace concord
