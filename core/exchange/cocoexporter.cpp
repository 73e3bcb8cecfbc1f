// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/cocoexporter.h"

#include "core/exchange/pseudonymkey.h"
#include "core/geometry/maskrle.h"
#include "core/geometry/polygonraster.h"

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/project/attributepayload.h"
#include "core/storage/atomicfile.h"

#include <QDateTime>
#include <QFileInfo>

namespace concord {

namespace {

// The names an export writes. With a de-identification key (CocoExportOptions::deidentifyWith)
// whatever could name a patient or a person is replaced by what `concord-cli deidentify` with
// the same project writes, so the document and de-identified copies of the images still match
// (docs/deidentification.md, "Exports").
class ExportNames
{
public:
    explicit ExportNames(const PseudonymKey *key)
        : m_key(key)
    {}

    std::string fileName(const Item &item) const
    {
        return toStd(m_key ? deidentifiedImageName(*m_key, item) : item.path);
    }
    std::string sopInstanceUid(const QString &uid) const
    {
        return toStd(m_key ? m_key->uid(uid) : uid);
    }
    // Item ids are often made from file names, and people's ids and session ids from names.
    std::string pseudonym(const char *kind, const QString &value) const
    {
        return toStd(m_key ? m_key->pseudonym(QLatin1String(kind), value) : value);
    }

private:
    const PseudonymKey *m_key;
};

Json provenanceJson(const Provenance &provenance, const ExportNames &names)
{
    return Json{{"annotator", names.pseudonym(PersonPseudonymKind, provenance.annotatorId)},
                {"session", names.pseudonym(SessionPseudonymKind, provenance.sessionId)},
                {"guideline_version", provenance.guidelineVersion},
                {"modified", toStd(QDateTime::fromMSecsSinceEpoch(provenance.modifiedMs, Qt::UTC)
                                       .toString(Qt::ISODateWithMs))}};
}

} // namespace

// [[x0, y0, x1, y1, ...]], COCO's polygon segmentation, and the polygon's extent as bbox.
static void addPolygonFields(const PolygonAnnotation &polygon, Json &annotation)
{
    std::vector<double> ring;
    Polygon shape;
    double left = polygon.vertices.front().x, right = left;
    double top = polygon.vertices.front().y, bottom = top;
    for (const ImagePoint &vertex : polygon.vertices) {
        ring.push_back(vertex.x);
        ring.push_back(vertex.y);
        shape.emplace_back(vertex.x, vertex.y);
        left = std::min(left, vertex.x);
        right = std::max(right, vertex.x);
        top = std::min(top, vertex.y);
        bottom = std::max(bottom, vertex.y);
    }
    annotation["segmentation"] = Json::array({ring});
    annotation["bbox"] = {left, top, right - left, bottom - top};
    annotation["area"] = polygonArea(shape);
}

// COCO's compressed RLE over the whole image: {"size": [h, w], "counts": "<string>"}, the
// tight bounds of the set pixels as bbox and their count as area. False for an empty mask.
static bool addMaskFields(const BinaryMask &mask, cv::Size imageSize, Json &annotation)
{
    const BinaryMask content = cropToContent(clipToImage(mask, imageSize));
    if (content.bounds.empty())
        return false;
    const CocoRle rle = encodeCocoRle(content, imageSize);
    annotation["segmentation"] = {{"size", {rle.height, rle.width}},
                                  {"counts", cocoRleCountsToString(rle.counts).toStdString()}};
    annotation["bbox"] = {content.bounds.x, content.bounds.y, content.bounds.width,
                          content.bounds.height};
    annotation["area"] = maskArea(content);
    return true;
}

// CVAT's convention: {"attributes": {"severity": "moderate"}} on the annotation. Left out when
// none is set, so documents without attributes read as before.
static void addAttributes(const AnnotationAttributes &attributes, Json &annotation)
{
    if (!attributes.isEmpty())
        annotation["attributes"] = attributesToJson(attributes);
}

Json buildCocoDocument(const Project &project, const ItemList &items, const AnnotationStore &store,
                       const CocoExportOptions &options, CocoExportWarnings *warnings)
{
    const ExportNames names(options.deidentifyWith);
    Json categories = Json::array();
    for (const Label &label : project.taxonomy.labels()) {
        const Label *parent = project.taxonomy.find(label.parentId);
        categories.push_back({{"id", label.id},
                              {"name", toStd(label.name)},
                              {"supercategory", parent ? toStd(parent->name) : std::string()},
                              {"concord_path", toStd(project.taxonomy.pathOf(label.id))}});
    }

    Json images = Json::array();
    Json annotations = Json::array();
    Json imageLabels = Json::array();
    qint64 nextAnnotationId = 1;
    qint64 nextImageLabelId = 1;
    for (int index = 0; index < items.size(); ++index) {
        if (options.control.stopRequested())
            return Json();
        options.control.report(index, int(items.size()));
        const Item &item = items.at(index);
        const int imageId = index + 1;
        Json image{{"id", imageId},
                   {"file_name", names.fileName(item)},
                   {"width", item.width},
                   {"height", item.height},
                   {"concord_item", names.pseudonym(ItemPseudonymKind, item.id)}};
        if (!item.sopInstanceUid.isEmpty())
            image["sop_instance_uid"] = names.sopInstanceUid(item.sopInstanceUid);
        images.push_back(std::move(image));

        for (const auto &[annotatorId, work] : store.allWork()) {
            if (!options.annotatorIds.isEmpty() && !options.annotatorIds.contains(annotatorId))
                continue;
            const ItemWork *itemWork = work.item(item.id);
            if (!itemWork)
                continue;
            for (const BoxAnnotation &box : itemWork->boxes) {
                if (!project.taxonomy.find(box.labelId))
                    continue; // a label deleted from the taxonomy has no category to point to
                const ImageRect r =
                    item.width > 0 ? box.rect.clampedTo(item.width, item.height) : box.rect;
                Json annotation{{"id", nextAnnotationId++},
                                {"image_id", imageId},
                                {"category_id", box.labelId},
                                {"bbox", {r.x, r.y, r.width, r.height}},
                                {"area", r.width * r.height},
                                {"iscrowd", 0},
                                {"concord", provenanceJson(box.provenance, names)}};
                addAttributes(box.attributes, annotation);
                annotations.push_back(std::move(annotation));
            }
            auto annotationFor = [&](int labelId, const Provenance &provenance,
                                     const AnnotationAttributes &attributes) {
                Json annotation{{"image_id", imageId},
                                {"category_id", labelId},
                                {"iscrowd", 0},
                                {"concord", provenanceJson(provenance, names)}};
                addAttributes(attributes, annotation);
                return annotation;
            };
            auto add = [&](Json annotation) {
                annotation["id"] = nextAnnotationId++;
                annotations.push_back(std::move(annotation));
            };
            for (const PolygonAnnotation &polygon : itemWork->polygons) {
                if (!project.taxonomy.find(polygon.labelId) || polygon.vertices.size() < 3)
                    continue;
                Json annotation =
                    annotationFor(polygon.labelId, polygon.provenance, polygon.attributes);
                addPolygonFields(polygon, annotation);
                add(std::move(annotation));
            }
            // Masks need the image size for COCO's whole-image runs. Importing reads it from
            // the file, but an item listed before its image was read (or whose image was
            // missing) has none: its masks are left out and reported, never dropped silently.
            const cv::Size imageSize(item.width, item.height);
            for (const MaskAnnotation &mask : itemWork->masks) {
                if (!project.taxonomy.find(mask.labelId))
                    continue;
                if (imageSize.empty()) {
                    if (warnings) {
                        ++warnings->masksWithoutImageSize;
                        if (!warnings->itemsWithoutImageSize.contains(item.id))
                            warnings->itemsWithoutImageSize.append(item.id);
                    }
                    continue;
                }
                Json annotation = annotationFor(mask.labelId, mask.provenance, mask.attributes);
                if (addMaskFields(mask.mask, imageSize, annotation)) // false: erased to nothing
                    add(std::move(annotation));
            }
            for (int labelId : itemWork->classLabels.labelIds) {
                if (!project.taxonomy.find(labelId))
                    continue;
                Json imageLabel{
                    {"id", nextImageLabelId++},
                    {"image_id", imageId},
                    {"category_id", labelId},
                    {"concord", provenanceJson(itemWork->classLabels.provenance, names)}};
                addAttributes(itemWork->classLabels.attributes.value(labelId), imageLabel);
                imageLabels.push_back(std::move(imageLabel));
            }
        }
    }

    options.control.report(int(items.size()), int(items.size()));
    return Json{{"info",
                 {{"description", toStd(project.name)},
                  {"version", toStd(QString::number(project.currentGuidelineVersion))},
                  {"date_created", toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))},
                  {"concord_project_id", toStd(project.projectId)}}},
                {"licenses", Json::array()},
                {"images", images},
                {"categories", categories},
                {"annotations", annotations},
                {"image_labels", imageLabels}};
}

MaybeError writeCocoFile(const QString &path, const Json &document)
{
    return writeFileAtomically(QFileInfo(path).absoluteFilePath(),
                               QByteArray::fromStdString(document.dump(1) + '\n'));
}

Expected<CocoExportResult> exportCoco(const Project &project, const ItemList &items,
                                      const AnnotationStore &store, const QString &path,
                                      const CocoExportOptions &options)
{
    CocoExportResult result;
    const Json document = buildCocoDocument(project, items, store, options, &result.warnings);
    // The last chance to stop: the file is written in one piece, so a stop after this would
    // leave it complete anyway.
    if (document.is_null() || options.control.stopRequested()) {
        result.cancelled = true;
        return result;
    }
    if (MaybeError error = writeCocoFile(path, document))
        return *error;
    result.images = int(document["images"].size());
    result.annotations = int(document["annotations"].size());
    result.imageLabels = int(document["image_labels"].size());
    return result;
}

} // namespace concord
