// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/cocoimporter.h"

#include "core/geometry/maskrle.h"
#include "core/geometry/polygonraster.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/editrules.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/blobstore.h"
#include "core/storage/journalreader.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/sha256.h"
#include "core/storage/stagedsession.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <type_traits>

namespace concord {

namespace {

// A problem found while reading; readJsonFile turns it into one FileError naming the file.
[[noreturn]] void fail(const QString &message)
{
    throw JsonFieldError{message};
}

const Json &member(const Json &object, const char *key, const QString &where)
{
    const auto it = object.find(key);
    if (it == object.end())
        fail(concord::tr("%1 has no \"%2\"").arg(where, QLatin1String(key)));
    return *it;
}

qint64 integerMember(const Json &object, const char *key, const QString &where)
{
    const Json &value = member(object, key, where);
    if (!value.is_number_integer())
        fail(concord::tr("%1: \"%2\" must be an integer").arg(where, QLatin1String(key)));
    return value.get<qint64>();
}

double numberOf(const Json &value, const QString &where)
{
    if (!value.is_number() || !std::isfinite(value.get<double>()))
        fail(concord::tr("%1: coordinates must be finite numbers").arg(where));
    return value.get<double>();
}

struct CocoImage
{
    const Item *item = nullptr;
    cv::Size size;
};

BinaryMask maskFromRle(const Json &segmentation, cv::Size imageSize, const QString &where)
{
    const Json &size = member(segmentation, "size", where);
    if (!size.is_array() || size.size() != 2 || !size[0].is_number_integer() ||
        !size[1].is_number_integer())
        fail(concord::tr("%1: RLE \"size\" must be [height, width]").arg(where));
    // Read wide, so a size beyond int is reported as written rather than wrapped around.
    const qint64 height = size[0].get<qint64>();
    const qint64 width = size[1].get<qint64>();
    if (height != imageSize.height || width != imageSize.width)
        fail(concord::tr("%1: RLE size %2 x %3 is not the image's %4 x %5 (height x width)")
                 .arg(where)
                 .arg(height)
                 .arg(width)
                 .arg(imageSize.height)
                 .arg(imageSize.width));
    CocoRle rle{int(height), int(width), {}};
    const Json &counts = member(segmentation, "counts", where);
    if (counts.is_string()) {
        const std::string &text = counts.get_ref<const std::string &>();
        Expected<std::vector<quint32>> decoded =
            cocoRleCountsFromString(QByteArrayView(text.data(), qsizetype(text.size())), where);
        if (!decoded)
            fail(concord::tr("%1: bad compressed RLE: %2").arg(where, decoded.error().message));
        rle.counts = std::move(*decoded);
    } else if (counts.is_array()) {
        for (const Json &count : counts) {
            if (!count.is_number_integer() || count.get<qint64>() < 0 ||
                count.get<qint64>() > 0xffffffffLL)
                fail(concord::tr("%1: RLE counts must be non-negative 32-bit integers").arg(where));
            rle.counts.push_back(quint32(count.get<qint64>()));
        }
    } else {
        fail(concord::tr("%1: RLE \"counts\" must be a string or a list of integers").arg(where));
    }
    Expected<BinaryMask> mask = decodeCocoRle(rle, where);
    if (!mask)
        fail(concord::tr("%1: %2").arg(where, mask.error().message));
    return std::move(*mask);
}

std::vector<ImagePoint> ringOf(const Json &ring, const QString &where)
{
    if (!ring.is_array() || ring.size() < 6 || ring.size() % 2 != 0)
        fail(concord::tr("%1: a polygon needs at least 3 vertices as x, y pairs").arg(where));
    if (ring.size() / 2 > MaxCocoPolygonVertices)
        fail(concord::tr("%1: a polygon has %2 vertices; at most %3 are accepted")
                 .arg(where)
                 .arg(ring.size() / 2)
                 .arg(MaxCocoPolygonVertices));
    std::vector<ImagePoint> vertices;
    for (size_t i = 0; i < ring.size(); i += 2)
        vertices.push_back({numberOf(ring[i], where), numberOf(ring[i + 1], where)});
    return vertices;
}

// Calls visit(category, id, name) for each entry of the file's "categories" list, once it has
// an integer "id" and a "name" member; what a name must be is the caller's to say.
void forEachCategory(const Json &document,
                     const std::function<void(const Json &, qint64, const Json &)> &visit)
{
    const Json &categories = member(document, "categories", concord::tr("the file"));
    if (!categories.is_array())
        fail(concord::tr("\"categories\" must be a list"));
    for (const Json &category : categories) {
        const qint64 id = integerMember(category, "id", concord::tr("a category"));
        visit(category, id, member(category, "name", concord::tr("category %1").arg(id)));
    }
}

// The entry of `entries` that the id in member `key` refers to; an id the file does not list
// fails with `unlisted` (untranslated; %1: where, %2: the id).
template <typename Entry>
Entry referencedEntry(const QHash<qint64, Entry> &entries, const Json &annotation, const char *key,
                      const QString &where, const char *unlisted)
{
    const qint64 id = integerMember(annotation, key, where);
    const auto it = entries.constFind(id);
    if (it == entries.constEnd())
        fail(concord::tr(unlisted).arg(where).arg(id));
    return it.value();
}

// The annotation's "score" when it has one (a detection result's confidence), else 1.
double scoreOf(const Json &annotation, const QString &where)
{
    const auto score = annotation.find("score");
    if (score == annotation.end() || score->is_null())
        return 1;
    if (!score->is_number() || !(score->get<double>() >= 0 && score->get<double>() <= 1))
        fail(concord::tr("%1: \"score\" must be a number from 0 to 1").arg(where));
    return score->get<double>();
}

ImportedAnnotation readAnnotation(const Json &annotation, const QHash<qint64, CocoImage> &images,
                                  const QHash<qint64, int> &labels, int index)
{
    QString where = concord::tr("annotation %1").arg(index + 1);
    if (!annotation.is_object())
        fail(concord::tr("%1 is not an object").arg(where));
    if (annotation.contains("id") && annotation["id"].is_number_integer())
        where = concord::tr("annotation id %1").arg(annotation["id"].get<qint64>());
    const CocoImage image = referencedEntry(
        images, annotation, "image_id", where,
        QT_TRANSLATE_NOOP("concord", "%1 refers to image %2, which the file does not list"));
    const int labelId = referencedEntry(
        labels, annotation, "category_id", where,
        QT_TRANSLATE_NOOP("concord", "%1 refers to category %2, which the file does not list"));
    ImportedAnnotation result;
    result.itemId = image.item->id;
    result.score = scoreOf(annotation, where);

    const auto segmentation = annotation.find("segmentation");
    const bool hasSegmentation = segmentation != annotation.end() && !segmentation->is_null() &&
                                 !(segmentation->is_array() && segmentation->empty());
    if (!hasSegmentation) {
        const Json &bbox = member(annotation, "bbox", where);
        if (!bbox.is_array() || bbox.size() != 4)
            fail(concord::tr("%1: \"bbox\" must be [x, y, width, height]").arg(where));
        BoxAnnotation box{newAnnotationId(),
                          labelId,
                          {numberOf(bbox[0], where), numberOf(bbox[1], where),
                           numberOf(bbox[2], where), numberOf(bbox[3], where)},
                          {},
                          {}};
        if (box.rect.width < 0 || box.rect.height < 0)
            fail(concord::tr("%1: a box has a negative size").arg(where));
        result.shape = std::move(box);
        return result;
    }
    if (segmentation->is_object()) {
        result.shape = MaskAnnotation{
            newAnnotationId(), labelId, maskFromRle(*segmentation, image.size, where), {}, {}};
        return result;
    }
    if (!segmentation->is_array())
        fail(concord::tr("%1: \"segmentation\" must be polygons or RLE").arg(where));
    if (segmentation->size() == 1) {
        result.shape = PolygonAnnotation{
            newAnnotationId(), labelId, ringOf((*segmentation)[0], where), {}, {}};
        return result;
    }
    // Several rings are one object in parts: their union, as pycocotools merges them.
    BinaryMask united;
    for (const Json &ring : *segmentation) {
        Polygon shape;
        for (const ImagePoint &vertex : ringOf(ring, where))
            shape.emplace_back(vertex.x, vertex.y);
        united = maskUnion(united, rasterizePolygon(shape, image.size));
    }
    result.shape = MaskAnnotation{newAnnotationId(), labelId, united, {}, {}};
    return result;
}

int labelOf(const ImportedAnnotation &annotation)
{
    return std::visit([](const auto &shape) { return shape.labelId; }, annotation.shape);
}

CocoImport readDocument(const Json &document, const Project &project, const ItemList &items)
{
    if (!document.is_object())
        fail(concord::tr("a COCO file must hold a JSON object"));
    const ItemFileMatcher matcher(items);
    QHash<qint64, CocoImage> images;
    const Json &imageList = member(document, "images", concord::tr("the file"));
    if (!imageList.is_array())
        fail(concord::tr("\"images\" must be a list"));
    for (const Json &image : imageList) {
        const QString where = concord::tr("an image");
        const qint64 id = integerMember(image, "id", where);
        const Json &name = member(image, "file_name", where);
        if (!name.is_string())
            fail(concord::tr("image %1: \"file_name\" must be a string").arg(id));
        const QString fileName = QString::fromStdString(name.get<std::string>());
        const Item *item = matcher.match(fileName);
        if (!item)
            fail(concord::tr("image %1 \"%2\" matches no item of the project")
                     .arg(id)
                     .arg(fileName));
        CocoImage matched{item, {item->width, item->height}};
        if (matched.size.empty()) {
            const qint64 width = integerMember(image, "width", where);
            const qint64 height = integerMember(image, "height", where);
            if (width < 0 || height < 0 || width > MaxImageSide || height > MaxImageSide ||
                width * height > MaxImagePixels)
                fail(concord::tr(
                         "image %1: size %2 x %3 is out of range (at most %4 pixels a side, %5 in "
                         "all)")
                         .arg(id)
                         .arg(width)
                         .arg(height)
                         .arg(MaxImageSide)
                         .arg(MaxImagePixels));
            matched.size = cv::Size(int(width), int(height));
        }
        images.insert(id, matched);
    }
    QHash<qint64, int> labels;
    forEachCategory(document, [&](const Json &, qint64 id, const Json &name) {
        const QString labelName =
            name.is_string() ? QString::fromStdString(name.get<std::string>()) : QString();
        const Label *label = project.taxonomy.findByName(labelName);
        if (!label)
            fail(concord::tr("category %1 \"%2\" is not a label of the project")
                     .arg(id)
                     .arg(labelName));
        labels.insert(id, label->id);
    });
    CocoImport result;
    const Json &annotations = member(document, "annotations", concord::tr("the file"));
    if (!annotations.is_array())
        fail(concord::tr("\"annotations\" must be a list"));
    std::map<std::string, int> occurrences;
    for (size_t i = 0; i < annotations.size(); ++i) {
        ImportedAnnotation annotation = readAnnotation(annotations[i], images, labels, int(i));
        result.boxes += std::holds_alternative<BoxAnnotation>(annotation.shape) ? 1 : 0;
        result.polygons += std::holds_alternative<PolygonAnnotation>(annotation.shape) ? 1 : 0;
        result.masks += std::holds_alternative<MaskAnnotation>(annotation.shape) ? 1 : 0;
        // The content key: what the annotation says and what it became here. The occurrence
        // number keeps two identical annotations of one file apart; no position in the file
        // is part of it, so editing one annotation does not make the others new.
        const std::string content = toStd(annotation.itemId) + '\n' +
                                    std::to_string(labelOf(annotation)) + '\n' +
                                    annotations[i].dump();
        std::string key = sha256Hex(content.data(), content.size());
        if (const int earlier = occurrences[key]++; earlier > 0)
            key += '-' + std::to_string(earlier);
        annotation.importKey = std::move(key);
        result.annotations.push_back(std::move(annotation));
    }
    return result;
}

} // namespace

ItemFileMatcher::ItemFileMatcher(const ItemList &items)
{
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        m_byPath.insert(item.path, &item);
        const QString name = QFileInfo(item.path).fileName();
        m_byName.insert(name, m_byName.contains(name) ? nullptr : &item);
    }
}

const Item *ItemFileMatcher::match(const QString &fileName) const
{
    if (const Item *item = m_byPath.value(fileName))
        return item;
    return m_byName.value(QFileInfo(fileName).fileName());
}

Edit importEdit(const ImportedAnnotation &annotation)
{
    Edit edit = std::visit(
        [&](const auto &shape) {
            using Shape = std::decay_t<decltype(shape)>;
            if constexpr (std::is_same_v<Shape, BoxAnnotation>)
                return edits::addBox(annotation.itemId, shape).forward;
            else if constexpr (std::is_same_v<Shape, PolygonAnnotation>)
                return edits::addPolygon(annotation.itemId, shape).forward;
            else
                return edits::addMask(annotation.itemId, shape).forward;
        },
        annotation.shape);
    edit.data["import"] = annotation.importKey;
    return edit;
}

Expected<CocoImport> readCocoAnnotations(const QString &path, const Project &project,
                                         const ItemList &items)
{
    return readJsonFile<CocoImport>(path, [&](const Json &document, const QByteArray &) {
        CocoImport import = readDocument(document, project, items);
        import.source = path;
        return import;
    });
}

Expected<std::vector<CocoCategory>> readMissingCocoCategories(const QString &path,
                                                              const Taxonomy &taxonomy)
{
    return readJsonFile<std::vector<CocoCategory>>(
        path, [&](const Json &document, const QByteArray &) {
            std::vector<CocoCategory> missing;
            forEachCategory(document, [&](const Json &category, qint64 id, const Json &name) {
                if (!name.is_string() || name.get<std::string>().empty())
                    fail(concord::tr("category %1: \"name\" must be a non-empty string").arg(id));
                const QString labelName = QString::fromStdString(name.get<std::string>());
                const bool known =
                    taxonomy.findByName(labelName) ||
                    std::any_of(missing.begin(), missing.end(),
                                [&](const CocoCategory &c) { return c.name == labelName; });
                if (known)
                    return;
                const auto super = category.find("supercategory");
                missing.push_back({id, labelName,
                                   super != category.end() && super->is_string()
                                       ? QString::fromStdString(super->get<std::string>())
                                       : QString()});
            });
            return missing;
        });
}

Taxonomy withCocoCategories(Taxonomy taxonomy, const std::vector<CocoCategory> &categories)
{
    for (const CocoCategory &category : categories) {
        Label label;
        label.name = category.name;
        const Label *parent =
            category.supercategory.isEmpty() || category.supercategory == category.name
                ? nullptr
                : taxonomy.findByName(category.supercategory);
        if (parent && !(taxonomy.leafLabelsOnly() && taxonomy.isLeaf(parent->id)))
            label.parentId = parent->id;
        taxonomy.add(label);
    }
    return taxonomy;
}

// The content keys of everything already imported into `annotatorId`'s journals.
static std::set<std::string, std::less<>> importedKeys(const ProjectFolder &folder,
                                                       const QString &annotatorId)
{
    std::set<std::string, std::less<>> keys;
    for (const QString &file : folder.sessionJournalFiles(annotatorId)) {
        readJournal(file, annotatorId, QFileInfo(file).completeBaseName(),
                    [&](JournalEvent &&event, qint64) {
                        const std::string_view key = event.payload().optionalStringView("import");
                        if (!key.empty())
                            keys.emplace(key);
                    });
    }
    return keys;
}

static JournalEvent eventOf(const Edit &edit)
{
    JournalEvent event;
    event.itemId = edit.itemId;
    event.op = edit.op;
    event.data = edit.data;
    if (!edit.pixelRuns.isEmpty())
        event.data["rle"] = edit.pixelRuns.toStdString();
    return event;
}

Expected<CocoCommit> commitCocoImport(Workspace &workspace, const QString &annotatorId,
                                      const CocoImport &import)
{
    const ProjectFolder &folder = workspace.folder();
    if (!isValidAnnotatorId(annotatorId)) {
        return FileError{
            folder.projectFile(),
            concord::tr("\"%1\" is not a valid annotator id: use letters, digits, '.', '_' "
                        "or '-'")
                .arg(annotatorId)};
    }
    // Every edit is checked on a copy of the annotator's work before anything is written, with
    // the rules Workspace::commit applies, so a refused one leaves no trace.
    const std::set<std::string, std::less<>> done = importedKeys(folder, annotatorId);
    const AnnotatorWork *existing = WorkspaceInternals::store(workspace).work(annotatorId);
    AnnotatorWork scratch = existing ? *existing : AnnotatorWork();
    CocoCommit result;
    std::vector<Edit> pending;
    for (size_t i = 0; i < import.annotations.size(); ++i) {
        const ImportedAnnotation &annotation = import.annotations[i];
        if (done.contains(annotation.importKey)) {
            ++result.alreadyImported;
            continue;
        }
        Edit edit = importEdit(annotation);
        const QString problem =
            applyCheckedEdit(workspace.project().taxonomy, scratch, eventOf(edit));
        if (!problem.isEmpty())
            return FileError{import.source,
                             concord::tr("annotation %1: %2").arg(i + 1).arg(problem)};
        result.boxes += edit.op == ops::BoxAdd ? 1 : 0;
        result.polygons += edit.op == ops::PolygonAdd ? 1 : 0;
        result.masks += edit.op == ops::MaskAdd ? 1 : 0;
        pending.push_back(std::move(edit));
    }
    if (!pending.empty()) {
        StagedSession session(folder, annotatorId, workspace.project().currentGuidelineVersion);
        const BlobStore blobs(folder.blobsDir());
        for (const Edit &edit : pending) {
            JournalEvent event = eventOf(edit);
            if (edit.pixelRuns.size() > Workspace::InlinePixelRunsLimit) {
                // Durable before the session that names it, as in Workspace::commit.
                Expected<QString> blob = blobs.store(edit.pixelRuns, QStringLiteral("rle"));
                if (!blob)
                    return blob.error();
                event.data.erase("rle");
                event.data["blob"] = toStd(*blob);
            }
            session.append(std::move(event));
        }
        if (MaybeError error = session.commit())
            return *error;
    }
    // Only now, when the work is in: a failed or killed import adds no annotator. An import
    // killed after the session was written gets its annotator when run again.
    if (!workspace.project().findAnnotator(annotatorId)) {
        if (MaybeError error = workspace.addAnnotator({annotatorId, annotatorId, Role::Annotator}))
            return *error;
    }
    return result;
}

} // namespace concord
