// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskrle.h"
#include "core/geometry/polygonraster.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "tests/cli/clirun.h"
#include "tests/core/projectcopies.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace concord;

// concord-cli import-annotations --format coco: boxes, polygons and masks (RLE compressed and
// not) become one annotator's work; export gives every mask back pixel for pixel; bad files
// are refused with a message naming them, and change nothing.
class TestImportAnnotations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    static test::CliRun cli(const QStringList &arguments) { return test::runCli(arguments); }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    static Json readJson(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return Json::parse(file.readAll().toStdString());
    }

    static BinaryMask disc(cv::Point centre, int radius, cv::Size image)
    {
        cv::Mat1b pixels(image, uchar(0));
        cv::circle(pixels, centre, radius, 1, cv::FILLED);
        return maskFromImage(pixels);
    }

    static BinaryMask decode(const Json &segmentation)
    {
        const int h = segmentation["size"][0].get<int>();
        const int w = segmentation["size"][1].get<int>();
        CocoRle rle{h, w, {}};
        if (segmentation["counts"].is_string()) {
            const std::string text = segmentation["counts"].get<std::string>();
            rle.counts =
                *cocoRleCountsFromString(QByteArrayView(text.data(), qsizetype(text.size())), {});
        } else {
            rle.counts = segmentation["counts"].get<std::vector<quint32>>();
        }
        return *decodeCocoRle(rle, {});
    }

    // The input file: a.png is 80 wide and 60 high, b.png 120 x 100.
    static Json cocoDocument()
    {
        const CocoRle compressed = encodeCocoRle(disc({60, 50}, 25, {120, 100}), {120, 100});
        const CocoRle plain = encodeCocoRle(disc({20, 20}, 12, {120, 100}), {120, 100});
        return Json{
            {"images",
             {{{"id", 1}, {"file_name", "images/a.png"}, {"width", 80}, {"height", 60}},
              {{"id", 2}, {"file_name", "b.png"}, {"width", 120}, {"height", 100}}}},
            {"categories", {{{"id", 7}, {"name", "Nodule"}}, {{"id", 9}, {"name", "Effusion"}}}},
            {"annotations",
             {{{"id", 1}, {"image_id", 1}, {"category_id", 7}, {"bbox", {5, 6, 20, 10}}},
              {{"id", 2},
               {"image_id", 1},
               {"category_id", 9},
               {"segmentation", {{10.5, 10, 40, 12, 30, 40.25}}}},
              {{"id", 3},
               {"image_id", 1},
               {"category_id", 9},
               {"segmentation", {{1, 1, 9, 1, 9, 9, 1, 9}, {50, 30, 70, 30, 60, 55}}}},
              {{"id", 4},
               {"image_id", 2},
               {"category_id", 7},
               {"iscrowd", 1},
               {"segmentation",
                {{"size", {100, 120}},
                 {"counts", cocoRleCountsToString(compressed.counts).toStdString()}}}},
              {{"id", 5},
               {"image_id", 2},
               {"category_id", 9},
               {"iscrowd", 1},
               {"segmentation", {{"size", {100, 120}}, {"counts", plain.counts}}}}}}};
    }

    // Every RLE mask of `annotator` in an exported document, decoded.
    static std::vector<BinaryMask> exportedMasks(const Json &document, const std::string &annotator)
    {
        std::vector<BinaryMask> masks;
        for (const Json &annotation : document["annotations"]) {
            if (annotation["concord"]["annotator"] == annotator &&
                annotation.contains("segmentation") && annotation["segmentation"].is_object())
                masks.push_back(decode(annotation["segmentation"]));
        }
        return masks;
    }

    static bool containsMask(const std::vector<BinaryMask> &masks, const BinaryMask &wanted)
    {
        return std::any_of(masks.begin(), masks.end(),
                           [&](const BinaryMask &m) { return samePixels(m, wanted); });
    }

    QString projectSnapshot() const
    {
        QStringList entries;
        QDir root(m_project);
        for (const QString &journal : QDir(m_project + QStringLiteral("/journal"))
                                          .entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            entries << journal +
                           QString::number(
                               QDir(m_project + QStringLiteral("/journal/") + journal).count());
        QFile project(root.filePath(QStringLiteral("project.json")));
        project.open(QIODevice::ReadOnly);
        return entries.join(QLatin1Char(',')) + QString::fromUtf8(project.readAll());
    }

    test::CliRun importAs(const QString &project, const QString &annotatorId, const QString &file,
                          const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("import-annotations"), project,
                               QStringLiteral("--annotator"), annotatorId, file} +
                   more);
    }

    // A project `name` in m_dir with the labels of labels.txt and the images a.png and b.png,
    // made with init and import as a user would; empty when either failed.
    QString newProject(const QString &name)
    {
        const QString project = m_dir.filePath(name);
        const test::CliRun init =
            cli({QStringLiteral("init"), project, QStringLiteral("--taxonomy"),
                 m_dir.filePath(QStringLiteral("labels.txt"))});
        const test::CliRun import =
            cli({QStringLiteral("import"), project, m_dir.filePath(QStringLiteral("images"))});
        return init.exitCode == 0 && import.exitCode == 0 ? project : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        cv::imwrite((images + QStringLiteral("/a.png")).toStdString(),
                    cv::Mat(60, 80, CV_8U, cv::Scalar(10)));
        cv::imwrite((images + QStringLiteral("/b.png")).toStdString(),
                    cv::Mat(100, 120, CV_8U, cv::Scalar(90)));
        writeFile(m_dir.filePath(QStringLiteral("labels.txt")), "Nodule\nEffusion\n");
        m_project = newProject(QStringLiteral("p.concord"));
        QVERIFY(!m_project.isEmpty());
    }

    void importThenExportReproducesEveryMaskPixel()
    {
        const QString input = m_dir.filePath(QStringLiteral("in.json"));
        writeFile(input, QByteArray::fromStdString(cocoDocument().dump()));
        const test::CliRun imported =
            cli({QStringLiteral("import-annotations"), m_project, QStringLiteral("--format"),
                 QStringLiteral("coco"), QStringLiteral("--annotator"), QStringLiteral("model"),
                 input});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("1 boxes, 1 polygons, 3 masks")),
                 qPrintable(imported.out));

        const QString exported = m_dir.filePath(QStringLiteral("out.json"));
        const test::CliRun exportRun =
            cli({QStringLiteral("export"), m_project, QStringLiteral("--out"), exported});
        QCOMPARE(exportRun.exitCode, 0);
        QVERIFY2(!exportRun.err.contains(QStringLiteral("left out")), qPrintable(exportRun.err));
        const Json document = readJson(exported);
        const std::vector<BinaryMask> masks = exportedMasks(document, "model");
        QCOMPARE(int(masks.size()), 3);
        const Json input_ = cocoDocument();
        QVERIFY(
            containsMask(masks, decode(input_["annotations"][3]["segmentation"]))); // compressed
        QVERIFY(
            containsMask(masks, decode(input_["annotations"][4]["segmentation"]))); // uncompressed
        const BinaryMask twoRings =
            maskUnion(rasterizePolygon({{1, 1}, {9, 1}, {9, 9}, {1, 9}}, {80, 60}),
                      rasterizePolygon({{50, 30}, {70, 30}, {60, 55}}, {80, 60}));
        QVERIFY(containsMask(masks, twoRings));
        bool polygonBack = false, boxBack = false;
        for (const Json &annotation : document["annotations"]) {
            if (annotation["concord"]["annotator"] != "model")
                continue;
            if (annotation.contains("segmentation") && annotation["segmentation"].is_array())
                polygonBack =
                    annotation["segmentation"] == Json::array({{10.5, 10, 40, 12, 30, 40.25}});
            if (!annotation.contains("segmentation"))
                boxBack = annotation["bbox"] == Json::array({5, 6, 20, 10}) &&
                          annotation["category_id"] != 0;
        }
        QVERIFY(polygonBack);
        QVERIFY(boxBack);

        // The export imported again as another reader and exported: the same pixels again.
        const test::CliRun again =
            cli({QStringLiteral("import-annotations"), m_project, QStringLiteral("--annotator"),
                 QStringLiteral("copy"), exported});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QString second = m_dir.filePath(QStringLiteral("out2.json"));
        QCOMPARE(cli({QStringLiteral("export"), m_project, QStringLiteral("--out"), second,
                      QStringLiteral("--annotator"), QStringLiteral("copy")})
                     .exitCode,
                 0);
        const std::vector<BinaryMask> copies = exportedMasks(readJson(second), "copy");
        QCOMPARE(copies.size(), masks.size());
        for (const BinaryMask &mask : masks)
            QVERIFY(containsMask(copies, mask));
    }

    // An item listed without its image size cannot hold a COCO mask (RLE spans the whole
    // image): the export leaves its masks out, but says how many and on which items.
    void masksOnItemsOfUnknownSizeAreReportedByName()
    {
        const QString project = m_dir.filePath(QStringLiteral("unsized.concord"));
        {
            auto workspace = Workspace::create(
                project, Project::create(QStringLiteral("Unsized"),
                                         Taxonomy::fromIndentedText(QStringLiteral("Nodule"))));
            QVERIFY(workspace);
            Item unsized{QStringLiteral("pacs-17"), QStringLiteral("remote/17.dcm")};
            Item sized{QStringLiteral("local-1"), QStringLiteral("a.png")};
            sized.width = 120;
            sized.height = 100;
            (*workspace)->addItems({unsized, sized});
            QVERIFY(!(*workspace)
                         ->addAnnotator(
                             {QStringLiteral("ana"), QStringLiteral("Ana"), Role::Annotator}));
            QVERIFY(!(*workspace)->startSession(QStringLiteral("ana")));
            for (quint64 id : {1, 2}) {
                const MaskAnnotation mask{id, 1, disc({30, 30}, 5 + int(id), {120, 100}), {}};
                QVERIFY(!(*workspace)->commit(edits::addMask(unsized.id, mask).forward));
            }
            const MaskAnnotation kept{3, 1, disc({60, 50}, 20, {120, 100}), {}};
            QVERIFY(!(*workspace)->commit(edits::addMask(sized.id, kept).forward));
        }
        const QString out = m_dir.filePath(QStringLiteral("unsized.json"));
        const test::CliRun run =
            cli({QStringLiteral("export"), project, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("2 masks left out")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("pacs-17")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("local-1")), qPrintable(run.err));
        const std::vector<BinaryMask> masks = exportedMasks(readJson(out), "ana");
        QCOMPARE(int(masks.size()), 1);
        QVERIFY(samePixels(masks.front(), disc({60, 50}, 20, {120, 100})));

        const QString maps = m_dir.filePath(QStringLiteral("unsized-maps"));
        const test::CliRun labelMaps =
            cli({QStringLiteral("export"), project, QStringLiteral("--format"),
                 QStringLiteral("png-labelmap"), QStringLiteral("--out"), maps});
        QVERIFY2(labelMaps.exitCode == 0, qPrintable(labelMaps.err));
        QVERIFY2(labelMaps.err.contains(QStringLiteral("pacs-17")), qPrintable(labelMaps.err));
        QVERIFY2(labelMaps.out.contains(QStringLiteral("Wrote 1 label maps")),
                 qPrintable(labelMaps.out));
        QVERIFY(QFile::exists(maps + QStringLiteral("/ana/local-1.png")));
    }

    void labelMapsHoldTheImportedMasks()
    {
        const QString folder = m_dir.filePath(QStringLiteral("maps"));
        const test::CliRun run =
            cli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                 QStringLiteral("png-labelmap"), QStringLiteral("--annotator"),
                 QStringLiteral("model"), QStringLiteral("--out"), folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Json mapping = readJson(folder + QStringLiteral("/labelmap.json"));
        QVERIFY(mapping["values"]["0"] == "background");
        QCOMPARE(int(mapping["items"].size()), 2);
        for (const auto &[itemId, path] : mapping["items"].items()) {
            if (path.get<std::string>().find("b.png") == std::string::npos)
                continue;
            const cv::Mat map = cv::imread(QStringLiteral("%1/model/%2.png")
                                               .arg(folder, QString::fromStdString(itemId))
                                               .toStdString(),
                                           cv::IMREAD_UNCHANGED);
            QVERIFY(map.size() == cv::Size(120, 100));
            // The compressed-RLE disc is Nodule, the uncompressed one Effusion.
            const BinaryMask nodule = disc({60, 50}, 25, {120, 100});
            QCOMPARE(cv::countNonZero(map == 1), int(maskArea(nodule)));
            QCOMPARE(int(map.at<uchar>(50, 60)), 1);
            QCOMPARE(int(map.at<uchar>(20, 20)), 2);
            QCOMPARE(int(map.at<uchar>(95, 5)), 0);
        }
    }

    void badFilesAreRefusedByNameAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        Json unknownImage = cocoDocument();
        unknownImage["images"][1]["file_name"] = "missing.png";
        Json badString = cocoDocument();
        badString["annotations"][3]["segmentation"]["counts"] = "ab~~";
        Json wrongCounts = cocoDocument();
        wrongCounts["annotations"][4]["segmentation"]["counts"][0] = 3;
        Json wrongSize = cocoDocument();
        wrongSize["annotations"][4]["segmentation"]["size"] = {99, 120};
        Json unknownCategory = cocoDocument();
        unknownCategory["categories"][0]["name"] = "Fracture";
        QTest::newRow("malformed JSON") << QByteArray("{\"images\": [") << QStringLiteral("");
        QTest::newRow("unknown image")
            << QByteArray::fromStdString(unknownImage.dump()) << QStringLiteral("missing.png");
        QTest::newRow("bad RLE string")
            << QByteArray::fromStdString(badString.dump()) << QStringLiteral("annotation id 4");
        QTest::newRow("wrong counts")
            << QByteArray::fromStdString(wrongCounts.dump()) << QStringLiteral("annotation id 5");
        QTest::newRow("wrong RLE size")
            << QByteArray::fromStdString(wrongSize.dump()) << QStringLiteral("99 x 120");
        QTest::newRow("unknown category")
            << QByteArray::fromStdString(unknownCategory.dump()) << QStringLiteral("Fracture");
    }

    void badFilesAreRefusedByNameAndChangeNothing()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        const QString input = m_dir.filePath(QStringLiteral("bad-input.json"));
        writeFile(input, contents);
        const QString before = projectSnapshot();
        const test::CliRun run =
            cli({QStringLiteral("import-annotations"), m_project, QStringLiteral("--annotator"),
                 QStringLiteral("intruder"), input});
        QVERIFY2(test::refusedWith(run, 1, QStringLiteral("bad-input.json")),
                 qPrintable(test::describe(run)));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(projectSnapshot(), before);
        QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/journal/intruder")));
    }

    // A category passes reading (it is a label of the taxonomy) but a leaf-labels-only project
    // refuses it on commit. The whole import is checked first, so the three boxes before it,
    // a session.end and the new annotator are not left behind: the project is byte-identical.
    void labelRefusedOnCommitLeavesProjectByteIdentical()
    {
        const QString project = m_dir.filePath(QStringLiteral("leaves.concord"));
        {
            Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("Finding\n  Nodule"));
            taxonomy.setLeafLabelsOnly(true);
            auto workspace =
                Workspace::create(project, Project::create(QStringLiteral("Leaves"), taxonomy));
            QVERIFY(workspace);
            Item item{QStringLiteral("a"), QStringLiteral("images/a.png")};
            item.width = 80;
            item.height = 60;
            QVERIFY((*workspace)->addItems({item}));
        }
        Json document{
            {"images", {{{"id", 1}, {"file_name", "images/a.png"}}}},
            {"categories", {{{"id", 1}, {"name", "Nodule"}}, {{"id", 2}, {"name", "Finding"}}}},
            {"annotations", Json::array()}};
        for (int i = 0; i < 4; ++i) {
            document["annotations"].push_back({{"id", i + 1},
                                               {"image_id", 1},
                                               {"category_id", i < 3 ? 1 : 2},
                                               {"bbox", {i * 10, 5, 8, 8}}});
        }
        const QString input = m_dir.filePath(QStringLiteral("category.json"));
        writeFile(input, QByteArray::fromStdString(document.dump()));
        const auto before = testing::folderSnapshot(project);
        const test::CliRun run = importAs(project, QStringLiteral("newcomer"), input);
        QVERIFY2(test::refusedWith(run, 1, QStringLiteral("category.json")),
                 qPrintable(test::describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("annotation 4")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("is a category")), qPrintable(run.err));
        QVERIFY(testing::folderSnapshot(project) == before);
    }

    // Each annotation is imported once: running the same import again adds nothing and says
    // so; a file with one annotation more adds just that one.
    void runningAgainNeitherDuplicatesNorLoses()
    {
        const QString project = newProject(QStringLiteral("again.concord"));
        QVERIFY(!project.isEmpty());
        Json document = cocoDocument();
        // Two identical annotations are two annotations, not one.
        document["annotations"].push_back(document["annotations"][0]);
        const QString input = m_dir.filePath(QStringLiteral("again.json"));
        writeFile(input, QByteArray::fromStdString(document.dump()));

        const test::CliRun first = importAs(project, QStringLiteral("model"), input);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("2 boxes, 1 polygons, 3 masks")),
                 qPrintable(first.out));
        const auto afterFirst = testing::folderSnapshot(project);

        const test::CliRun second = importAs(project, QStringLiteral("model"), input);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("0 boxes, 0 polygons, 0 masks")),
                 qPrintable(second.out));
        QVERIFY2(second.out.contains(QStringLiteral("Left out 6")), qPrintable(second.out));
        QVERIFY(testing::folderSnapshot(project) == afterFirst);

        document["annotations"].push_back(
            {{"id", 99}, {"image_id", 2}, {"category_id", 7}, {"bbox", {1, 2, 3, 4}}});
        writeFile(input, QByteArray::fromStdString(document.dump()));
        const test::CliRun third = importAs(project, QStringLiteral("model"), input);
        QVERIFY2(third.out.contains(QStringLiteral("1 boxes, 0 polygons, 0 masks")),
                 qPrintable(third.out));

        auto workspace = Workspace::open(project);
        QVERIFY(workspace);
        QVERIFY((*workspace)->openProblems().empty());
        int boxes = 0, polygons = 0, masks = 0;
        for (const ItemWork &work :
             WorkspaceInternals::store(**workspace).work(QStringLiteral("model"))->items()) {
            boxes += int(work.boxes.size());
            polygons += int(work.polygons.size());
            masks += int(work.masks.size());
        }
        QCOMPARE(boxes, 3);
        QCOMPARE(polygons, 1);
        QCOMPARE(masks, 3);
        QCOMPARE(
            WorkspaceInternals::store(**workspace).work(QStringLiteral("model"))->sessions().size(),
            size_t(2));
    }

    // A file whose category no label matches is refused by name; with --add-labels the lead
    // --as names adds it to the taxonomy (a new guideline version, as the taxonomy editor
    // publishes one, with the category's supercategory as its parent) and the import goes on.
    void addLabelsCreatesMissingCategories()
    {
        const QString project = newProject(QStringLiteral("addlabels.concord"));
        QVERIFY(!project.isEmpty());
        const test::CliRun lead =
            cli({QStringLiteral("annotator"), QStringLiteral("add"), project, QStringLiteral("lea"),
                 QStringLiteral("--role"), QStringLiteral("lead")});
        QVERIFY2(lead.exitCode == 0, qPrintable(lead.err));
        const Json document{
            {"images", {{{"id", 1}, {"file_name", "images/a.png"}}}},
            {"categories",
             {{{"id", 1}, {"name", "Nodule"}},
              {{"id", 2}, {"name", "Atelectasis"}, {"supercategory", "Effusion"}}}},
            {"annotations",
             {{{"id", 1}, {"image_id", 1}, {"category_id", 1}, {"bbox", {1, 2, 10, 10}}},
              {{"id", 2}, {"image_id", 1}, {"category_id", 2}, {"bbox", {20, 2, 10, 10}}}}}};
        const QString input = m_dir.filePath(QStringLiteral("new-category.json"));
        writeFile(input, QByteArray::fromStdString(document.dump()));

        const QStringList addLabelsAsLea = {QStringLiteral("--add-labels"), QStringLiteral("--as"),
                                            QStringLiteral("lea")};
        const auto before = testing::folderSnapshot(project);
        const test::CliRun refused = importAs(project, QStringLiteral("model"), input);
        QVERIFY2(test::refusedWith(refused, 1, QStringLiteral("new-category.json")),
                 qPrintable(test::describe(refused)));
        QVERIFY2(refused.err.contains(QStringLiteral("Atelectasis")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--add-labels")), qPrintable(refused.err));
        QVERIFY(testing::folderSnapshot(project) == before);

        const test::CliRun noLead =
            importAs(project, QStringLiteral("model"), input, {QStringLiteral("--add-labels")});
        QCOMPARE(noLead.exitCode, 2);
        QVERIFY(testing::folderSnapshot(project) == before);

        const test::CliRun added =
            importAs(project, QStringLiteral("model"), input, addLabelsAsLea);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("Atelectasis")), qPrintable(added.out));
        QVERIFY2(added.out.contains(QStringLiteral("2 boxes")), qPrintable(added.out));

        auto workspace = Workspace::open(project);
        QVERIFY(workspace);
        const Project &facts = (*workspace)->project();
        const Label *label = facts.taxonomy.findByName(QStringLiteral("Atelectasis"));
        QVERIFY(label);
        QCOMPARE(facts.taxonomy.pathOf(label->id), QStringLiteral("Effusion / Atelectasis"));
        QCOMPARE(facts.currentGuidelineVersion, 2);
        QCOMPARE(facts.findGuideline(2)->author, QStringLiteral("lea"));
        int onNewLabel = 0;
        for (const ItemWork &work :
             WorkspaceInternals::store(**workspace).work(QStringLiteral("model"))->items()) {
            for (const BoxAnnotation &box : work.boxes)
                onNewLabel += box.labelId == label->id ? 1 : 0;
        }
        QCOMPARE(onNewLabel, 1);

        // Nothing is missing any more: a second run adds no label and no annotation.
        const test::CliRun again =
            importAs(project, QStringLiteral("model"), input, addLabelsAsLea);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("Left out 2")), qPrintable(again.out));
        auto reopened = Workspace::open(project);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->project().currentGuidelineVersion, 2);
    }
};

QTEST_GUILESS_MAIN(TestImportAnnotations)
#include "tst_importannotations.moc"
