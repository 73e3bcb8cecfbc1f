// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/datasetexporters.h"
#include "core/imaging/imagecodecs.h"
#include "core/project/annotationstore.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/projectfolder.h"
#include "core/storage/sha256.h"
#include "tests/cli/vocreader.h"
#include "tests/core/csvrecords.h"
#include "tests/core/projectfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

namespace {

constexpr double Tolerance = 1e-6;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isSafeName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
           !name.contains(QLatin1Char('\\')) && !name.contains(QLatin1String(".."));
}

} // namespace

// The dataset formats (docs/dataset-formats.md): each export is read back by a reader written
// here and compared with the project's shapes.
class TestDatasetExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectRoot;
    Project m_project =
        projectWithLabels(QStringLiteral("datasets"), QStringLiteral("Nodule\nMass, large"));
    ItemList m_items;
    AnnotationStore m_store;
    int m_nodule = 0;
    int m_mass = 0;
    ImageRect m_box{2.5, 3, 10, 8};                               // i1, Nodule
    std::vector<ImagePoint> m_polygon{{5, 5}, {20, 6}, {12, 18}}; // i1, Mass
    cv::Rect m_maskRect{10, 12, 6, 4};                            // i2, Nodule
    ImageRect m_box2{1, 1, 5, 5};                                 // i2, Mass

    DatasetExportOptions options(DatasetFormat format) const
    {
        DatasetExportOptions result;
        result.format = format;
        result.splitOfItem = {{QStringLiteral("i1"), QStringLiteral("train")},
                              {QStringLiteral("i2"), QStringLiteral("val")}};
        result.splitNames = {QStringLiteral("train"), QStringLiteral("val")};
        return result;
    }

    QString exportAs(DatasetFormat format, const QString &name)
    {
        const QString out = m_dir.filePath(name);
        Expected<DatasetExportResult> result = exportDataset(
            ProjectFolder(m_projectRoot), m_project, m_items, m_store, out, options(format));
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
        if (result->images != 2 || result->shapes != 4)
            qFatal("wrote %d images, %d shapes", result->images, result->shapes);
        return out;
    }

    // Both images copied, byte for byte, under unique safe names.
    void checkCopies(const QString &first, const QString &second)
    {
        QVERIFY(isSafeName(QFileInfo(first).fileName()));
        QVERIFY(isSafeName(QFileInfo(second).fileName()));
        QVERIFY(QFileInfo(first).fileName() != QFileInfo(second).fileName());
        QCOMPARE(fileBytes(first), fileBytes(m_projectRoot + QStringLiteral("/a/scan.png")));
        QCOMPARE(fileBytes(second), fileBytes(m_projectRoot + QStringLiteral("/b/scan.png")));
        QVERIFY(!QFileInfo(first).isSymLink());
    }

    static QString imageIn(const QString &folder)
    {
        const QStringList files = QDir(folder).entryList(QDir::Files);
        return files.size() == 1 ? folder + QLatin1Char('/') + files.front() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_projectRoot = m_dir.filePath(QStringLiteral("project"));
        m_nodule = m_project.taxonomy.findByName(QStringLiteral("Nodule"))->id;
        m_mass = m_project.taxonomy.findByName(QStringLiteral("Mass, large"))->id;
        // Two images with one base name in two folders: their copies need different names.
        const std::pair<const char *, cv::Mat> images[] = {
            {"a/scan.png", cv::Mat(30, 40, CV_8UC3, cv::Scalar(10, 20, 30))},
            {"b/scan.png", cv::Mat(40, 50, CV_8UC1, cv::Scalar(90))}};
        int n = 1;
        for (const auto &[path, pixels] : images) {
            const QString file = m_projectRoot + QLatin1Char('/') + QLatin1String(path);
            QVERIFY(QDir().mkpath(QFileInfo(file).path()));
            Expected<QByteArray> png = encodeImage(pixels, QStringLiteral(".png"), file);
            QVERIFY(png);
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(*png);
            Item item{QStringLiteral("i%1").arg(n++), QLatin1String(path)};
            item.sha256 = QString::fromStdString(sha256Hex(png->constData(), size_t(png->size())));
            item.width = pixels.cols;
            item.height = pixels.rows;
            m_items.add(item);
        }
        Provenance provenance{QStringLiteral("ann"), QStringLiteral("s1"), 2, 1, 1};
        ItemWork first;
        first.boxes.push_back({1, m_nodule, m_box, provenance, {}});
        first.polygons.push_back({2, m_mass, m_polygon, provenance, {}});
        ItemWork second;
        second.masks.push_back(
            {3, m_nodule, {m_maskRect, cv::Mat1b(m_maskRect.size(), uchar(1))}, provenance, {}});
        second.boxes.push_back({4, m_mass, m_box2, provenance, {}});
        m_store.workFor(QStringLiteral("ann")).restoreItem(QStringLiteral("i1"), first);
        m_store.workFor(QStringLiteral("ann")).restoreItem(QStringLiteral("i2"), second);
    }

    void pascalVoc()
    {
        const QString out = exportAs(DatasetFormat::PascalVoc, QStringLiteral("voc"));
        const QStringList train =
            QString::fromUtf8(fileBytes(out + QStringLiteral("/ImageSets/Main/train.txt")))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList val =
            QString::fromUtf8(fileBytes(out + QStringLiteral("/ImageSets/Main/val.txt")))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(train.size(), 1);
        QCOMPARE(val.size(), 1);
        QVERIFY(train.front() != val.front());
        // Each annotation: its file name, size and 1-based inclusive bounds.
        struct Read
        {
            QString fileName;
            int width = 0, height = 0, depth = 0;
            std::vector<std::pair<QString, ImageRect>> objects;
        };
        auto read = [&](const QString &stem) {
            const testing::VocFile voc = testing::readVoc(out + QStringLiteral("/Annotations/") +
                                                          stem + QStringLiteral(".xml"));
            if (!voc.error.isEmpty())
                qFatal("%s", qPrintable(voc.error));
            Read result{voc.fileName, voc.width, voc.height, voc.depth, {}};
            for (const testing::VocObject &object : voc.objects)
                result.objects.push_back({object.name, ImageRect{object.xmin - 1, object.ymin - 1,
                                                                 object.xmax - object.xmin + 1,
                                                                 object.ymax - object.ymin + 1}});
            return result;
        };
        auto near = [](const ImageRect &a, const ImageRect &b) {
            return std::abs(a.x - b.x) < Tolerance && std::abs(a.y - b.y) < Tolerance &&
                   std::abs(a.width - b.width) < Tolerance &&
                   std::abs(a.height - b.height) < Tolerance;
        };
        const Read first = read(train.front());
        QCOMPARE(first.width, 40);
        QCOMPARE(first.height, 30);
        QCOMPARE(first.depth, 3);
        QCOMPARE(first.objects.size(), size_t(2));
        QCOMPARE(first.objects[0].first, QStringLiteral("Nodule"));
        QVERIFY(near(first.objects[0].second, m_box));
        QCOMPARE(first.objects[1].first, QStringLiteral("Mass, large"));
        QVERIFY(near(first.objects[1].second, ImageRect{5, 5, 15, 13})); // the polygon's extent
        // One base name in two folders: each copy is prefixed with its item id.
        QCOMPARE(first.fileName, QStringLiteral("i1_scan.png"));
        const Read second = read(val.front());
        QCOMPARE(second.fileName, QStringLiteral("i2_scan.png"));
        QCOMPARE(second.depth, 1);
        QCOMPARE(second.objects.size(), size_t(2));
        QVERIFY(near(second.objects[0].second, m_box2));
        QVERIFY(near(second.objects[1].second, ImageRect{10, 12, 6, 4})); // the mask's pixels
        checkCopies(out + QStringLiteral("/JPEGImages/") + first.fileName,
                    out + QStringLiteral("/JPEGImages/") + second.fileName);
    }

    void yolo()
    {
        const QString out = exportAs(DatasetFormat::Yolo, QStringLiteral("yolo"));
        const QString yaml = QString::fromUtf8(fileBytes(out + QStringLiteral("/data.yaml")));
        QVERIFY(yaml.contains(QStringLiteral("train: \"images/train\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("val: \"images/val\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("names:\n  0: \"Nodule\"\n  1: \"Mass, large\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("path: ")));
        const QString firstImage = imageIn(out + QStringLiteral("/images/train"));
        const QString secondImage = imageIn(out + QStringLiteral("/images/val"));
        checkCopies(firstImage, secondImage);
        auto lines = [&](const QString &split, const QString &image) {
            const QString stem = QFileInfo(image).completeBaseName();
            std::vector<std::vector<double>> result;
            const QString text = QString::fromUtf8(
                fileBytes(out + QStringLiteral("/labels/%1/%2.txt").arg(split, stem)));
            for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                std::vector<double> values;
                for (const QString &field : line.split(QLatin1Char(' ')))
                    values.push_back(field.toDouble());
                result.push_back(values);
            }
            return result;
        };
        const auto first = lines(QStringLiteral("train"), firstImage);
        QCOMPARE(first.size(), size_t(2));
        // Beside outlines a box is written as its four corners, so that Ultralytics reads the
        // whole file as outlines (docs/dataset-formats.md, "Boxes beside outlines").
        QCOMPARE(first[0].size(), size_t(9));
        QCOMPARE(first[0][0], 0.0);
        const double w = 40, h = 30;
        const double corners[4][2] = {{m_box.x, m_box.y},
                                      {m_box.right(), m_box.y},
                                      {m_box.right(), m_box.bottom()},
                                      {m_box.x, m_box.bottom()}};
        for (int k = 0; k < 4; ++k) {
            QVERIFY(std::abs(first[0][size_t(1 + 2 * k)] * w - corners[k][0]) < Tolerance);
            QVERIFY(std::abs(first[0][size_t(2 + 2 * k)] * h - corners[k][1]) < Tolerance);
        }
        QCOMPARE(first[1][0], 1.0);
        QCOMPARE(first[1].size(), size_t(1 + 2 * m_polygon.size()));
        for (size_t v = 0; v < m_polygon.size(); ++v) {
            QVERIFY(std::abs(first[1][1 + 2 * v] * w - m_polygon[v].x) < Tolerance);
            QVERIFY(std::abs(first[1][2 + 2 * v] * h - m_polygon[v].y) < Tolerance);
        }
        // The mask's outer outline, a quarter pixel inside its pixels' edges.
        const auto second = lines(QStringLiteral("val"), secondImage);
        QCOMPARE(second.size(), size_t(2));
        QCOMPARE(second[0].size(), size_t(9)); // the box, as its corners
        QCOMPARE(second[1][0], 0.0);
        QVERIFY(second[1].size() >= 9);
        double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
        for (size_t k = 1; k + 1 < second[1].size(); k += 2) {
            left = std::min(left, second[1][k] * 50);
            right = std::max(right, second[1][k] * 50);
            top = std::min(top, second[1][k + 1] * 40);
            bottom = std::max(bottom, second[1][k + 1] * 40);
        }
        QVERIFY(std::abs(left - (m_maskRect.x + 0.25)) < Tolerance);
        QVERIFY(std::abs(right - (m_maskRect.x + m_maskRect.width - 0.25)) < Tolerance);
        QVERIFY(std::abs(top - (m_maskRect.y + 0.25)) < Tolerance);
        QVERIFY(std::abs(bottom - (m_maskRect.y + m_maskRect.height - 0.25)) < Tolerance);
    }

    // A dataset of boxes alone keeps YOLO's detection form, "class cx cy w h".
    void yoloBoxesAloneKeepTheDetectionForm()
    {
        AnnotationStore boxesOnly;
        ItemWork work;
        work.boxes.push_back({1, m_nodule, m_box, {QStringLiteral("ann"), {}, 1, 1, 1}, {}});
        boxesOnly.workFor(QStringLiteral("ann")).restoreItem(QStringLiteral("i1"), work);
        const QString out = m_dir.filePath(QStringLiteral("yolo-boxes"));
        QVERIFY(exportDataset(ProjectFolder(m_projectRoot), m_project, m_items, boxesOnly, out,
                              options(DatasetFormat::Yolo)));
        const QString image = imageIn(out + QStringLiteral("/images/train"));
        const QStringList fields =
            QString::fromUtf8(fileBytes(out + QStringLiteral("/labels/train/%1.txt")
                                                  .arg(QFileInfo(image).completeBaseName())))
                .trimmed()
                .split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 5);
        const double w = 40, h = 30;
        const double cx = fields[1].toDouble(), cy = fields[2].toDouble();
        const double bw = fields[3].toDouble(), bh = fields[4].toDouble();
        QVERIFY(std::abs(cx * w - bw * w / 2 - m_box.x) < Tolerance);
        QVERIFY(std::abs(cy * h - bh * h / 2 - m_box.y) < Tolerance);
        QVERIFY(std::abs(bw * w - m_box.width) < Tolerance);
        QVERIFY(std::abs(bh * h - m_box.height) < Tolerance);
    }

    void csv()
    {
        const QString out = exportAs(DatasetFormat::Csv, QStringLiteral("csv"));
        const auto train = testing::readCsvRecords(fileBytes(out + QStringLiteral("/train.csv")));
        const auto val = testing::readCsvRecords(fileBytes(out + QStringLiteral("/val.csv")));
        const QStringList header =
            QStringLiteral("item,file,reader,label,kind,x,y,width,height,area,points,"
                           "guideline_version,session")
                .split(QLatin1Char(','));
        QCOMPARE(train.size(), size_t(3));
        QCOMPARE(train[0], header);
        QCOMPARE(val[0], header);
        const QStringList &box = train[1];
        QCOMPARE(box[0], QStringLiteral("i1"));
        QCOMPARE(box[2], QStringLiteral("ann"));
        QCOMPARE(box[3], QStringLiteral("Nodule"));
        QCOMPARE(box[4], QStringLiteral("box"));
        QVERIFY(std::abs(box[5].toDouble() - m_box.x) < Tolerance);
        QVERIFY(std::abs(box[6].toDouble() - m_box.y) < Tolerance);
        QVERIFY(std::abs(box[7].toDouble() - m_box.width) < Tolerance);
        QVERIFY(std::abs(box[8].toDouble() - m_box.height) < Tolerance);
        QVERIFY(std::abs(box[9].toDouble() - 80) < Tolerance);
        QCOMPARE(box[11], QStringLiteral("2"));
        QCOMPARE(box[12], QStringLiteral("s1"));
        const QStringList &polygon = train[2];
        QCOMPARE(polygon[3], QStringLiteral("Mass, large")); // quoted, and read back whole
        QCOMPARE(polygon[4], QStringLiteral("polygon"));
        const QStringList points = polygon[10].split(QLatin1Char(';'));
        QCOMPARE(points.size(), qsizetype(m_polygon.size()));
        for (size_t v = 0; v < m_polygon.size(); ++v) {
            const QStringList xy = points[qsizetype(v)].split(QLatin1Char(' '));
            QVERIFY(std::abs(xy[0].toDouble() - m_polygon[v].x) < Tolerance);
            QVERIFY(std::abs(xy[1].toDouble() - m_polygon[v].y) < Tolerance);
        }
        QVERIFY(std::abs(polygon[9].toDouble() - 0.5 * std::abs(15 * 13 - 1 * 7)) < Tolerance);
        QCOMPARE(val.size(), size_t(3));
        const QStringList &mask = val[2];
        QCOMPARE(mask[4], QStringLiteral("mask"));
        QCOMPARE(mask[5].toDouble(), double(m_maskRect.x));
        QCOMPARE(mask[8].toDouble(), double(m_maskRect.height));
        QCOMPARE(mask[9].toDouble(), double(m_maskRect.area()));
        checkCopies(out + QLatin1Char('/') + box[1], out + QLatin1Char('/') + mask[1]);
    }

    void jsonLines()
    {
        const QString out = exportAs(DatasetFormat::JsonLines, QStringLiteral("jsonl"));
        auto read = [&](const QString &split) {
            const QByteArray text =
                fileBytes(out + QLatin1Char('/') + split + QStringLiteral("/metadata.jsonl"));
            const QList<QByteArray> lines = text.split('\n');
            if (lines.size() != 2 || !lines[1].isEmpty())
                qFatal("expected one line in %s", qPrintable(split));
            return Json::parse(lines[0].toStdString());
        };
        const Json train = read(QStringLiteral("train"));
        const Json val = read(QStringLiteral("val"));
        const Json &boxes = train["objects"]["bbox"];
        QCOMPARE(boxes.size(), size_t(2));
        QVERIFY(std::abs(boxes[0][0].get<double>() - m_box.x) < Tolerance);
        QVERIFY(std::abs(boxes[0][3].get<double>() - m_box.height) < Tolerance);
        QVERIFY(std::abs(boxes[1][2].get<double>() - 15) < Tolerance);
        QCOMPARE(train["objects"]["categories"][1].get<std::string>(), std::string("Mass, large"));
        QCOMPARE(val["objects"]["area"][1].get<double>(), double(m_maskRect.area()));
        QCOMPARE(val["objects"]["bbox"][1][1].get<double>(), double(m_maskRect.y));
        checkCopies(out + QStringLiteral("/train/") +
                        QString::fromStdString(train["file_name"].get<std::string>()),
                    out + QStringLiteral("/val/") +
                        QString::fromStdString(val["file_name"].get<std::string>()));
    }

    void perSplitFoldersHoldOneDatasetEach()
    {
        DatasetExportOptions perSplit = options(DatasetFormat::Yolo);
        perSplit.perSplitFolders = true;
        const QString out = m_dir.filePath(QStringLiteral("per-split"));
        QVERIFY(exportDataset(ProjectFolder(m_projectRoot), m_project, m_items, m_store, out,
                              perSplit));
        QVERIFY(!imageIn(out + QStringLiteral("/train/images/train")).isEmpty());
        QVERIFY(!imageIn(out + QStringLiteral("/val/images/val")).isEmpty());
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/val/data.yaml")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/data.yaml")));
    }

    void unknownFormatsAndFileDestinationsAreRefused()
    {
        QVERIFY(!datasetFormatNamed(QStringLiteral("tfrecord")));
        QCOMPARE(*datasetFormatNamed(QStringLiteral("voc")), DatasetFormat::PascalVoc);
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QFile(file).open(QIODevice::WriteOnly);
        Expected<DatasetExportResult> refused =
            exportDataset(ProjectFolder(m_projectRoot), m_project, m_items, m_store, file,
                          options(DatasetFormat::Csv));
        QVERIFY(!refused);
        QCOMPARE(refused.error().toString(), file + QStringLiteral(": not a folder"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetExport)
#include "tst_datasetexport.moc"
