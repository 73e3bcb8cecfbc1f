// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskrle.h"
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
#include <set>

#include <sys/stat.h>

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

    // Whether two paths name one file (device and inode), as a hard link does.
    static bool sameFile(const QString &a, const QString &b)
    {
        struct stat first
        {
        }, second{};
        return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
               ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
               first.st_dev == second.st_dev && first.st_ino == second.st_ino;
    }

    static int linkCount(const QString &path)
    {
        struct stat status
        {
        };
        return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_nlink)
                                                                          : -1;
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

        const testing::VocFile smith =
            testing::readVoc(folder + QStringLiteral("/Annotations/smith.xml"));
        QCOMPARE(smith.fileName, QStringLiteral("smith.png"));
        QCOMPARE(smith.width, 80);
        QCOMPARE(smith.height, 60);
        QCOMPARE(smith.depth, 1);
        QCOMPARE(smith.objects.size(), size_t(2));
        bool box = false, triangle = false;
        for (const testing::VocObject &object : smith.objects) {
            // VOC's bounds are 1-based and inclusive: x + 1 .. x + width.
            box |= object.name == QLatin1String("Nodule") && near(object.xmin, 6) &&
                   near(object.ymin, 7) && near(object.xmax, 25) && near(object.ymax, 16);
            triangle |= object.name == QLatin1String("Effusion") && near(object.xmin, 11.5) &&
                        near(object.ymin, 11) && near(object.xmax, 40) && near(object.ymax, 40.25);
        }
        QVERIFY(box);
        QVERIFY(triangle);
        const testing::VocFile jones =
            testing::readVoc(folder + QStringLiteral("/Annotations/jones.xml"));
        QCOMPARE(jones.objects.size(), size_t(1));
        // The disc covers pixels 48..72 by 38..62: 1-based, 49..73 by 39..63.
        QCOMPARE(jones.objects[0].name, QStringLiteral("Nodule"));
        QVERIFY(near(jones.objects[0].xmin, 49) && near(jones.objects[0].xmax, 73));
        QVERIFY(near(jones.objects[0].ymin, 39) && near(jones.objects[0].ymax, 63));
        QCOMPARE(testing::readVoc(folder + QStringLiteral("/Annotations/brown.xml")).objects.size(),
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

    void linkedImagesAreTheProjectsFiles()
    {
        for (const QString format : {QStringLiteral("voc"), QStringLiteral("csv")}) {
            const QString folder = out(QStringLiteral("linked-") + format);
            const CliRun run =
                exportAs(format, folder, {QStringLiteral("--images"), QStringLiteral("link")});
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            for (const auto &[file, split] : m_splitOfFile) {
                const QString image = format == QLatin1String("voc")
                                          ? QStringLiteral("%1/JPEGImages/%2").arg(folder, file)
                                          : QStringLiteral("%1/%2/%3").arg(folder, split, file);
                // A hard link: a plain file, the same one the project's item names (import
                // without --copy leaves the images where they lie).
                QVERIFY2(!QFileInfo(image).isSymLink(), qPrintable(image));
                QVERIFY2(sameFile(image, m_images + QLatin1Char('/') + file), qPrintable(image));
                checkCopy(image, file);
            }
            QVERIFY(filesBelow(folder).filter(QStringLiteral(".concord-")).isEmpty());
        }
        // Copies by default: a file of its own.
        const QString copied = out(QStringLiteral("voc"));
        QVERIFY(QFileInfo::exists(copied + QStringLiteral("/JPEGImages/smith.png")));
        QVERIFY(!sameFile(copied + QStringLiteral("/JPEGImages/smith.png"),
                          m_images + QStringLiteral("/smith.png")));
    }

    void linkingIsRefusedWhereALinkWouldBeWrong()
    {
        // A link is the original file, with whatever in it names the patient.
        const QString folder = out(QStringLiteral("linked-deidentified"));
        CliRun run = exportAs(
            QStringLiteral("yolo"), folder,
            {QStringLiteral("--images"), QStringLiteral("link"), QStringLiteral("--deidentify")});
        QVERIFY2(refusedWith(run, 1, QStringLiteral("--images link")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("--deidentify")));
        QVERIFY(!QFileInfo::exists(folder));
        // Only the formats that hold images take --images, and only copy or link.
        run = exportAs(QStringLiteral("coco"), out(QStringLiteral("linked.json")),
                       {QStringLiteral("--images"), QStringLiteral("link")});
        QVERIFY2(refusedWith(run, 1, QStringLiteral("--images")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("linked.json"))));
        run = exportAs(QStringLiteral("csv"), folder,
                       {QStringLiteral("--images"), QStringLiteral("symlink")});
        QVERIFY2(refusedWith(run, 2, QStringLiteral("\"symlink\"")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(folder));

        // A hard link cannot reach another file system: said so, and nothing is left there.
        struct stat here
        {
        }, there{};
        QTemporaryDir other(QStringLiteral("/dev/shm/concord-dataset-XXXXXX"));
        if (!other.isValid() || ::stat(QFile::encodeName(m_project).constData(), &here) != 0 ||
            ::stat(QFile::encodeName(other.path()).constData(), &there) != 0 ||
            here.st_dev == there.st_dev)
            QSKIP("no second file system (/dev/shm) to link across");
        const QString across = other.filePath(QStringLiteral("voc"));
        run = exportAs(QStringLiteral("voc"), across,
                       {QStringLiteral("--images"), QStringLiteral("link")});
        QVERIFY2(refusedWith(run, 1, QStringLiteral("one file system")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("--images copy")));
        QVERIFY(!QFileInfo::exists(across));
        run = exportAs(QStringLiteral("voc"), across);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }

    // A project holding a copy of one image, which is then changed or replaced by a link out of
    // the project.
    void aChangedOrRedirectedImageIsNotLinked()
    {
        const QString images = m_dir.filePath(QStringLiteral("single"));
        QVERIFY(QDir().mkpath(images));
        const QString original = images + QStringLiteral("/single.png");
        QVERIFY(cv::imwrite(original.toStdString(), cv::Mat(20, 30, CV_8U, cv::Scalar(90))));
        const QString project = m_dir.filePath(QStringLiteral("single.concord"));
        QCOMPARE(runCli({QStringLiteral("init"), project}).exitCode, 0);
        CliRun run = runCli({QStringLiteral("import"), project, images, QStringLiteral("--copy")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QDirIterator found(project + QStringLiteral("/images"), {QStringLiteral("single.png")},
                           QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(found.hasNext());
        const QString inProject = found.next();
        // Refused with `why` in the message, and nothing written: empty, or what went wrong.
        const auto linkingRefused = [&](const QString &name, const QString &why) {
            const QString folder = out(name);
            const CliRun attempt =
                runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                        QStringLiteral("jsonl"), QStringLiteral("--out"), folder,
                        QStringLiteral("--images"), QStringLiteral("link")});
            const bool refused = refusedWith(attempt, 1, why) && !QFileInfo::exists(folder);
            return refused ? QString() : describe(attempt);
        };

        // Changed since it was imported: refused by name, nothing written, nothing linked.
        const QByteArray imported = testing::readAll(inProject);
        QVERIFY(cv::imwrite(inProject.toStdString(), cv::Mat(20, 30, CV_8U, cv::Scalar(91))));
        QVERIFY(testing::readAll(inProject) != imported);
        QString refused = linkingRefused(QStringLiteral("single-changed"),
                                         QStringLiteral("single.png: has changed since it was "
                                                        "imported"));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QCOMPARE(linkCount(inProject), 1);

        // A symbolic link inside the project to a file outside it, with the imported bytes:
        // a link is never made to what it points to (a copy reads through it, checked).
        const QString outside = m_dir.filePath(QStringLiteral("outside.png"));
        testing::writeOrFail(outside, imported);
        QVERIFY(QFile::remove(inProject));
        QVERIFY(QFile::link(outside, inProject));
        refused = linkingRefused(QStringLiteral("single-redirected"),
                                 QStringLiteral("through a symbolic link"));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QCOMPARE(linkCount(outside), 1);
        const QString copied = out(QStringLiteral("single-copied"));
        run = runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                      QStringLiteral("jsonl"), QStringLiteral("--out"), copied});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(testing::readAll(copied + QStringLiteral("/train/single.png")), imported);
        QVERIFY(!QFileInfo(copied + QStringLiteral("/train/single.png")).isSymLink());
        QCOMPARE(linkCount(outside), 1);
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

        // Linking the images changes none of this.
        const QStringList linked{QStringLiteral("--images"), QStringLiteral("link")};
        run = exportAs(QStringLiteral("voc"), inside, linked);
        QVERIFY2(refusedWith(run, 1, inside), qPrintable(run.err));
        run = exportAs(QStringLiteral("yolo"), throughLink, linked);
        QVERIFY2(refusedWith(run, 1, throughLink), qPrintable(run.err));
        run = exportAs(QStringLiteral("csv"), link, linked);
        QVERIFY2(refusedWith(run, 1, QStringLiteral("symbolic link")), qPrintable(run.err));
        QVERIFY(filesBelow(target).isEmpty());
        QCOMPARE(filesBelow(m_project), before);

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
        const QString linkedThere = m_project + QStringLiteral("/exports/linked");
        run = exportAs(QStringLiteral("voc"), linkedThere, linked);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(sameFile(linkedThere + QStringLiteral("/JPEGImages/smith.png"),
                         m_images + QStringLiteral("/smith.png")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetExportCommand)
#include "tst_datasetexportcommand.moc"
