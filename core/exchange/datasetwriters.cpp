// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/datasetwriters.h"

#include "core/storage/jsonsupport.h"

#include <QFileInfo>
#include <QXmlStreamWriter>

#include <algorithm>
#include <charconv>

namespace concord {

namespace {

// The shortest text that reads back as the same double, so coordinates survive exactly.
QString number(double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? QString::fromLatin1(buffer, int(end - buffer))
                                : QString::number(value, 'g', 17);
}

std::vector<const DatasetImage *> imagesOf(const std::vector<DatasetImage> &images,
                                           const QString &split)
{
    std::vector<const DatasetImage *> selected;
    for (const DatasetImage &image : images) {
        if (image.split == split)
            selected.push_back(&image);
    }
    return selected;
}

// Pascal VOC: one XML per image, 1-based inclusive pixel bounds as the VOC devkit writes them
// (a box over pixels 0..9 is xmin 1, xmax 10): xmin = x + 1, xmax = x + width.
QByteArray vocAnnotation(const DatasetImage &image, const QString &folderName)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartElement(QStringLiteral("annotation"));
    writer.writeTextElement(QStringLiteral("folder"), folderName);
    writer.writeTextElement(QStringLiteral("filename"), image.fileName);
    writer.writeStartElement(QStringLiteral("size"));
    writer.writeTextElement(QStringLiteral("width"), QString::number(image.width));
    writer.writeTextElement(QStringLiteral("height"), QString::number(image.height));
    writer.writeTextElement(QStringLiteral("depth"), QString::number(image.depth));
    writer.writeEndElement();
    writer.writeTextElement(QStringLiteral("segmented"), QStringLiteral("0"));
    for (const DatasetShape &shape : image.shapes) {
        writer.writeStartElement(QStringLiteral("object"));
        writer.writeTextElement(QStringLiteral("name"), shape.label);
        writer.writeTextElement(QStringLiteral("pose"), QStringLiteral("Unspecified"));
        writer.writeTextElement(QStringLiteral("truncated"), QStringLiteral("0"));
        writer.writeTextElement(QStringLiteral("difficult"), QStringLiteral("0"));
        writer.writeStartElement(QStringLiteral("bndbox"));
        writer.writeTextElement(QStringLiteral("xmin"), number(shape.bounds.x + 1));
        writer.writeTextElement(QStringLiteral("ymin"), number(shape.bounds.y + 1));
        writer.writeTextElement(QStringLiteral("xmax"), number(shape.bounds.right()));
        writer.writeTextElement(QStringLiteral("ymax"), number(shape.bounds.bottom()));
        writer.writeEndElement();
        writer.writeEndElement();
    }
    writer.writeEndElement();
    return xml;
}

std::vector<DatasetFile> vocFiles(const std::vector<DatasetImage> &images,
                                  const QStringList &splits, const QString &root)
{
    std::vector<DatasetFile> files;
    files.reserve(images.size() + size_t(splits.size()));
    // Without a root (de-identified), the folder the images are in rather than one a user named.
    const QString folderName =
        root.isEmpty() ? QStringLiteral("JPEGImages") : QFileInfo(root).fileName();
    for (const DatasetImage &image : images)
        files.push_back({QStringLiteral("Annotations/") + image.stem + QStringLiteral(".xml"),
                         vocAnnotation(image, folderName)});
    for (const QString &split : splits) {
        QByteArray list;
        for (const DatasetImage *image : imagesOf(images, split))
            list += image->stem.toUtf8() + '\n';
        files.push_back({QStringLiteral("ImageSets/Main/") + split + QStringLiteral(".txt"), list});
    }
    return files;
}

double unit(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

// YOLO: "class x1 y1 x2 y2 ..." for polygons and for each outer outline of a mask; boxes as
// "class cx cy w h", or as their four corners when `boxesAsOutlines`; all normalised by the
// image's width and height and clamped to [0, 1].
QByteArray yoloLabels(const DatasetImage &image, bool boxesAsOutlines)
{
    const double w = image.width, h = image.height;
    QByteArray text;
    auto ring = [&](int classIndex, const std::vector<ImagePoint> &points) {
        QStringList fields{QString::number(classIndex)};
        for (const ImagePoint &point : points)
            fields << number(unit(point.x / w)) << number(unit(point.y / h));
        text += fields.join(QLatin1Char(' ')).toUtf8() + '\n';
    };
    for (const DatasetShape &shape : image.shapes) {
        const ImageRect &r = shape.bounds;
        if (shape.kind == DatasetShapeKind::Box && boxesAsOutlines) {
            ring(shape.classIndex,
                 {{r.x, r.y}, {r.right(), r.y}, {r.right(), r.bottom()}, {r.x, r.bottom()}});
        } else if (shape.kind == DatasetShapeKind::Box) {
            const QStringList fields{QString::number(shape.classIndex),
                                     number(unit((r.x + r.width / 2) / w)),
                                     number(unit((r.y + r.height / 2) / h)),
                                     number(unit(r.width / w)), number(unit(r.height / h))};
            text += fields.join(QLatin1Char(' ')).toUtf8() + '\n';
        } else if (shape.kind == DatasetShapeKind::Polygon) {
            ring(shape.classIndex, shape.points);
        } else {
            for (const std::vector<ImagePoint> &outline : shape.outlines)
                ring(shape.classIndex, outline);
        }
    }
    return text;
}

// Whether the dataset holds outlines (polygons, masks). Ultralytics reads a whole label file as
// outlines once one line has more than six fields, taking a box line's centre and size for two
// vertices, and drops every outline of a dataset whose files mix boxes and outlines ("Box and
// segment counts should be equal"); so with any outline every box is written as one too
// (docs/dataset-formats.md, "Boxes beside outlines").
bool holdsOutlines(const std::vector<DatasetImage> &images)
{
    return std::any_of(images.cbegin(), images.cend(), [](const DatasetImage &image) {
        return std::any_of(
            image.shapes.cbegin(), image.shapes.cend(),
            [](const DatasetShape &shape) { return shape.kind != DatasetShapeKind::Box; });
    });
}

// YOLO's own key for a split: train, val or test; any other name is kept as it is.
QString yoloKey(const QString &split)
{
    if (split == QLatin1String("validation") || split == QLatin1String("valid"))
        return QStringLiteral("val");
    return split;
}

// A YAML double-quoted scalar; JSON's string escapes are YAML's.
QString yamlString(const QString &text)
{
    return QString::fromStdString(Json(toStd(text)).dump());
}

// A key as it is when it is a plain word (train, val, test), quoted otherwise.
QString yamlKey(const QString &key)
{
    const bool plain = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
    });
    return plain ? key : yamlString(key);
}

std::vector<DatasetFile> yoloFiles(const std::vector<DatasetImage> &images,
                                   const QStringList &splits, const QStringList &classNames,
                                   const QString &root)
{
    std::vector<DatasetFile> files;
    files.reserve(images.size() + 1);
    const bool boxesAsOutlines = holdsOutlines(images);
    for (const DatasetImage &image : images)
        files.push_back({QStringLiteral("labels/%1/%2.txt").arg(image.split, image.stem),
                         yoloLabels(image, boxesAsOutlines)});
    QString yaml = root.isEmpty() ? QString() : QStringLiteral("path: %1\n").arg(yamlString(root));
    for (const QString &split : splits)
        yaml += QStringLiteral("%1: %2\n")
                    .arg(yamlKey(yoloKey(split)), yamlString(QStringLiteral("images/") + split));
    yaml += QStringLiteral("names:\n");
    for (int index = 0; index < classNames.size(); ++index)
        yaml += QStringLiteral("  %1: %2\n").arg(index).arg(yamlString(classNames.at(index)));
    files.push_back({QStringLiteral("data.yaml"), yaml.toUtf8()});
    return files;
}

// RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled.
QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString shapeKindName(DatasetShapeKind kind)
{
    switch (kind) {
    case DatasetShapeKind::Box: return QStringLiteral("box");
    case DatasetShapeKind::Polygon: return QStringLiteral("polygon");
    case DatasetShapeKind::Mask: break;
    }
    return QStringLiteral("mask");
}

QByteArray csvTable(const std::vector<const DatasetImage *> &images)
{
    QString text = QStringLiteral("item,file,reader,label,kind,x,y,width,height,area,points,"
                                  "guideline_version,session\r\n");
    for (const DatasetImage *image : images) {
        for (const DatasetShape &shape : image->shapes) {
            QStringList points;
            for (const ImagePoint &point : shape.points)
                points << number(point.x) + QLatin1Char(' ') + number(point.y);
            const QStringList fields{image->itemId,
                                     image->split + QLatin1Char('/') + image->fileName,
                                     shape.reader,
                                     shape.label,
                                     shapeKindName(shape.kind),
                                     number(shape.bounds.x),
                                     number(shape.bounds.y),
                                     number(shape.bounds.width),
                                     number(shape.bounds.height),
                                     number(shape.area),
                                     points.join(QLatin1Char(';')),
                                     QString::number(shape.guidelineVersion),
                                     shape.session};
            QStringList quoted;
            for (const QString &field : fields)
                quoted << csvField(field);
            text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return text.toUtf8();
}

// Hugging Face's image folder: <split>/metadata.jsonl beside the images, one object per image.
QByteArray jsonLines(const std::vector<const DatasetImage *> &images)
{
    QByteArray text;
    for (const DatasetImage *image : images) {
        Json boxes = Json::array(), categories = Json::array(), areas = Json::array();
        for (const DatasetShape &shape : image->shapes) {
            const ImageRect &r = shape.bounds;
            boxes.push_back({r.x, r.y, r.width, r.height});
            categories.push_back(toStd(shape.label));
            areas.push_back(shape.area);
        }
        const Json line{
            {"file_name", toStd(image->fileName)},
            {"objects", {{"bbox", boxes}, {"categories", categories}, {"area", areas}}}};
        text += QByteArray::fromStdString(line.dump()) + '\n';
    }
    return text;
}

} // namespace

QString datasetImagePath(DatasetFormat format, const DatasetImage &image)
{
    switch (format) {
    case DatasetFormat::PascalVoc: return QStringLiteral("JPEGImages/") + image.fileName;
    case DatasetFormat::Yolo:
        return QStringLiteral("images/%1/%2").arg(image.split, image.fileName);
    case DatasetFormat::Csv:
    case DatasetFormat::JsonLines: break;
    }
    return image.split + QLatin1Char('/') + image.fileName;
}

std::vector<DatasetFile> datasetFiles(DatasetFormat format, const std::vector<DatasetImage> &images,
                                      const QStringList &splits, const QStringList &classNames,
                                      const QString &root)
{
    switch (format) {
    case DatasetFormat::PascalVoc: return vocFiles(images, splits, root);
    case DatasetFormat::Yolo: return yoloFiles(images, splits, classNames, root);
    case DatasetFormat::Csv:
    case DatasetFormat::JsonLines: break;
    }
    std::vector<DatasetFile> files;
    for (const QString &split : splits) {
        if (format == DatasetFormat::Csv)
            files.push_back({split + QStringLiteral(".csv"), csvTable(imagesOf(images, split))});
        else
            files.push_back(
                {split + QStringLiteral("/metadata.jsonl"), jsonLines(imagesOf(images, split))});
    }
    return files;
}

} // namespace concord
