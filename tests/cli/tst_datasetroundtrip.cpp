// SPDX-License-Identifier: GPL-3.0-or-later
// Each dataset format, round trip through the real concord-cli (docs/dataset-formats.md): a
// project with boxes, polygons and masks on several items by two readers and a recorded split is
// exported with --split NAME and a reader choice, and what was written is read back by readers
// written here (VOC with QXmlStreamReader, YOLO and CSV by hand, JSON Lines with nlohmann json):
// every shape's label and coordinates, the copies of the images, and nothing of the other
// splits. YOLO label files are also read as Ultralytics reads them (a file with one outline line
// is all outlines; a split mixing boxes and outlines loses its outlines), which is why a box
// beside outlines is written as its corners. --truth is read back the same way, on a project
// with a quality policy whose accepted items are a consensus and an adjudication.
// tst_datasetexportcommand covers one reader without --split, --per-split, linked images and
// refused destinations; this test does not repeat them.
#include "core/geometry/maskrle.h"
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "tests/cli/clirun.h"
#include "tests/cli/vocreader.h"
#include "tests/core/csvrecords.h"
#include "tests/core/filebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <map>
#include <numeric>

using namespace concord;
using namespace concord::test;

namespace {

// YOLO's coordinates are fractions of the image; a writer may round them to six decimals.
constexpr double NormalisedTolerance = 1e-6;
constexpr double PixelTolerance = 1e-6;

// Every file below `folder`, relative to it, sorted.
QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

bool near(double a, double b, double tolerance = PixelTolerance)
{
    return std::abs(a - b) <= tolerance;
}

enum class Kind { Box, Polygon, Mask };

QString kindName(Kind kind)
{
    return kind == Kind::Box       ? QStringLiteral("box")
           : kind == Kind::Polygon ? QStringLiteral("polygon")
                                   : QStringLiteral("mask");
}

// A shape as it went into the project, with what every format derives from it.
struct Shape
{
    QString reader;
    Kind kind = Kind::Box;
    QString label;
    double x = 0, y = 0, width = 0, height = 0; // the box; a polygon's or a mask's extent
    double area = 0;                            // w x h, shoelace, or pixel count
    std::vector<cv::Point2d> points;            // a polygon's vertices
    cv::Mat1b mask;                             // the whole image, 1 where set (masks)
};

struct Picture
{
    QString file; // the file name, which the export keeps (all names differ)
    QString itemId;
    QString split;
    int width = 0, height = 0;
    std::vector<Shape> shapes;
};

// One export run: the split asked for and the readers whose work it should hold.
struct Run
{
    QString format;
    QString split;
    QStringList choice; // --reader ID or --all-work
    QStringList readers;
};

// Matches every expected shape to one read shape `matches` accepts, each read shape used once;
// an empty string when all match and none is left over, else what did not.
template <typename Read, typename Matches>
QString matchShapes(const std::vector<Shape> &expected, const std::vector<Read> &read,
                    const Matches &matches)
{
    std::vector<bool> used(read.size(), false);
    for (const Shape &shape : expected) {
        bool found = false;
        for (size_t r = 0; r < read.size() && !found; ++r) {
            if (!used[r] && matches(shape, read[r]))
                used[r] = found = true;
        }
        if (!found)
            return QStringLiteral("no match for %1's %2 %3 at %4,%5 %6x%7")
                .arg(shape.reader, shape.label, kindName(shape.kind))
                .arg(shape.x)
                .arg(shape.y)
                .arg(shape.width)
                .arg(shape.height);
    }
    if (expected.size() != read.size())
        return QStringLiteral("%1 shapes read, %2 expected").arg(read.size()).arg(expected.size());
    return {};
}

// --- YOLO, by hand ---

// data.yaml as Concord writes it: "key: value" lines, the names indented under "names:".
struct YoloYaml
{
    std::map<QString, QString> keys; // values with their quotes removed
    std::map<int, QString> names;
};

QString unquoted(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(QLatin1Char('"')) &&
        trimmed.endsWith(QLatin1Char('"')))
        return trimmed.mid(1, trimmed.size() - 2)
            .replace(QLatin1String("\\\""), QLatin1String("\""));
    return trimmed;
}

YoloYaml readYoloYaml(const QString &path)
{
    YoloYaml yaml;
    bool inNames = false;
    for (const QString &line :
         QString::fromUtf8(testing::readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1);
        if (line.startsWith(QLatin1Char(' ')) && inNames) {
            yaml.names[key.toInt()] = unquoted(value);
        } else {
            inNames = key == QLatin1String("names");
            if (!inNames)
                yaml.keys[key] = unquoted(value);
        }
    }
    return yaml;
}

struct YoloLine
{
    int classIndex = -1;
    std::vector<double> values; // normalised: cx cy w h, or x1 y1 x2 y2 ...
};

std::vector<YoloLine> readYoloLabels(const QString &path)
{
    std::vector<YoloLine> lines;
    for (const QString &text :
         QString::fromUtf8(testing::readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        YoloLine line;
        line.classIndex = fields.value(0).toInt();
        for (qsizetype f = 1; f < fields.size(); ++f)
            line.values.push_back(fields[f].toDouble());
        lines.push_back(line);
    }
    return lines;
}

// A box as Ultralytics' verify_image_label makes it of a label file: once any line has more
// than six fields, every line is an outline ((x, y) pairs) and its box their extent; otherwise
// every line is "cx cy w h". Normalised x, y, width, height.
struct UltralyticsBox
{
    int classIndex = -1;
    double x = 0, y = 0, width = 0, height = 0;
};

std::vector<UltralyticsBox> ultralyticsBoxes(const std::vector<YoloLine> &lines)
{
    const bool outlines = std::any_of(lines.cbegin(), lines.cend(), [](const YoloLine &line) {
        return line.values.size() + 1 > 6;
    });
    std::vector<UltralyticsBox> boxes;
    for (const YoloLine &line : lines) {
        UltralyticsBox box;
        box.classIndex = line.classIndex;
        if (outlines) {
            double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
            for (size_t v = 0; v + 1 < line.values.size(); v += 2) {
                left = std::min(left, line.values[v]);
                right = std::max(right, line.values[v]);
                top = std::min(top, line.values[v + 1]);
                bottom = std::max(bottom, line.values[v + 1]);
            }
            box = {line.classIndex, left, top, right - left, bottom - top};
        } else if (line.values.size() == 4) {
            box = {line.classIndex, line.values[0] - line.values[2] / 2,
                   line.values[1] - line.values[3] / 2, line.values[2], line.values[3]};
        }
        boxes.push_back(box);
    }
    return boxes;
}

// --- CSV, by hand: RFC 4180 records, CRLF line ends, quoted fields with doubled quotes ---

// The pixels whose centres an outline (pixel coordinates) holds.
cv::Mat1b filledOutline(const std::vector<cv::Point2f> &outline, cv::Size size)
{
    cv::Mat1b filled(size, uchar(0));
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x)
            filled(y, x) = cv::pointPolygonTest(outline, {x + 0.5F, y + 0.5F}, false) > 0;
    }
    return filled;
}

} // namespace

class TestDatasetRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_images;
    std::vector<Picture> m_pictures;
    const QStringList m_labels{QStringLiteral("Nodule"), QStringLiteral("Effusion"),
                               QStringLiteral("Mass, large")};

    // What the project holds. Items 0..6: "bob" draws a Nodule box; "ann" an Effusion triangle,
    // a Nodule disc (a mask) and, on odd items, a "Mass, large" box. Item 7 holds nothing. All
    // coordinates but the masks' have fractions, so rounding shows.
    void makePictures()
    {
        const cv::Size sizes[] = {{64, 48}, {80, 60}, {72, 72}, {100, 50},
                                  {56, 64}, {90, 70}, {48, 48}, {120, 90}};
        for (int i = 0; i < 8; ++i) {
            Picture picture;
            picture.file = QStringLiteral("case%1.png").arg(i);
            picture.width = sizes[i].width;
            picture.height = sizes[i].height;
            if (i < 7) {
                Shape box{QStringLiteral("bob"), Kind::Box, QStringLiteral("Nodule")};
                box.x = 2.5 + i;
                box.y = 3 + i * 0.5;
                box.width = 12 + i;
                box.height = 8.25;
                box.area = box.width * box.height;
                picture.shapes.push_back(box);

                Shape triangle{QStringLiteral("ann"), Kind::Polygon, QStringLiteral("Effusion")};
                triangle.points = {{10.5 + i, 20}, {30.0 + i, 22.75}, {20, 35 + i * 0.5}};
                double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
                double twiceArea = 0;
                for (size_t v = 0; v < 3; ++v) {
                    const cv::Point2d &p = triangle.points[v];
                    const cv::Point2d &q = triangle.points[(v + 1) % 3];
                    left = std::min(left, p.x);
                    right = std::max(right, p.x);
                    top = std::min(top, p.y);
                    bottom = std::max(bottom, p.y);
                    twiceArea += p.x * q.y - q.x * p.y;
                }
                triangle.x = left;
                triangle.y = top;
                triangle.width = right - left;
                triangle.height = bottom - top;
                triangle.area = std::abs(twiceArea) / 2;
                picture.shapes.push_back(triangle);

                Shape disc{QStringLiteral("ann"), Kind::Mask, QStringLiteral("Nodule")};
                disc.mask = cv::Mat1b(sizes[i], uchar(0));
                cv::circle(disc.mask, {25 + i, 24}, 5 + i % 3, 1, cv::FILLED);
                const cv::Rect extent = cv::boundingRect(disc.mask);
                disc.x = extent.x;
                disc.y = extent.y;
                disc.width = extent.width;
                disc.height = extent.height;
                disc.area = cv::countNonZero(disc.mask);
                picture.shapes.push_back(disc);

                if (i % 2 == 1) {
                    Shape mass{QStringLiteral("ann"), Kind::Box, QStringLiteral("Mass, large")};
                    mass.x = 30;
                    mass.y = 5;
                    mass.width = 10.5;
                    mass.height = 6;
                    mass.area = mass.width * mass.height;
                    picture.shapes.push_back(mass);
                }
            }
            m_pictures.push_back(picture);
        }
    }

    // One reader's work as a COCO file for import-annotations.
    QString cocoOf(const QString &reader) const
    {
        nlohmann::json images = nlohmann::json::array(), annotations = nlohmann::json::array();
        int annotationId = 0;
        for (size_t i = 0; i < m_pictures.size(); ++i) {
            const Picture &picture = m_pictures[i];
            images.push_back({{"id", i + 1},
                              {"file_name", picture.file.toStdString()},
                              {"width", picture.width},
                              {"height", picture.height}});
            for (const Shape &shape : picture.shapes) {
                if (shape.reader != reader)
                    continue;
                nlohmann::json annotation = {{"id", ++annotationId},
                                             {"image_id", i + 1},
                                             {"category_id", m_labels.indexOf(shape.label) + 1}};
                if (shape.kind == Kind::Box) {
                    annotation["bbox"] = {shape.x, shape.y, shape.width, shape.height};
                } else if (shape.kind == Kind::Polygon) {
                    nlohmann::json ring = nlohmann::json::array();
                    for (const cv::Point2d &point : shape.points) {
                        ring.push_back(point.x);
                        ring.push_back(point.y);
                    }
                    nlohmann::json rings = nlohmann::json::array();
                    rings.push_back(ring);
                    annotation["segmentation"] = rings;
                } else {
                    const CocoRle rle =
                        encodeCocoRle(maskFromImage(shape.mask), {picture.width, picture.height});
                    annotation["iscrowd"] = 1;
                    annotation["segmentation"] = {
                        {"size", {picture.height, picture.width}},
                        {"counts", cocoRleCountsToString(rle.counts).toStdString()}};
                }
                annotations.push_back(annotation);
            }
        }
        nlohmann::json categories = nlohmann::json::array();
        for (qsizetype c = 0; c < m_labels.size(); ++c)
            categories.push_back({{"id", c + 1}, {"name", m_labels[c].toStdString()}});
        const QString path = m_dir.filePath(reader + QStringLiteral(".json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray::fromStdString(nlohmann::json{
                {"images", images},
                {"categories", categories},
                {"annotations", annotations}}.dump()));
        return path;
    }

    // The pictures of `run`'s split, with only its readers' shapes.
    std::vector<Picture> expectedFor(const Run &run) const
    {
        std::vector<Picture> selected;
        for (const Picture &picture : m_pictures) {
            if (picture.split != run.split)
                continue;
            Picture chosen = picture;
            chosen.shapes.clear();
            for (const Shape &shape : picture.shapes) {
                if (run.readers.contains(shape.reader))
                    chosen.shapes.push_back(shape);
            }
            selected.push_back(chosen);
        }
        return selected;
    }

    // The copy is a file of its own (not a link) and equals the original byte for byte.
    void checkCopy(const QString &copy, const Picture &picture) const
    {
        QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
        QVERIFY2(!QFileInfo(copy).isSymLink(), qPrintable(copy));
        QCOMPARE(testing::readAll(copy),
                 testing::readAll(m_images + QLatin1Char('/') + picture.file));
    }

    static QString stemOf(const Picture &picture) { return QFileInfo(picture.file).baseName(); }

    void checkVoc(const QString &folder, const Run &run, const std::vector<Picture> &expected)
    {
        const QString list = QStringLiteral("ImageSets/Main/%1.txt").arg(run.split);
        QStringList files{list};
        QStringList stems;
        for (const Picture &picture : expected) {
            files << QStringLiteral("Annotations/%1.xml").arg(stemOf(picture))
                  << QStringLiteral("JPEGImages/") + picture.file;
            stems << stemOf(picture);
        }
        files.sort();
        QCOMPARE(filesBelow(folder), files);
        QStringList listed = QString::fromUtf8(testing::readAll(folder + QLatin1Char('/') + list))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        listed.sort();
        stems.sort();
        QCOMPARE(listed, stems);

        for (const Picture &picture : expected) {
            const testing::VocFile voc = testing::readVoc(
                QStringLiteral("%1/Annotations/%2.xml").arg(folder, stemOf(picture)));
            QVERIFY2(voc.error.isEmpty(), qPrintable(voc.error));
            QCOMPARE(voc.fileName, picture.file);
            QCOMPARE(voc.width, picture.width);
            QCOMPARE(voc.height, picture.height);
            QCOMPARE(voc.depth, 1);
            // VOC's bounds are 1-based and inclusive: x + 1 .. x + width.
            const QString mismatch = matchShapes(
                picture.shapes, voc.objects, [](const Shape &s, const testing::VocObject &o) {
                    return o.name == s.label && near(o.xmin, s.x + 1) && near(o.ymin, s.y + 1) &&
                           near(o.xmax, s.x + s.width) && near(o.ymax, s.y + s.height);
                });
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(picture.file + QStringLiteral(": ") + mismatch));
            checkCopy(folder + QStringLiteral("/JPEGImages/") + picture.file, picture);
        }
    }

    // Whether `line` is `shape`, drawn on an image of `size`, as Concord writes it.
    static bool yoloLineIs(const YoloLine &line, int classIndex, const Shape &shape, cv::Size size,
                           bool outlines)
    {
        if (line.classIndex != classIndex)
            return false;
        const double w = size.width, h = size.height;
        const std::vector<double> &v = line.values;
        if (shape.kind == Kind::Box && !outlines) {
            return v.size() == 4 &&
                   near(v[0], (shape.x + shape.width / 2) / w, NormalisedTolerance) &&
                   near(v[1], (shape.y + shape.height / 2) / h, NormalisedTolerance) &&
                   near(v[2], shape.width / w, NormalisedTolerance) &&
                   near(v[3], shape.height / h, NormalisedTolerance);
        }
        std::vector<cv::Point2d> corners = shape.points;
        if (shape.kind == Kind::Box) {
            const double right = shape.x + shape.width, bottom = shape.y + shape.height;
            corners = {{shape.x, shape.y}, {right, shape.y}, {right, bottom}, {shape.x, bottom}};
        }
        if (shape.kind != Kind::Mask) {
            if (v.size() != 2 * corners.size())
                return false;
            for (size_t k = 0; k < corners.size(); ++k) {
                if (!near(v[2 * k], corners[k].x / w, NormalisedTolerance) ||
                    !near(v[2 * k + 1], corners[k].y / h, NormalisedTolerance))
                    return false;
            }
            return true;
        }
        // A mask's outline: filling it gives back exactly its pixels.
        if (v.size() < 6 || v.size() % 2 != 0)
            return false;
        std::vector<cv::Point2f> outline;
        for (size_t k = 0; k + 1 < v.size(); k += 2)
            outline.emplace_back(float(v[k] * w), float(v[k + 1] * h));
        return cv::countNonZero(filledOutline(outline, size) != shape.mask) == 0;
    }

    void checkYolo(const QString &folder, const Run &run, const std::vector<Picture> &expected)
    {
        QStringList files{QStringLiteral("data.yaml")};
        for (const Picture &picture : expected)
            files << QStringLiteral("images/%1/%2").arg(run.split, picture.file)
                  << QStringLiteral("labels/%1/%2.txt").arg(run.split, stemOf(picture));
        files.sort();
        QCOMPARE(filesBelow(folder), files);

        const YoloYaml yaml = readYoloYaml(folder + QStringLiteral("/data.yaml"));
        const std::map<QString, QString> keys = {
            {QStringLiteral("path"), QFileInfo(folder).absoluteFilePath()},
            {run.split, QStringLiteral("images/") + run.split}};
        QCOMPARE(yaml.keys, keys); // the other splits are not named
        QCOMPARE(yaml.names.size(), size_t(m_labels.size()));
        for (qsizetype c = 0; c < m_labels.size(); ++c)
            QCOMPARE(yaml.names.at(int(c)), m_labels[c]);

        // With any polygon or mask in the dataset every line is an outline; without, every line
        // is a box (docs/dataset-formats.md, "Boxes beside outlines").
        bool outlines = false;
        for (const Picture &picture : expected) {
            for (const Shape &shape : picture.shapes)
                outlines |= shape.kind != Kind::Box;
        }
        if (!run.choice.contains(QLatin1String("--truth")))
            QCOMPARE(outlines, run.readers.contains(QLatin1String("ann")));
        for (const Picture &picture : expected) {
            checkCopy(QStringLiteral("%1/images/%2/%3").arg(folder, run.split, picture.file),
                      picture);
            const std::vector<YoloLine> lines = readYoloLabels(
                QStringLiteral("%1/labels/%2/%3.txt").arg(folder, run.split, stemOf(picture)));
            for (const YoloLine &line : lines)
                QVERIFY2(outlines ? line.values.size() >= 6 : line.values.size() == 4,
                         qPrintable(QStringLiteral("%1: a line of %2 fields")
                                        .arg(picture.file)
                                        .arg(line.values.size() + 1)));
            const cv::Size size(picture.width, picture.height);
            const QString mismatch =
                matchShapes(picture.shapes, lines, [&](const Shape &s, const YoloLine &line) {
                    return yoloLineIs(line, int(m_labels.indexOf(s.label)), s, size, outlines);
                });
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(picture.file + QStringLiteral(": ") + mismatch));

            // Ultralytics gets every shape's extent back: a box exactly, a polygon its extent, a
            // mask the extent of its outline, a quarter pixel inside the pixels' edges.
            const std::vector<UltralyticsBox> boxes = ultralyticsBoxes(lines);
            const QString misread =
                matchShapes(picture.shapes, boxes, [&](const Shape &s, const UltralyticsBox &box) {
                    const double inset = s.kind == Kind::Mask ? 0.25 : 0;
                    const double w = picture.width, h = picture.height;
                    return box.classIndex == m_labels.indexOf(s.label) &&
                           near(box.x, (s.x + inset) / w, NormalisedTolerance) &&
                           near(box.y, (s.y + inset) / h, NormalisedTolerance) &&
                           near(box.width, (s.width - 2 * inset) / w, NormalisedTolerance) &&
                           near(box.height, (s.height - 2 * inset) / h, NormalisedTolerance);
                });
            QVERIFY2(
                misread.isEmpty(),
                qPrintable(picture.file + QStringLiteral(" as Ultralytics reads it: ") + misread));
        }
    }

    void checkCsv(const QString &folder, const Run &run, const std::vector<Picture> &expected)
    {
        QStringList files{run.split + QStringLiteral(".csv")};
        for (const Picture &picture : expected) {
            files << run.split + QLatin1Char('/') + picture.file;
            checkCopy(QStringLiteral("%1/%2/%3").arg(folder, run.split, picture.file), picture);
        }
        files.sort();
        QCOMPARE(filesBelow(folder), files);

        const std::vector<QStringList> records = testing::readCsvRecords(
            testing::readAll(QStringLiteral("%1/%2.csv").arg(folder, run.split)));
        QVERIFY(!records.empty());
        QCOMPARE(records.front().join(QLatin1Char(',')),
                 QStringLiteral("item,file,reader,label,kind,x,y,width,height,area,points,"
                                "guideline_version,session"));
        for (size_t r = 1; r < records.size(); ++r)
            QCOMPARE(records[r].size(), records.front().size());
        for (const Picture &picture : expected) {
            std::vector<QStringList> rows;
            for (size_t r = 1; r < records.size(); ++r) {
                if (records[r][0] == picture.itemId)
                    rows.push_back(records[r]);
            }
            const QString mismatch =
                matchShapes(picture.shapes, rows, [&](const Shape &s, const QStringList &row) {
                    // "x1 y1;x2 y2;..." for polygons, empty for the others.
                    const QStringList points = row[10].split(QLatin1Char(';'), Qt::SkipEmptyParts);
                    bool samePoints = points.size() == qsizetype(s.points.size());
                    for (qsizetype k = 0; samePoints && k < points.size(); ++k) {
                        const QStringList xy = points[k].split(QLatin1Char(' '));
                        samePoints = xy.size() == 2 &&
                                     near(xy[0].toDouble(), s.points[size_t(k)].x) &&
                                     near(xy[1].toDouble(), s.points[size_t(k)].y);
                    }
                    // A consensus is made in nobody's session.
                    const bool provenance =
                        row[11].toInt() >= 1 &&
                        row[12].isEmpty() == (s.reader == QLatin1String("consensus"));
                    return row[1] == run.split + QLatin1Char('/') + picture.file &&
                           row[2] == s.reader && row[3] == s.label && row[4] == kindName(s.kind) &&
                           near(row[5].toDouble(), s.x) && near(row[6].toDouble(), s.y) &&
                           near(row[7].toDouble(), s.width) && near(row[8].toDouble(), s.height) &&
                           near(row[9].toDouble(), s.area) && samePoints && provenance;
                });
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(picture.file + QStringLiteral(": ") + mismatch));
        }
        size_t shapes = 0;
        for (const Picture &picture : expected)
            shapes += picture.shapes.size();
        QCOMPARE(records.size() - 1, shapes); // no row of another split's item
    }

    void checkJsonLines(const QString &folder, const Run &run, const std::vector<Picture> &expected)
    {
        QStringList files{run.split + QStringLiteral("/metadata.jsonl")};
        for (const Picture &picture : expected) {
            files << run.split + QLatin1Char('/') + picture.file;
            checkCopy(QStringLiteral("%1/%2/%3").arg(folder, run.split, picture.file), picture);
        }
        files.sort();
        QCOMPARE(filesBelow(folder), files);

        std::map<QString, nlohmann::json> lines;
        for (const QByteArray &line :
             testing::readAll(QStringLiteral("%1/%2/metadata.jsonl").arg(folder, run.split))
                 .split('\n')) {
            if (line.isEmpty())
                continue;
            const nlohmann::json record = nlohmann::json::parse(line.toStdString());
            lines[QString::fromStdString(record.at("file_name").get<std::string>())] = record;
        }
        QCOMPARE(lines.size(), expected.size());
        for (const Picture &picture : expected) {
            QVERIFY2(lines.count(picture.file), qPrintable(picture.file));
            const nlohmann::json &objects = lines[picture.file].at("objects");
            const size_t count = objects.at("categories").size();
            QCOMPARE(objects.at("bbox").size(), count);
            QCOMPARE(objects.at("area").size(), count);
            std::vector<size_t> indices(count);
            std::iota(indices.begin(), indices.end(), size_t(0));
            const QString mismatch =
                matchShapes(picture.shapes, indices, [&](const Shape &s, size_t i) {
                    const nlohmann::json &box = objects["bbox"][i];
                    return objects["categories"][i].get<std::string>() == s.label.toStdString() &&
                           box.size() == 4 && near(box[0].get<double>(), s.x) &&
                           near(box[1].get<double>(), s.y) && near(box[2].get<double>(), s.width) &&
                           near(box[3].get<double>(), s.height) &&
                           near(objects["area"][i].get<double>(), s.area);
                });
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(picture.file + QStringLiteral(": ") + mismatch));
        }
    }

    // A project with the labels and the pictures, made as a user would.
    void makeProject(const QString &project) const
    {
        CliRun run = runCli({QStringLiteral("init"), project, QStringLiteral("--taxonomy"),
                             m_dir.filePath(QStringLiteral("labels.txt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = runCli({QStringLiteral("import"), project, m_images});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }

    // What `run` wrote to `folder` holds `expected`, read back in its format.
    void checkFormat(const QString &folder, const Run &run, const std::vector<Picture> &expected)
    {
        if (run.format == QLatin1String("voc"))
            checkVoc(folder, run, expected);
        else if (run.format == QLatin1String("yolo"))
            checkYolo(folder, run, expected);
        else if (run.format == QLatin1String("csv"))
            checkCsv(folder, run, expected);
        else
            checkJsonLines(folder, run, expected);
    }

    // --- The truth: a project with a quality policy and accepted items ---

    QString m_truthProject;
    std::vector<Picture> m_truth; // every picture, with its accepted answer, in split "train"

    static int labelIdOf(const Taxonomy &taxonomy, const QString &name)
    {
        for (const Label &label : taxonomy.labels()) {
            if (label.name == name)
                return label.id;
        }
        return 0;
    }

    // `reader` draws `shapes` on `itemId` and submits it.
    static void read(Workspace &workspace, const QString &reader, const QString &itemId,
                     const std::vector<Shape> &shapes)
    {
        QVERIFY(!workspace.startSession(reader));
        const Taxonomy &taxonomy = workspace.project().taxonomy;
        for (const Shape &shape : shapes) {
            const int labelId = labelIdOf(taxonomy, shape.label);
            QVERIFY2(labelId > 0, qPrintable(shape.label));
            MaybeError error;
            if (shape.kind == Kind::Box) {
                BoxAnnotation box{newAnnotationId(), labelId,
                                  ImageRect{shape.x, shape.y, shape.width, shape.height}};
                error = workspace.commit(edits::addBox(itemId, box).forward);
            } else if (shape.kind == Kind::Polygon) {
                PolygonAnnotation polygon{newAnnotationId(), labelId, {}};
                for (const cv::Point2d &point : shape.points)
                    polygon.vertices.push_back({point.x, point.y});
                error = workspace.commit(edits::addPolygon(itemId, polygon).forward);
            } else {
                MaskAnnotation mask{newAnnotationId(), labelId, maskFromImage(shape.mask)};
                error = workspace.commit(edits::addMask(itemId, mask).forward);
            }
            QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        }
        QVERIFY(!workspace.commit(
            edits::setItemStatus(itemId, ItemStatus::InProgress, ItemStatus::Done).forward));
        QVERIFY(!workspace.endSession());
    }

    // The pictures again in a project of their own, read blind by ann and bob under a quality
    // policy: on case0..case3 both draw the same Nodule box and disc, which their consensus
    // accepts; on case4 ann outlines the Effusion and boxes the Nodule where bob boxes
    // elsewhere, and the adjudicator adj takes ann's answer; case5 is read by ann alone (not
    // accepted); case6 and case7 by nobody.
    void makeTruthProject()
    {
        m_truthProject = m_dir.filePath(QStringLiteral("truth.concord"));
        makeProject(m_truthProject);
        if (QTest::currentTestFailed())
            return;
        QString adjudicated;
        {
            Expected<std::unique_ptr<Workspace>> opened = Workspace::open(m_truthProject);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
            Workspace &workspace = **opened;
            for (const Annotator &person :
                 {Annotator{QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator},
                  Annotator{QStringLiteral("bob"), QStringLiteral("Bob"), Role::Annotator},
                  Annotator{QStringLiteral("adj"), QStringLiteral("Adj"), Role::Adjudicator},
                  Annotator{QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}})
                QVERIFY(!workspace.addAnnotator(person));
            for (int i = 0; i < int(m_pictures.size()); ++i) {
                Picture picture = m_pictures[size_t(i)];
                picture.split = QLatin1String("train");
                picture.shapes.clear();
                for (const Item &item : workspace.items().items()) {
                    if (QFileInfo(item.path).fileName() == picture.file)
                        picture.itemId = item.id;
                }
                QVERIFY2(!picture.itemId.isEmpty(), qPrintable(picture.file));
                const std::vector<Shape> &drawn = m_pictures[size_t(i)].shapes;
                if (i < 4) {
                    const std::vector<Shape> agreed{drawn[0], drawn[2]}; // the box, the disc
                    read(workspace, QStringLiteral("ann"), picture.itemId, agreed);
                    read(workspace, QStringLiteral("bob"), picture.itemId, agreed);
                    for (Shape shape : agreed) {
                        shape.reader = QLatin1String("consensus");
                        picture.shapes.push_back(shape);
                    }
                } else if (i == 4) {
                    const std::vector<Shape> answer{drawn[0], drawn[1]}; // the box, the triangle
                    Shape elsewhere = drawn[0];
                    elsewhere.x = picture.width - 8;
                    elsewhere.y = picture.height - 8;
                    elsewhere.width = elsewhere.height = 6;
                    read(workspace, QStringLiteral("ann"), picture.itemId, answer);
                    read(workspace, QStringLiteral("bob"), picture.itemId, {elsewhere});
                    for (Shape shape : answer) {
                        shape.reader = QLatin1String("adj");
                        picture.shapes.push_back(shape);
                    }
                    adjudicated = picture.itemId;
                } else if (i == 5) {
                    read(workspace, QStringLiteral("ann"), picture.itemId, {drawn[0]});
                }
                if (QTest::currentTestFailed())
                    return;
                m_truth.push_back(picture);
            }
        }
        CliRun run =
            runCli({QStringLiteral("policy"), m_truthProject, QStringLiteral("set"),
                    QStringLiteral("--as"), QStringLiteral("lea"), QStringLiteral("qc_rate=0"),
                    QStringLiteral("summary=truth round trip")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = runCli({QStringLiteral("decide"), m_truthProject, adjudicated,
                      QStringLiteral("adjudication"), QStringLiteral("--as"), QStringLiteral("adj"),
                      QStringLiteral("--take"), QStringLiteral("ann")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = runCli({QStringLiteral("route"), m_truthProject, QStringLiteral("--json")});
        const std::optional<nlohmann::json> routes = parseJson(run.out);
        QVERIFY2(routes, qPrintable(run.out));
        QCOMPARE((*routes)["counts"]["accepted"].get<int>(), 5);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images));
        makePictures();
        int shade = 10;
        for (const Picture &picture : m_pictures) {
            QVERIFY(cv::imwrite(
                (m_images + QLatin1Char('/') + picture.file).toStdString(),
                cv::Mat(picture.height, picture.width, CV_8U, cv::Scalar(shade += 25))));
        }
        testing::writeOrFail(m_dir.filePath(QStringLiteral("labels.txt")),
                             m_labels.join(QLatin1Char('\n')).toUtf8() + '\n');
        m_project = m_dir.filePath(QStringLiteral("p.concord"));
        makeProject(m_project);
        if (QTest::currentTestFailed())
            return;
        CliRun run;
        for (const QString reader : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            run = runCli({QStringLiteral("import-annotations"), m_project,
                          QStringLiteral("--annotator"), reader, cocoOf(reader)});
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        }

        run = runCli({QStringLiteral("split"), m_project, QStringLiteral("--ratios"),
                      QStringLiteral("0.5,0.25,0.25"), QStringLiteral("--names"),
                      QStringLiteral("train,val,test"), QStringLiteral("--seed"),
                      QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const std::optional<nlohmann::json> assignment = parseJson(run.out);
        QVERIFY2(assignment, qPrintable(run.out));
        for (const nlohmann::json &item : (*assignment)["items"]) {
            const QString file = QFileInfo(QString::fromStdString(item["file"])).fileName();
            for (Picture &picture : m_pictures) {
                if (picture.file == file) {
                    picture.itemId = QString::fromStdString(item["item"]);
                    picture.split = QString::fromStdString(item["split"]);
                }
            }
        }
        // Every split holds an item with each kind of shape, so every run checks all three.
        for (const QString split :
             {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}) {
            const bool drawn =
                std::any_of(m_pictures.cbegin(), m_pictures.cend(), [&](const Picture &picture) {
                    return picture.split == split && !picture.shapes.empty();
                });
            QVERIFY2(drawn, qPrintable(split));
        }
        for (const Picture &picture : m_pictures)
            QVERIFY2(!picture.split.isEmpty() && !picture.itemId.isEmpty(),
                     qPrintable(picture.file));
    }

    void formatsRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("split");
        QTest::addColumn<QStringList>("choice");
        QTest::addColumn<QStringList>("readers");
        const QStringList both{QStringLiteral("ann"), QStringLiteral("bob")};
        for (const QString format : {QStringLiteral("voc"), QStringLiteral("yolo"),
                                     QStringLiteral("csv"), QStringLiteral("jsonl")}) {
            QTest::addRow("%s, val, every reader", qPrintable(format))
                << format << QStringLiteral("val") << QStringList{QStringLiteral("--all-work")}
                << both;
            QTest::addRow("%s, train, ann", qPrintable(format))
                << format << QStringLiteral("train")
                << QStringList{QStringLiteral("--reader"), QStringLiteral("ann")}
                << QStringList{QStringLiteral("ann")};
            // bob drew boxes only: YOLO keeps its detection form.
            QTest::addRow("%s, test, bob", qPrintable(format))
                << format << QStringLiteral("test")
                << QStringList{QStringLiteral("--reader"), QStringLiteral("bob")}
                << QStringList{QStringLiteral("bob")};
        }
    }

    void formatsRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QString, split);
        QFETCH(QStringList, choice);
        QFETCH(QStringList, readers);
        const Run run{format, split, choice, readers};
        const QString folder = m_dir.filePath(
            QStringLiteral("out/%1-%2-%3").arg(format, split, readers.join(QLatin1Char('+'))));
        const CliRun exported = runCli(
            QStringList{QStringLiteral("export"), m_project, QStringLiteral("--format"), format,
                        QStringLiteral("--out"), folder, QStringLiteral("--split"), split} +
            choice);
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        const std::vector<Picture> expected = expectedFor(run);
        QVERIFY(!expected.empty());
        size_t shapes = 0;
        for (const Picture &picture : expected)
            shapes += picture.shapes.size();
        QVERIFY(shapes > 0);
        QVERIFY2(
            exported.out.contains(
                QStringLiteral("Wrote %1 images and %2 shapes").arg(expected.size()).arg(shapes)),
            qPrintable(exported.out));
        checkFormat(folder, run, expected);
    }

    // --truth: each accepted item's final answer, read back as the readers above read the
    // readers' own work (docs/quality.md, "Final truth").
    void truthRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString format : {QStringLiteral("voc"), QStringLiteral("yolo"),
                                     QStringLiteral("csv"), QStringLiteral("jsonl")})
            QTest::newRow(qPrintable(format)) << format;
    }

    void truthRoundTrip()
    {
        QFETCH(QString, format);
        if (m_truthProject.isEmpty())
            makeTruthProject();
        QVERIFY(!m_truth.empty());
        const Run run{format,
                      QStringLiteral("train"),
                      {QStringLiteral("--truth")},
                      {QStringLiteral("consensus"), QStringLiteral("adj")}};
        const QString folder = m_dir.filePath(QStringLiteral("out/truth-") + format);
        const CliRun exported =
            runCli({QStringLiteral("export"), m_truthProject, QStringLiteral("--format"), format,
                    QStringLiteral("--out"), folder, QStringLiteral("--truth")});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        QVERIFY2(exported.out.contains(QLatin1String("accepted answers")),
                 qPrintable(exported.out));
        // Four consensus answers of a box and a disc, the adjudicated box and triangle.
        QVERIFY2(exported.out.contains(
                     QStringLiteral("Wrote %1 images and 10 shapes").arg(m_truth.size())),
                 qPrintable(exported.out));
        checkFormat(folder, run, m_truth);
    }
};

QTEST_GUILESS_MAIN(TestDatasetRoundTrip)
#include "tst_datasetroundtrip.moc"
