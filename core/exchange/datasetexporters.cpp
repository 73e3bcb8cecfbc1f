// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/datasetexporters.h"

#include "core/exchange/datasetwriters.h"
#include "core/exchange/exportstaging.h"
#include "core/geometry/polygonraster.h"
#include "core/imaging/imageloader.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/storage/atomicfile.h"
#include "core/storage/projectfolder.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace concord {

std::optional<DatasetFormat> datasetFormatNamed(const QString &name)
{
    if (name == QLatin1String("voc"))
        return DatasetFormat::PascalVoc;
    if (name == QLatin1String("yolo"))
        return DatasetFormat::Yolo;
    if (name == QLatin1String("csv"))
        return DatasetFormat::Csv;
    if (name == QLatin1String("jsonl"))
        return DatasetFormat::JsonLines;
    return std::nullopt;
}

namespace {

ImageRect polygonBounds(const std::vector<ImagePoint> &vertices)
{
    double left = vertices.front().x, right = left, top = vertices.front().y, bottom = top;
    for (const ImagePoint &vertex : vertices) {
        left = std::min(left, vertex.x);
        right = std::max(right, vertex.x);
        top = std::min(top, vertex.y);
        bottom = std::max(bottom, vertex.y);
    }
    return {left, top, right - left, bottom - top};
}

DatasetShape shapeOf(DatasetShapeKind kind, int labelId, const Provenance &provenance,
                     const QHash<int, int> &classIndex, const QStringList &classNames)
{
    DatasetShape shape;
    shape.kind = kind;
    shape.classIndex = classIndex.value(labelId);
    shape.label = classNames.at(shape.classIndex);
    shape.reader = provenance.annotatorId;
    shape.session = provenance.sessionId;
    shape.guidelineVersion = provenance.guidelineVersion;
    return shape;
}

// The boxes, polygons and masks of `work` whose label is in the taxonomy, as COCO writes them:
// boxes clamped to a known image, masks clipped to it, masks erased to nothing left out.
void addShapes(const ItemWork &work, cv::Size imageSize, bool withOutlines,
               const QHash<int, int> &classIndex, const QStringList &classNames,
               std::vector<DatasetShape> &shapes)
{
    const bool sizeKnown = !imageSize.empty();
    for (const BoxAnnotation &box : work.boxes) {
        if (!classIndex.contains(box.labelId))
            continue;
        DatasetShape shape =
            shapeOf(DatasetShapeKind::Box, box.labelId, box.provenance, classIndex, classNames);
        shape.bounds = sizeKnown ? box.rect.clampedTo(imageSize.width, imageSize.height) : box.rect;
        shape.area = shape.bounds.width * shape.bounds.height;
        shapes.push_back(std::move(shape));
    }
    for (const PolygonAnnotation &polygon : work.polygons) {
        if (!classIndex.contains(polygon.labelId) || polygon.vertices.size() < 3)
            continue;
        DatasetShape shape = shapeOf(DatasetShapeKind::Polygon, polygon.labelId, polygon.provenance,
                                     classIndex, classNames);
        shape.points = polygon.vertices;
        shape.bounds = polygonBounds(polygon.vertices);
        if (sizeKnown)
            shape.bounds = shape.bounds.clampedTo(imageSize.width, imageSize.height);
        Polygon ring;
        for (const ImagePoint &vertex : polygon.vertices)
            ring.emplace_back(vertex.x, vertex.y);
        shape.area = polygonArea(ring);
        shapes.push_back(std::move(shape));
    }
    for (const MaskAnnotation &mask : work.masks) {
        if (!classIndex.contains(mask.labelId))
            continue;
        const BinaryMask content =
            cropToContent(sizeKnown ? clipToImage(mask.mask, imageSize) : mask.mask);
        if (content.bounds.empty())
            continue;
        DatasetShape shape =
            shapeOf(DatasetShapeKind::Mask, mask.labelId, mask.provenance, classIndex, classNames);
        shape.bounds = {double(content.bounds.x), double(content.bounds.y),
                        double(content.bounds.width), double(content.bounds.height)};
        shape.area = double(maskArea(content));
        if (withOutlines) {
            for (const Polygon &outline : maskToPolygons(content)) {
                std::vector<ImagePoint> points;
                for (const cv::Point2d &point : outline)
                    points.push_back({point.x, point.y});
                shape.outlines.push_back(std::move(points));
            }
        }
        shapes.push_back(std::move(shape));
    }
}

// A file name that names one file in one folder: no separator, no "..", not hidden.
bool isSafeFileName(const QString &name)
{
    return SafePath::idProblem(name).isEmpty() && !name.contains(QLatin1String("..")) &&
           !name.startsWith(QLatin1Char('.'));
}

// The item's file name, or one made from its id (and its extension when that is plain).
QString baseNameOf(const Item &item)
{
    QString name = QFileInfo(item.path).fileName();
    if (isSafeFileName(name))
        return name;
    const QString suffix = QFileInfo(item.path).suffix();
    const bool plain =
        !suffix.isEmpty() && suffix.size() <= 8 &&
        std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return SafePath::fileNameFor(item.id) + (plain ? QLatin1Char('.') + suffix : QString());
}

QString stemOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? fileName.left(dot) : fileName;
}

// Unique names: an item whose stem (case folded, as on macOS and Windows) another item shares is
// prefixed with its id, so Annotations/<stem>.xml and labels/<stem>.txt never collide either.
void nameImages(std::vector<DatasetImage> &images, const std::vector<QString> &baseNames)
{
    QHash<QString, int> stems;
    for (const QString &name : baseNames)
        ++stems[stemOf(name).toCaseFolded()];
    QHash<QString, int> taken;
    for (size_t index = 0; index < images.size(); ++index) {
        DatasetImage &image = images[index];
        QString name = baseNames[index];
        if (stems.value(stemOf(name).toCaseFolded()) > 1) {
            name = SafePath::fileNameFor(image.itemId) + QLatin1Char('_') + name;
            if (!isSafeFileName(name))
                name = SafePath::fileNameFor(image.itemId);
        }
        // Item ids are unique, so this only tells apart names an id prefix made alike.
        for (int n = 2; taken.contains(stemOf(name).toCaseFolded()); ++n)
            name = QStringLiteral("%1-%2").arg(n).arg(baseNames[index]);
        ++taken[stemOf(name).toCaseFolded()];
        image.fileName = name;
        image.stem = stemOf(name);
    }
}

} // namespace

Expected<DatasetExportResult> exportDataset(const ProjectFolder &projectFolder,
                                            const Project &project, const ItemList &items,
                                            const AnnotationStore &store, const QString &folder,
                                            const DatasetExportOptions &options)
{
    const QFileInfo destination(folder);
    if (destination.exists() && !destination.isDir())
        return FileError{folder, concord::tr("not a folder")};
    const QString root = destination.absoluteFilePath();
    const bool folderIsNew = !destination.exists();
    if (!QDir().mkpath(root))
        return FileError{root, concord::tr("cannot create folder")};
    ExportStaging staging(root, QStringLiteral("dataset"), folderIsNew);
    if (!QDir().mkdir(staging.path()))
        return FileError{staging.path(), concord::tr("cannot create folder")};

    QHash<int, int> classIndex;
    QStringList classNames;
    for (const Label &label : project.taxonomy.labels()) {
        classIndex.insert(label.id, int(classNames.size()));
        classNames.append(project.taxonomy.pathOf(label.id));
    }
    const DatasetFormat format = options.format;
    DatasetExportResult result;
    std::vector<DatasetImage> images;
    std::vector<QString> baseNames;
    std::vector<const Item *> sources;
    for (int index = 0; index < items.size(); ++index) {
        if (options.control.stopRequested()) {
            result.cancelled = true;
            return result;
        }
        options.control.report(index, items.size());
        const Item &item = items.at(index);
        QString split = QLatin1String(DefaultDatasetSplit);
        if (!options.splitOfItem.empty()) {
            const auto found = options.splitOfItem.find(item.id);
            if (found == options.splitOfItem.end())
                continue;
            split = found->second;
        }
        DatasetImage image;
        image.itemId = item.id;
        image.split = SafePath::fileNameFor(split);
        image.width = item.width;
        image.height = item.height;
        // VOC records the channels, and YOLO cannot normalise without the size: read the image.
        if (format == DatasetFormat::PascalVoc ||
            (format == DatasetFormat::Yolo && (item.width <= 0 || item.height <= 0))) {
            Expected<Image> loaded = loadImage(projectFolder.absoluteItemPath(item.path));
            if (!loaded)
                return loaded.error();
            image.width = loaded->width();
            image.height = loaded->height();
            image.depth = loaded->channels();
        }
        for (const auto &[annotatorId, work] : store.allWork()) {
            if (!options.annotatorIds.isEmpty() && !options.annotatorIds.contains(annotatorId))
                continue;
            if (const ItemWork *itemWork = work.item(item.id))
                addShapes(*itemWork, {image.width, image.height}, format == DatasetFormat::Yolo,
                          classIndex, classNames, image.shapes);
        }
        images.push_back(std::move(image));
        baseNames.push_back(baseNameOf(item));
        sources.push_back(&item);
    }
    nameImages(images, baseNames);

    // The splits in the order given, then any others sorted; only those holding an image.
    QStringList splits;
    QStringList ordered;
    for (const QString &name : options.splitNames)
        ordered.append(SafePath::fileNameFor(name));
    QStringList others;
    for (const DatasetImage &image : images) {
        if (!ordered.contains(image.split) && !others.contains(image.split))
            others.append(image.split);
    }
    others.sort();
    for (const QString &split : ordered + others) {
        const bool used = std::any_of(images.cbegin(), images.cend(),
                                      [&](const DatasetImage &i) { return i.split == split; });
        if (used && !splits.contains(split))
            splits.append(split);
    }

    // One dataset holding every split, or one per split in a sub-folder of its name.
    std::vector<StagedFile> staged;
    auto stagedName = [&](const QString &suffix) {
        return staging.path() + QStringLiteral("/%1%2").arg(qsizetype(staged.size())).arg(suffix);
    };
    auto place = [&](const QString &stagedPath, const QString &datasetRoot, const QString &path) {
        const QString target = datasetRoot + QLatin1Char('/') + path;
        staged.push_back({stagedPath, QFileInfo(target).path(), target});
    };
    const QStringList roots = options.perSplitFolders ? splits : QStringList{QString()};
    for (const QString &subfolder : roots) {
        const QString datasetRoot =
            subfolder.isEmpty() ? root : root + QLatin1Char('/') + subfolder;
        std::vector<DatasetImage> inRoot;
        for (size_t index = 0; index < images.size(); ++index) {
            if (!subfolder.isEmpty() && images[index].split != subfolder)
                continue;
            if (options.control.stopRequested()) {
                result.cancelled = true;
                return result;
            }
            const Item &item = *sources[index];
            const QString copy = stagedName(QStringLiteral(".image"));
            Expected<bool> copied =
                copyFileDurably(projectFolder.absoluteItemPath(item.path), copy, item.sha256);
            if (!copied)
                return copied.error();
            place(copy, datasetRoot, datasetImagePath(format, images[index]));
            result.shapes += int(images[index].shapes.size());
            inRoot.push_back(images[index]);
        }
        const QStringList rootSplits = subfolder.isEmpty() ? splits : QStringList{subfolder};
        for (const DatasetFile &file :
             datasetFiles(format, inRoot, rootSplits, classNames, datasetRoot)) {
            const QString text = stagedName(QStringLiteral(".text"));
            if (MaybeError error = writeFileAtomically(text, file.contents))
                return *error;
            place(text, datasetRoot, file.path);
        }
        result.images += int(inRoot.size());
    }
    if (options.control.stopRequested()) {
        result.cancelled = true;
        return result;
    }
    options.control.report(items.size(), items.size());
    staging.keepDestination();
    if (MaybeError error = moveStagedFilesIntoPlace(root, staged))
        return *error;
    return result;
}

} // namespace concord
