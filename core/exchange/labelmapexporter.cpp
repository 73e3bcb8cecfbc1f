// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/labelmapexporter.h"

#include "core/exchange/exportstaging.h"
#include "core/exchange/pseudonymkey.h"
#include "core/imaging/imagecodecs.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/project/polygonmask.h"
#include "core/storage/atomicfile.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace concord {

namespace {

// One instance to paint: its pixels, label and when it was made.
struct Layer
{
    BinaryMask pixels;
    int labelId = 0;
    qint64 createdMs = 0;
};

} // namespace

cv::Mat labelMapOf(const ItemWork &work, cv::Size imageSize, const Taxonomy &taxonomy)
{
    int highest = 0;
    for (const Label &label : taxonomy.labels())
        highest = std::max(highest, label.id);
    cv::Mat map(imageSize, highest > 255 ? CV_16U : CV_8U, cv::Scalar(0));
    std::vector<Layer> layers;
    for (const PolygonAnnotation &polygon : work.polygons)
        layers.push_back(
            {polygonMask(polygon, imageSize), polygon.labelId, polygon.provenance.createdMs});
    for (const MaskAnnotation &mask : work.masks)
        layers.push_back({mask.mask, mask.labelId, mask.provenance.createdMs});
    // Oldest first, so the newest is painted last and wins; stable keeps list order on ties.
    std::stable_sort(layers.begin(), layers.end(),
                     [](const Layer &a, const Layer &b) { return a.createdMs < b.createdMs; });
    for (const Layer &layer : layers) {
        if (!taxonomy.find(layer.labelId))
            continue;
        const BinaryMask clipped = clipToImage(layer.pixels, imageSize);
        if (clipped.bounds.empty())
            continue;
        cv::Mat region = map(clipped.bounds);
        region.setTo(cv::Scalar(layer.labelId), clipped.pixels);
    }
    return map;
}

Expected<int> writeLabelMaps(const Project &project, const ItemList &items,
                             const AnnotationStore &store, const QString &folder,
                             const QStringList &annotatorIds, QStringList *itemsWithoutImageSize,
                             const PseudonymKey *deidentifyWith)
{
    Expected<LabelMapExportResult> result =
        exportLabelMaps(project, items, store, folder, annotatorIds, {}, deidentifyWith);
    if (!result)
        return result.error();
    if (itemsWithoutImageSize)
        *itemsWithoutImageSize = result->itemsWithoutImageSize;
    return result->written;
}

Expected<LabelMapExportResult> exportLabelMaps(const Project &project, const ItemList &items,
                                               const AnnotationStore &store, const QString &folder,
                                               const QStringList &annotatorIds,
                                               const ExportControl &control,
                                               const PseudonymKey *deidentifyWith)
{
    const bool folderIsNew = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return FileError{folder, concord::tr("cannot create folder")};
    ExportStaging staging(folder, QStringLiteral("labelmaps"), folderIsNew);
    if (!QDir().mkdir(staging.path()))
        return FileError{staging.path(), concord::tr("cannot create folder")};
    Json values = Json::object();
    values["0"] = "background";
    for (const Label &label : project.taxonomy.labels())
        values[std::to_string(label.id)] = toStd(project.taxonomy.pathOf(label.id));
    Json itemPaths = Json::object();
    Json renamed = Json::object();
    // Ids come from files (items.jsonl, journals): one that is not a safe file name is written
    // under a name derived from its hash, so no id can place a file outside `folder`.
    auto fileNameFor = [&](const char *kind, const QString &id) {
        if (deidentifyWith) // "ANON-" and hex digits: a safe name
            return deidentifyWith->pseudonym(QLatin1String(kind), id);
        QString name = SafePath::fileNameFor(id);
        if (name != id)
            renamed[toStd(name)] = toStd(id);
        return name;
    };
    LabelMapExportResult result;
    std::vector<StagedFile> maps;
    for (int index = 0; index < items.size(); ++index) {
        if (control.stopRequested()) {
            result.cancelled = true;
            return result; // the staging folder goes, and with it every PNG
        }
        control.report(index, int(items.size()));
        const Item &item = items.at(index);
        const bool sizeKnown = item.width > 0 && item.height > 0;
        for (const auto &[annotatorId, work] : store.allWork()) {
            if (!annotatorIds.isEmpty() && !annotatorIds.contains(annotatorId))
                continue;
            const ItemWork *itemWork = work.item(item.id);
            if (!itemWork || (itemWork->polygons.empty() && itemWork->masks.empty()))
                continue;
            if (!sizeKnown) {
                if (!result.itemsWithoutImageSize.contains(item.id))
                    result.itemsWithoutImageSize.append(item.id);
                continue;
            }
            const QString directory =
                folder + QLatin1Char('/') + fileNameFor(PersonPseudonymKind, annotatorId);
            const QString itemName = fileNameFor(ItemPseudonymKind, item.id);
            const QString path = directory + QLatin1Char('/') + itemName + QStringLiteral(".png");
            if (MaybeError link = SafePath::refuseLinksBelow(folder, path))
                return *link;
            if (item.width > MaxImageSide || item.height > MaxImageSide ||
                qint64(item.width) * item.height > MaxImagePixels)
                return FileError{folder, concord::tr("item \"%1\" declares an image of %2 x "
                                                     "%3 pixels, more than a label map may have")
                                             .arg(item.id)
                                             .arg(item.width)
                                             .arg(item.height)};
            const Expected<QByteArray> png =
                encodeImage(labelMapOf(*itemWork, {item.width, item.height}, project.taxonomy),
                            QStringLiteral(".png"), path);
            if (!png)
                return png.error();
            const QString staged =
                staging.path() + QStringLiteral("/%1.png").arg(qsizetype(maps.size()));
            if (MaybeError error = writeFileAtomically(staged, *png))
                return *error;
            maps.push_back({staged, directory, path});
            itemPaths[toStd(deidentifyWith ? itemName : item.id)] =
                toStd(deidentifyWith ? deidentifiedImageName(*deidentifyWith, item) : item.path);
        }
    }
    if (control.stopRequested()) {
        result.cancelled = true;
        return result;
    }
    control.report(int(items.size()), int(items.size()));
    // From here on the export is no longer stopped: what is in place stays consistent with
    // labelmap.json, written last.
    staging.keepDestination();
    if (MaybeError error = moveStagedFilesIntoPlace(folder, maps))
        return *error;
    result.written = int(maps.size());
    Json mapping{{"values", values}, {"items", itemPaths}};
    if (!renamed.empty())
        mapping["renamed"] = renamed;
    if (MaybeError error = writeFileAtomically(folder + QStringLiteral("/labelmap.json"),
                                               QByteArray::fromStdString(mapping.dump(1) + '\n')))
        return *error;
    return result;
}

} // namespace concord
