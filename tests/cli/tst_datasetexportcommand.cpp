// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskrle.h"
#include "tests/cli/clirun.h"
#include "tests/core/csvrecords.h"
#include "tests/core/filebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <map>
#include <set>

using namespace concord;
using namespace concord::test;

// `concord-cli export --format voc|yolo|csv|jsonl|coco` run as a user would, on a project made
// with init, import, import-annotations and split: what each format writes is read back and
// compared with the shapes that went in (docs/dataset-formats.md); --split, --per-split and
// --deidentify where they apply; and destinations that must be refused, by name, with nothing
// written.
namespace {

// Every file below `folder`, relative to it, sorted.
QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

// One "object" of a VOC annotation file.
struct VocObject
{
    QString name;
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
};

struct VocFile
{
    QString fileName;
    int width = 0, height = 0, depth = 0;
    std::vector<VocObject> objects;
};

// A reader of VOC XML written here, not Concord's: elements by name, as VOC tools read them.
VocFile readVoc(const QString &path)
{
    VocFile voc;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return voc;
    QXmlStreamReader xml(&file);
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open << xml.name().toString();
            if (xml.name() == QLatin1String("object"))
                voc.objects.emplace_back();
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && !open.isEmpty()) {
            const QString element = open.constLast();
            const QString text = xml.text().toString();
            const QString parent = open.size() > 1 ? open.at(open.size() - 2) : QString();
            if (parent == QLatin1String("annotation") && element == QLatin1String("filename"))
                voc.fileName = text;
            else if (parent == QLatin1String("size") && element == QLatin1String("width"))
                voc.width = text.toInt();
            else if (parent == QLatin1String("size") && element == QLatin1String("height"))
                voc.height = text.toInt();
            else if (parent == QLatin1String("size") && element == QLatin1String("depth"))
                voc.depth = text.toInt();
            else if (parent == QLatin1String("object") && element == QLatin1String("name"))
                voc.objects.back().name = text;
            else if (parent == QLatin1String("bndbox")) {
                VocObject &object = voc.objects.back();
                double *field = element == QLatin1String("xmin")   ? &object.xmin
                                : element == QLatin1String("ymin") ? &object.ymin
                                : element == QLatin1String("xmax") ? &object.xmax
                                                                   : &object.ymax;
                *field = text.toDouble();
            }
        }
    }
    return xml.hasError() ? VocFile{} : voc;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

bool sameBox(const nlohmann::json &box, double x, double y, double w, double h)
{
    return box.is_array() && box.size() == 4 && near(box[0], x) && near(box[1], y) &&
           near(box[2], w) && near(box[3], h);
}

} // namespace

class TestDatasetExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_images;
    std::map<QString, QString> m_splitOfFile; // "smith.png" -> "train" or "test"

    // What the project holds, all drawn by the reader "model" (import-annotations):
    // smith.png (80 x 60): a Nodule box at (5, 6) 20 x 10 and an Effusion triangle;
    // jones.png (120 x 100): a Nodule disc of radius 12 at (60, 50);
    // brown.png and green.png: nothing.
    static constexpr double TriangleXs[3] = {10.5, 40, 30};
    static constexpr double TriangleYs[3] = {10, 12, 40.25};

    QString out(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    CliRun exportAs(const QString &format, const QString &destination,
                    const QStringList &more = {}) const
    {
        return runCli(QStringList{QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                  format, QStringLiteral("--out"), destination} +
                      more);
    }

    QString splitOf(const QString &file) const
    {
        const auto found = m_splitOfFile.find(file);
        return found == m_splitOfFile.end() ? QString() : found->second;
    }

    // The copied image equals the original byte for byte.
    void checkCopy(const QString &copy, const QString &original) const
    {
        QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
        QCOMPARE(testing::readAll(copy), testing::readAll(m_images + QLatin1Char('/') + original));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        const std::map<QString, cv::Size> sizes = {{QStringLiteral("smith.png"), {80, 60}},
                                                   {QStringLiteral("jones.png"), {120, 100}},
                                                   {QStringLiteral("brown.png"), {64, 48}},
                                                   {QStringLiteral("green.png"), {50, 50}}};
        int shade = 20;
        for (const auto &[name, size] : sizes) {
            QVERIFY(cv::imwrite((m_images + QLatin1Char('/') + name).toStdString(),
                                cv::Mat(size, CV_8U, cv::Scalar(shade += 40))));
        }
        testing::writeOrFail(m_dir.filePath(QStringLiteral("labels.txt")), "Nodule\nEffusion\n");
        m_project = m_dir.filePath(QStringLiteral("p.concord"));
        QCOMPARE(runCli({QStringLiteral("init"), m_project, QStringLiteral("--taxonomy"),
                         m_dir.filePath(QStringLiteral("labels.txt"))})
                     .exitCode,
                 0);
        const CliRun imported = runCli({QStringLiteral("import"), m_project, m_images});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        cv::Mat1b disc(100, 120, uchar(0));
        cv::circle(disc, {60, 50}, 12, 1, cv::FILLED);
        const CocoRle rle = encodeCocoRle(maskFromImage(disc), {120, 100});
        const nlohmann::json coco = {
            {"images",
             {{{"id", 1}, {"file_name", "smith.png"}, {"width", 80}, {"height", 60}},
              {{"id", 2}, {"file_name", "jones.png"}, {"width", 120}, {"height", 100}}}},
            {"categories", {{{"id", 7}, {"name", "Nodule"}}, {{"id", 9}, {"name", "Effusion"}}}},
            {"annotations",
             {{{"id", 1}, {"image_id", 1}, {"category_id", 7}, {"bbox", {5, 6, 20, 10}}},
              {{"id", 2},
               {"image_id", 1},
               {"category_id", 9},
               {"segmentation", {{10.5, 10, 40, 12, 30, 40.25}}}},
              {{"id", 3},
               {"image_id", 2},
               {"category_id", 7},
               {"iscrowd", 1},
               {"segmentation",
                {{"size", {100, 120}},
                 {"counts", cocoRleCountsToString(rle.counts).toStdString()}}}}}}};
        const QString annotations = m_dir.filePath(QStringLiteral("in.json"));
        testing::writeOrFail(annotations, QByteArray::fromStdString(coco.dump()));
        const CliRun drawn =
            runCli({QStringLiteral("import-annotations"), m_project, QStringLiteral("--annotator"),
                    QStringLiteral("model"), annotations});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));

        const CliRun split = runCli({QStringLiteral("split"), m_project, QStringLiteral("--ratios"),
                                     QStringLiteral("0.5,0.5"), QStringLiteral("--names"),
                                     QStringLiteral("train,test"), QStringLiteral("--seed"),
                                     QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY2(split.exitCode == 0, qPrintable(split.err));
        const std::optional<nlohmann::json> assignment = parseJson(split.out);
        QVERIFY(assignment);
        for (const nlohmann::json &item : (*assignment)["items"]) {
            m_splitOfFile[QFileInfo(QString::fromStdString(item["file"])).fileName()] =
                QString::fromStdString(item["split"]);
        }
        QCOMPARE(m_splitOfFile.size(), size_t(4));
        std::map<QString, int> perSplit;
        for (const auto &[file, name] : m_splitOfFile)
            ++perSplit[name];
        QCOMPARE(perSplit[QStringLiteral("train")], 2);
        QCOMPARE(perSplit[QStringLiteral("test")], 2);
    }

    void vocHoldsOneBasedBoundsAndTheSplitLists()
    {
        const QString folder = out(QStringLiteral("voc"));
        const CliRun run = exportAs(QStringLiteral("voc"), folder);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QLatin1String("Wrote 4 images and 3 shapes")),
                 qPrintable(run.out));

        const VocFile smith = readVoc(folder + QStringLiteral("/Annotations/smith.xml"));
        QCOMPARE(smith.fileName, QStringLiteral("smith.png"));
        QCOMPARE(smith.width, 80);
        QCOMPARE(smith.height, 60);
        QCOMPARE(smith.depth, 1);
        QCOMPARE(smith.objects.size(), size_t(2));
        bool box = false, triangle = false;
        for (const VocObject &object : smith.objects) {
            // VOC's bounds are 1-based and inclusive: x + 1 .. x + width.
            box |= object.name == QLatin1String("Nodule") && near(object.xmin, 6) &&
                   near(object.ymin, 7) && near(object.xmax, 25) && near(object.ymax, 16);
            triangle |= object.name == QLatin1String("Effusion") && near(object.xmin, 11.5) &&
                        near(object.ymin, 11) && near(object.xmax, 40) && near(object.ymax, 40.25);
        }
        QVERIFY(box);
        QVERIFY(triangle);
        const VocFile jones = readVoc(folder + QStringLiteral("/Annotations/jones.xml"));
        QCOMPARE(jones.objects.size(), size_t(1));
        // The disc covers pixels 48..72 by 38..62: 1-based, 49..73 by 39..63.
        QCOMPARE(jones.objects[0].name, QStringLiteral("Nodule"));
        QVERIFY(near(jones.objects[0].xmin, 49) && near(jones.objects[0].xmax, 73));
        QVERIFY(near(jones.objects[0].ymin, 39) && near(jones.objects[0].ymax, 63));
        QCOMPARE(readVoc(folder + QStringLiteral("/Annotations/brown.xml")).objects.size(),
                 size_t(0));

        for (const QString &name : {QStringLiteral("train"), QStringLiteral("test")}) {
            QStringList expected;
            for (const auto &[file, split] : m_splitOfFile) {
                if (split == name)
                    expected << QFileInfo(file).completeBaseName();
            }
            QStringList listed =
                QString::fromUtf8(testing::readAll(folder + QStringLiteral("/ImageSets/Main/") +
                                                   name + QStringLiteral(".txt")))
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            listed.sort();
            expected.sort();
            QCOMPARE(listed, expected);
        }
        for (const auto &[file, split] : m_splitOfFile)
            checkCopy(folder + QStringLiteral("/JPEGImages/") + file, file);
    }

    void yoloNormalisesBoxesAndOutlines()
    {
        const QString folder = out(QStringLiteral("yolo"));
        const CliRun run = exportAs(QStringLiteral("yolo"), folder);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        const QString yaml =
            QString::fromUtf8(testing::readAll(folder + QStringLiteral("/data.yaml")));
        QVERIFY2(
            yaml.contains(QStringLiteral("path: \"%1\"").arg(QFileInfo(folder).absoluteFilePath())),
            qPrintable(yaml));
        QVERIFY(yaml.contains(QLatin1String("train: \"images/train\"")));
        QVERIFY(yaml.contains(QLatin1String("test: \"images/test\"")));
        QVERIFY(yaml.contains(QLatin1String("0: \"Nodule\"")));
        QVERIFY(yaml.contains(QLatin1String("1: \"Effusion\"")));

        const QString smithLabels = QStringLiteral("%1/labels/%2/smith.txt")
                                        .arg(folder, splitOf(QStringLiteral("smith.png")));
        const QStringList lines = QString::fromUtf8(testing::readAll(smithLabels))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        bool box = false, triangle = false;
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() == 9 && f[0] == QLatin1String("0")) {
                // Beside the triangle, the box is its four corners over the image's 80 x 60
                // (docs/dataset-formats.md, "Boxes beside outlines").
                const double corners[8] = {5, 6, 25, 6, 25, 16, 5, 16};
                box = true;
                for (int k = 0; k < 8; ++k)
                    box &= near(f[1 + k].toDouble(), corners[k] / (k % 2 == 0 ? 80 : 60));
            } else if (f.size() == 7 && f[0] == QLatin1String("1")) {
                triangle = true;
                for (int v = 0; v < 3; ++v) {
                    triangle &= near(f[1 + 2 * v].toDouble(), TriangleXs[v] / 80) &&
                                near(f[2 + 2 * v].toDouble(), TriangleYs[v] / 60);
                }
            }
        }
        QVERIFY2(box, qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY2(triangle, qPrintable(lines.join(QLatin1Char('|'))));

        // The disc is written as its outline: filling it gives back the disc's pixels.
        const QString jonesLabels = QStringLiteral("%1/labels/%2/jones.txt")
                                        .arg(folder, splitOf(QStringLiteral("jones.png")));
        const QStringList outline =
            QString::fromUtf8(testing::readAll(jonesLabels)).trimmed().split(QLatin1Char(' '));
        QVERIFY(outline.size() >= 7 && outline.size() % 2 == 1);
        QCOMPARE(outline[0], QStringLiteral("0"));
        std::vector<cv::Point2f> vertices;
        for (qsizetype i = 1; i + 1 < outline.size(); i += 2)
            vertices.emplace_back(float(outline[i].toDouble() * 120),
                                  float(outline[i + 1].toDouble() * 100));
        // A pixel is in the outline when its centre is (Concord's pixel i covers [i, i+1)).
        cv::Mat1b filled(100, 120, uchar(0)), disc(100, 120, uchar(0));
        for (int y = 0; y < 100; ++y) {
            for (int x = 0; x < 120; ++x)
                filled(y, x) = cv::pointPolygonTest(vertices, {x + 0.5f, y + 0.5f}, false) > 0;
        }
        cv::circle(disc, {60, 50}, 12, 1, cv::FILLED);
        QCOMPARE(cv::countNonZero(filled != disc), 0);

        // Items without shapes still have a (blank) label file next to their image.
        for (const auto &[file, split] : m_splitOfFile) {
            checkCopy(QStringLiteral("%1/images/%2/%3").arg(folder, split, file), file);
            QVERIFY(QFileInfo::exists(QStringLiteral("%1/labels/%2/%3.txt")
                                          .arg(folder, split, QFileInfo(file).completeBaseName())));
        }
    }

    void csvHasOneRowPerShape()
    {
        const QString folder = out(QStringLiteral("csv"));
        const CliRun run = exportAs(QStringLiteral("csv"), folder);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        int rows = 0;
        for (const QString name : {QStringLiteral("train"), QStringLiteral("test")}) {
            const std::vector<QStringList> records = testing::readCsvRecords(
                testing::readAll(QStringLiteral("%1/%2.csv").arg(folder, name)));
            QVERIFY(!records.empty());
            const QStringList header = records.front();
            QCOMPARE(header.join(QLatin1Char(',')),
                     QStringLiteral("item,file,reader,label,kind,x,y,width,height,area,points,"
                                    "guideline_version,session"));
            for (size_t r = 1; r < records.size(); ++r) {
                const QStringList &row = records[r];
                QCOMPARE(row.size(), header.size());
                ++rows;
                const QString file = row[1];
                QCOMPARE(QFileInfo(file).path(), name);
                QCOMPARE(splitOf(QFileInfo(file).fileName()), name);
                checkCopy(folder + QLatin1Char('/') + file, QFileInfo(file).fileName());
                QCOMPARE(row[2], QStringLiteral("model"));
                const QString kind = row[4];
                if (kind == QLatin1String("box")) {
                    QCOMPARE(row[3], QStringLiteral("Nodule"));
                    QCOMPARE(QStringList(row.mid(5, 5)).join(QLatin1Char(' ')),
                             QStringLiteral("5 6 20 10 200"));
                    QVERIFY(row[10].isEmpty());
                } else if (kind == QLatin1String("polygon")) {
                    QCOMPARE(row[3], QStringLiteral("Effusion"));
                    QCOMPARE(row[10], QStringLiteral("10.5 10;40 12;30 40.25"));
                    // The shoelace area of the triangle.
                    const double area =
                        std::abs((40 - 10.5) * (40.25 - 10) - (30 - 10.5) * (12 - 10)) / 2;
                    QVERIFY(near(row[9].toDouble(), area));
                } else {
                    QCOMPARE(kind, QStringLiteral("mask"));
                    cv::Mat1b disc(100, 120, uchar(0));
                    cv::circle(disc, {60, 50}, 12, 1, cv::FILLED);
                    QCOMPARE(row[9].toInt(), cv::countNonZero(disc));
                    QCOMPARE(QStringList(row.mid(5, 4)).join(QLatin1Char(' ')),
                             QStringLiteral("48 38 25 25"));
                }
            }
        }
        QCOMPARE(rows, 3);
    }

    void jsonLinesFollowTheImageFolderLayout()
    {
        const QString folder = out(QStringLiteral("jsonl"));
        const CliRun run = exportAs(QStringLiteral("jsonl"), folder);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        std::set<QString> seen;
        for (const QString name : {QStringLiteral("train"), QStringLiteral("test")}) {
            const QList<QByteArray> lines =
                testing::readAll(QStringLiteral("%1/%2/metadata.jsonl").arg(folder, name))
                    .split('\n');
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                const nlohmann::json record = nlohmann::json::parse(line.toStdString());
                const QString file = QString::fromStdString(record["file_name"]);
                QCOMPARE(splitOf(file), name);
                checkCopy(QStringLiteral("%1/%2/%3").arg(folder, name, file), file);
                seen.insert(file);
                const nlohmann::json &objects = record["objects"];
                QCOMPARE(objects["bbox"].size(), objects["categories"].size());
                QCOMPARE(objects["area"].size(), objects["categories"].size());
                if (file == QLatin1String("smith.png")) {
                    QCOMPARE(objects["bbox"].size(), size_t(2));
                    bool box = false, triangle = false;
                    for (size_t i = 0; i < objects["bbox"].size(); ++i) {
                        box |= objects["categories"][i] == "Nodule" &&
                               sameBox(objects["bbox"][i], 5, 6, 20, 10) &&
                               near(objects["area"][i], 200);
                        triangle |= objects["categories"][i] == "Effusion" &&
                                    sameBox(objects["bbox"][i], 10.5, 10, 29.5, 30.25);
                    }
                    QVERIFY(box);
                    QVERIFY(triangle);
                } else if (file == QLatin1String("jones.png")) {
                    QVERIFY(sameBox(objects["bbox"][0], 48, 38, 25, 25));
                } else {
                    QVERIFY(objects["bbox"].empty());
                }
            }
        }
        QCOMPARE(seen.size(), size_t(4));
    }

    void cocoDeidentifiedNamesNoFile()
    {
        const QString plain = out(QStringLiteral("coco.json"));
        const CliRun named = exportAs(QStringLiteral("coco"), plain);
        QVERIFY2(named.exitCode == 0, qPrintable(describe(named)));
        const nlohmann::json original =
            nlohmann::json::parse(testing::readAll(plain).toStdString());
        QCOMPARE(original["images"].size(), size_t(4));
        QCOMPARE(original["annotations"].size(), size_t(3));
        QVERIFY(testing::readAll(plain).contains("smith.png"));

        const QString hidden = out(QStringLiteral("coco-deidentified.json"));
        const CliRun deidentified =
            exportAs(QStringLiteral("coco"), hidden, {QStringLiteral("--deidentify")});
        QVERIFY2(deidentified.exitCode == 0, qPrintable(describe(deidentified)));
        const QByteArray bytes = testing::readAll(hidden);
        const nlohmann::json document = nlohmann::json::parse(bytes.toStdString());
        QCOMPARE(document["images"].size(), size_t(4));
        QCOMPARE(document["annotations"].size(), size_t(3));
        for (const char *name : {"smith", "jones", "brown", "green", "\"model\""})
            QVERIFY2(!bytes.toLower().contains(name), name);
        // The same key gives the same names the next time.
        const QString again = out(QStringLiteral("coco-again.json"));
        QCOMPARE(exportAs(QStringLiteral("coco"), again, {QStringLiteral("--deidentify")}).exitCode,
                 0);
        QCOMPARE(testing::readAll(again), bytes);
        // The project's key never leaves it.
        QVERIFY(QFileInfo::exists(m_project + QStringLiteral("/deidentification.key")));
    }

    void oneSplitAndOneDatasetPerSplit()
    {
        const QString folder = out(QStringLiteral("voc-test"));
        const CliRun run = exportAs(QStringLiteral("voc"), folder,
                                    {QStringLiteral("--split"), QStringLiteral("test")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QStringList expected;
        for (const auto &[file, split] : m_splitOfFile) {
            if (split == QLatin1String("test")) {
                expected
                    << QStringLiteral("Annotations/%1.xml").arg(QFileInfo(file).completeBaseName())
                    << QStringLiteral("JPEGImages/") + file;
            }
        }
        expected << QStringLiteral("ImageSets/Main/test.txt");
        expected.sort();
        QCOMPARE(filesBelow(folder), expected);

        const QString perSplit = out(QStringLiteral("csv-per-split"));
        const CliRun separate =
            exportAs(QStringLiteral("csv"), perSplit, {QStringLiteral("--per-split")});
        QVERIFY2(separate.exitCode == 0, qPrintable(describe(separate)));
        for (const auto &[file, split] : m_splitOfFile) {
            checkCopy(QStringLiteral("%1/%2/%2/%3").arg(perSplit, split, file), file);
            QVERIFY(QFileInfo::exists(QStringLiteral("%1/%2/%2.csv").arg(perSplit, split)));
        }
        QCOMPARE(QDir(perSplit).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("test"), QStringLiteral("train")}));

        const CliRun unknown = exportAs(QStringLiteral("yolo"), out(QStringLiteral("none")),
                                        {QStringLiteral("--split"), QStringLiteral("holdout")});
        QVERIFY2(refusedWith(unknown, 1, QStringLiteral("splits.json")), qPrintable(unknown.err));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("none"))));
    }

    void datasetFormatsRefuseDeidentify()
    {
        // These formats copy the images as they are; de-identifying only the labels would
        // promise what the images break.
        for (const QString format : {QStringLiteral("voc"), QStringLiteral("yolo"),
                                     QStringLiteral("csv"), QStringLiteral("jsonl")}) {
            const QString folder = out(QStringLiteral("deid-") + format);
            const CliRun run = exportAs(format, folder, {QStringLiteral("--deidentify")});
            QVERIFY2(refusedWith(run, 1, QStringLiteral("--deidentify")), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(folder));
        }
    }

    void badDestinationsAreRefusedByName()
    {
        const QStringList before = filesBelow(m_project);
        // Inside the project, directly and through a link elsewhere that points into it.
        const QString inside = m_project + QStringLiteral("/journal/voc");
        CliRun run = exportAs(QStringLiteral("voc"), inside);
        QVERIFY2(refusedWith(run, 1, inside), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("inside the project")));
        QVERIFY(!QFileInfo::exists(inside));
        run = exportAs(QStringLiteral("coco"), m_project + QStringLiteral("/labels.json"));
        QVERIFY2(refusedWith(run, 1, QStringLiteral("labels.json")), qPrintable(run.err));

        const QString intoProject = out(QStringLiteral("into-project"));
        QVERIFY(QFile::link(m_project, intoProject));
        const QString throughLink = intoProject + QStringLiteral("/yolo");
        run = exportAs(QStringLiteral("yolo"), throughLink);
        QVERIFY2(refusedWith(run, 1, throughLink), qPrintable(run.err));
        QCOMPARE(filesBelow(m_project), before);

        // A symbolic link as the destination, even to an ordinary folder.
        const QString target = out(QStringLiteral("link-target"));
        QVERIFY(QDir().mkpath(target));
        const QString link = out(QStringLiteral("link"));
        QVERIFY(QFile::link(target, link));
        for (const QString format : {QStringLiteral("jsonl"), QStringLiteral("coco")}) {
            run = exportAs(format, link);
            QVERIFY2(refusedWith(run, 1, link), qPrintable(run.err));
            QVERIFY(run.err.contains(QLatin1String("symbolic link")));
        }
        QVERIFY(filesBelow(target).isEmpty());

        // A file where a folder belongs.
        const QString file = out(QStringLiteral("a-file"));
        testing::writeOrFail(file, "not a folder");
        run = exportAs(QStringLiteral("csv"), file);
        QVERIFY2(refusedWith(run, 1, file), qPrintable(run.err));
        QCOMPARE(testing::readAll(file), QByteArray("not a folder"));

        // An unknown format is named, and nothing is made.
        const QString darknet = out(QStringLiteral("darknet"));
        run = exportAs(QStringLiteral("darknet"), darknet);
        QVERIFY2(refusedWith(run, 1, QStringLiteral("\"darknet\"")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(darknet));
        QCOMPARE(filesBelow(m_project), before);

        // Below the project's exports/ folder is the one place inside it an export may go.
        const QString exported = m_project + QStringLiteral("/exports/labels.json");
        run = exportAs(QStringLiteral("coco"), exported);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(exported).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDatasetExportCommand)
#include "tst_datasetexportcommand.moc"
