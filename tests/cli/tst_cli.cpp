// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <set>

using namespace concord;

// concord-cli end to end, as a user or a script runs it: exit codes, one-line errors that name
// the file, and the files it writes.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    static Run cli(const QStringList &arguments) { return test::runCli(arguments); }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // A folder with three images (one in a sub-folder, one 16-bit) and one corrupt file.
    static QString makeImageFolder(const QString &root)
    {
        const QString folder = root + QStringLiteral("/images");
        QDir().mkpath(folder + QStringLiteral("/left"));
        cv::imwrite((folder + QStringLiteral("/a.png")).toStdString(),
                    cv::Mat(60, 80, CV_8U, cv::Scalar(10)));
        cv::imwrite((folder + QStringLiteral("/left/b.png")).toStdString(),
                    cv::Mat(40, 30, CV_8UC3, cv::Scalar(1, 2, 3)));
        cv::imwrite((folder + QStringLiteral("/c.tif")).toStdString(),
                    cv::Mat(50, 50, CV_16U, cv::Scalar(4000)));
        writeFile(folder + QStringLiteral("/broken.png"),
                  QByteArray("\x89PNG\r\n\x1a\n truncated", 18));
        // A structured report: DICOM, but no image in it.
        writeFile(root + QStringLiteral("/sr.dump"),
                  "(0008,0016) UI =BasicTextSRStorage\n(0008,0018) UI [1.2.3.4.9]\n"
                  "(0008,0060) CS [SR]\n(0010,0020) LO [P1]\n");
        QProcess::execute(QStringLiteral("dump2dcm"),
                          {QStringLiteral("+te"), root + QStringLiteral("/sr.dump"),
                           folder + QStringLiteral("/report.dcm")});
        return folder;
    }

    static Json readJson(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return Json::parse(file.readAll().toStdString());
    }

private Q_SLOTS:
    void everyCommandHasHelp()
    {
        const Run top = cli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        for (const QString &command :
             {QStringLiteral("init"), QStringLiteral("import"), QStringLiteral("info"),
              QStringLiteral("export"), QStringLiteral("merge"), QStringLiteral("export-session"),
              QStringLiteral("import-session")}) {
            QVERIFY2(top.out.contains(command), qPrintable(command));
            const Run help = cli({command, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("Usage:")), qPrintable(help.out));
        }
        QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 2);
    }

    void initImportInfoExport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.concord"));
        writeFile(dir.filePath(QStringLiteral("labels.txt")), "Finding\n  Nodule\nNormal\n");
        QCOMPARE(cli({QStringLiteral("init"), project, QStringLiteral("--taxonomy"),
                      dir.filePath(QStringLiteral("labels.txt"))})
                     .exitCode,
                 0);
        const QString images = makeImageFolder(dir.path());

        const Run import = cli({QStringLiteral("import"), project, images});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(QStringLiteral("3 images imported")), qPrintable(import.out));
        QVERIFY2(import.err.contains(QStringLiteral("broken.png")), qPrintable(import.err));
        QVERIFY2(!import.err.contains(QStringLiteral("report.dcm")), qPrintable(import.err));
        QVERIFY2(import.out.contains(QStringLiteral("1 DICOM files without an image skipped")),
                 qPrintable(import.out));
        // Importing again finds nothing new.
        QVERIFY(cli({QStringLiteral("import"), project, images})
                    .out.contains(QStringLiteral("0 images imported, 3 already present")));

        const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const Json summary = Json::parse(info.out.toStdString());
        QCOMPARE(summary.at("items").get<int>(), 3);
        QCOMPARE(summary.at("labels").size(), size_t(3));

        const QString coco = dir.filePath(QStringLiteral("coco.json"));
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--format"),
                      QStringLiteral("coco"), QStringLiteral("--out"), coco})
                     .exitCode,
                 0);
        const Json document = readJson(coco);
        QCOMPARE(document.at("images").size(), size_t(3));
        QCOMPARE(document.at("categories").size(), size_t(3));
    }

    void importTakesFilesAndFoldersAndCopiesOnRequest()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("copy.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project}).exitCode, 0);
        const QString images = makeImageFolder(dir.path());
        const Run import =
            cli({QStringLiteral("import"), project, images + QStringLiteral("/a.png"),
                 images + QStringLiteral("/left"), QStringLiteral("--copy")});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(QStringLiteral("2 images imported")), qPrintable(import.out));
        QVERIFY2(import.out.contains(QStringLiteral("2 copied into the project's images/ folder")),
                 qPrintable(import.out));
        QVERIFY(QFileInfo::exists(project + QStringLiteral("/images/a.png")));
        QVERIFY(QFileInfo::exists(project + QStringLiteral("/images/left/b.png")));
        // A source that does not exist is named, and nothing is imported.
        const Run missing =
            cli({QStringLiteral("import"), project, images + QStringLiteral("/c.tif"),
                 dir.filePath(QStringLiteral("nowhere"))});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("nowhere")), qPrintable(missing.err));
        const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(Json::parse(info.out.toStdString()).at("items").get<int>(), 2);
    }

    void demoProjectExportsValidCoco()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project, QStringLiteral("--demo")}).exitCode, 0);
        const QString coco = dir.filePath(QStringLiteral("coco.json"));
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--out"), coco}).exitCode,
                 0);
        const Json document = readJson(coco);

        std::set<int> imageIds, categoryIds, annotationIds;
        std::map<int, std::pair<double, double>> imageSizes;
        for (const Json &image : document.at("images")) {
            QVERIFY(imageIds.insert(image.at("id").get<int>()).second);
            QVERIFY(image.at("width").get<int>() > 0);
            imageSizes[image.at("id").get<int>()] = {image.at("width").get<double>(),
                                                     image.at("height").get<double>()};
        }
        for (const Json &category : document.at("categories"))
            QVERIFY(categoryIds.insert(category.at("id").get<int>()).second);
        // The demo's DICOM radiographs carry their SOP Instance UID into the export.
        int dicomImages = 0;
        for (const Json &image : document.at("images")) {
            if (image.contains("sop_instance_uid")) {
                ++dicomImages;
                QVERIFY(
                    QString::fromStdString(image.at("file_name")).endsWith(QStringLiteral(".dcm")));
                // A real UID (PS3.5 9.1: digits and dots, at most 64 characters), not a
                // placeholder.
                const QString uid = QString::fromStdString(image.at("sop_instance_uid"));
                QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"))
                                 .match(uid)
                                 .hasMatch() &&
                             uid.size() <= 64,
                         qPrintable(uid));
            }
        }
        QCOMPARE(dicomImages, 3);
        QVERIFY(!document.at("annotations").empty());
        for (const Json &annotation : document.at("annotations")) {
            QVERIFY(annotationIds.insert(annotation.at("id").get<int>()).second);
            QVERIFY(imageIds.count(annotation.at("image_id").get<int>()));
            QVERIFY(categoryIds.count(annotation.at("category_id").get<int>()));
            const Json &bbox = annotation.at("bbox");
            const auto [w, h] = imageSizes[annotation.at("image_id").get<int>()];
            QVERIFY(bbox[0].get<double>() >= 0 && bbox[1].get<double>() >= 0);
            QVERIFY(bbox[2].get<double>() > 0 && bbox[3].get<double>() > 0);
            QVERIFY(bbox[0].get<double>() + bbox[2].get<double>() <= w);
            QVERIFY(bbox[1].get<double>() + bbox[3].get<double>() <= h);
            QVERIFY(!annotation.at("concord").at("annotator").get<std::string>().empty());
            QCOMPARE(annotation.at("concord").at("guideline_version").get<int>(), 1);
        }
        for (const Json &label : document.at("image_labels")) {
            QVERIFY(imageIds.count(label.at("image_id").get<int>()));
            QVERIFY(categoryIds.count(label.at("category_id").get<int>()));
        }
        // Only one annotator's work when asked.
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--out"), coco,
                      QStringLiteral("--annotator"), QStringLiteral("demo")})
                     .exitCode,
                 0);
        for (const Json &annotation : readJson(coco).at("annotations"))
            QCOMPARE(annotation.at("concord").at("annotator").get<std::string>(),
                     std::string("demo"));
    }

    // The demo's radiographs are real DICOM as DCMTK wrote them: DX and CR, MONOCHROME1 and 2,
    // 12 bits stored in 16, one JPEG-LS and one JPEG 2000 compressed.
    void demoRadiographsAreRealDicom()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project, QStringLiteral("--demo")}).exitCode, 0);
        struct DemoFile
        {
            const char *file, *modality, *photometric, *transferSyntax;
        };
        const DemoFile expected[] = {
            {"chest-13-dx.dcm", "DX", "MONOCHROME2", "1.2.840.10008.1.2.1"},
            {"chest-14-cr.dcm", "CR", "MONOCHROME1", "1.2.840.10008.1.2.4.80"},
            {"chest-15-dx.dcm", "DX", "MONOCHROME2", "1.2.840.10008.1.2.4.90"},
        };
        for (const DemoFile &file : expected) {
            const Run run = cli({QStringLiteral("dicom"), QStringLiteral("info"),
                                 project + QStringLiteral("/images/") + QLatin1String(file.file),
                                 QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const Json info = Json::parse(run.out.toStdString());
            QCOMPARE(info.at("modality").get<std::string>(), std::string(file.modality));
            QCOMPARE(info.at("photometricInterpretation").get<std::string>(),
                     std::string(file.photometric));
            QCOMPARE(info.at("transferSyntaxUid").get<std::string>(),
                     std::string(file.transferSyntax));
            QCOMPARE(info.at("bitsAllocated").get<int>(), 16);
            QCOMPARE(info.at("bitsStored").get<int>(), 12);
        }
    }

    void mergeIsIdempotentAndRefusesOtherProjects()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("lead.concord"));
        QCOMPARE(cli({QStringLiteral("init"), original, QStringLiteral("--demo")}).exitCode, 0);
        // A field copy: the same project, later a new annotator's session is added there.
        const QString field = dir.filePath(QStringLiteral("field.concord"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), original, field}) ==
                0);
        const QString session =
            field + QStringLiteral("/journal/fieldworker/20261122T120000Z-beef.jsonl");
        writeFile(session, QByteArray());
        // A real session needs the annotator in project.json; the merge brings both over.
        Json project = readJson(field + QStringLiteral("/project.json"));
        project["annotators"].push_back(
            {{"id", "fieldworker"}, {"name", "Field"}, {"role", "annotator"}});
        writeFile(field + QStringLiteral("/project.json"),
                  QByteArray::fromStdString(project.dump(2)));

        const Run first = cli({QStringLiteral("merge"), original, field});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QStringLiteral("1 journals added")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("1 annotators")), qPrintable(first.out));
        QVERIFY(QFile::exists(original +
                              QStringLiteral("/journal/fieldworker/20261122T120000Z-beef.jsonl")));

        QFile projectFile(original + QStringLiteral("/project.json"));
        projectFile.open(QIODevice::ReadOnly);
        const QByteArray before = projectFile.readAll();
        projectFile.close();
        const Run second = cli({QStringLiteral("merge"), original, field});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith(QStringLiteral("0 journals added, 0 extended")),
                 qPrintable(second.out));
        QVERIFY2(second.out.contains(QStringLiteral("0 items, 0 annotators, 0 guideline")),
                 qPrintable(second.out));
        projectFile.open(QIODevice::ReadOnly);
        QCOMPARE(projectFile.readAll(), before);

        const QString other = dir.filePath(QStringLiteral("other.concord"));
        QCOMPARE(cli({QStringLiteral("init"), other}).exitCode, 0);
        const Run refused = cli({QStringLiteral("merge"), original, other});
        QVERIFY2(test::refusedWith(refused, 1, QStringLiteral("different project")),
                 qPrintable(test::describe(refused)));
        QVERIFY(refused.err.contains(QStringLiteral("other.concord")));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1); // one line
    }

    void sessionArchiveTravelsFromTheFieldAndBack()
    {
        QTemporaryDir dir;
        const QString lead = dir.filePath(QStringLiteral("lead.concord"));
        QCOMPARE(cli({QStringLiteral("init"), lead, QStringLiteral("--demo")}).exitCode, 0);
        const QString field = dir.filePath(QStringLiteral("field.concord"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), lead, field}) == 0);
        // One real session of a field worker (a hand-written journal would be damage, which
        // export-session refuses).
        QString sessionFile;
        {
            auto workspace = Workspace::open(field);
            QVERIFY(workspace);
            QVERIFY(!(*workspace)
                         ->addAnnotator({QStringLiteral("fieldworker"), QStringLiteral("Field")}));
            QVERIFY(!(*workspace)->startSession(QStringLiteral("fieldworker")));
            sessionFile = QStringLiteral("/journal/fieldworker/") + (*workspace)->session().id +
                          QStringLiteral(".jsonl");
            const QString itemId = (*workspace)->items().at(0).id;
            QVERIFY(!(*workspace)
                         ->commit(edits::addBox(itemId, BoxAnnotation{1, 1, {2, 2, 10, 10}, {}, {}})
                                      .forward));
            QVERIFY(!(*workspace)->endSession());
        }

        const QString archive = dir.filePath(QStringLiteral("fieldworker.csa"));
        QCOMPARE(
            cli({QStringLiteral("export-session"), field, QStringLiteral("--annotator")}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("export-session"), field, QStringLiteral("--annotator"),
                      QStringLiteral("fieldworker")})
                     .exitCode,
                 2); // no --out
        const Run exported =
            cli({QStringLiteral("export-session"), field, QStringLiteral("--annotator"),
                 QStringLiteral("fieldworker"), QStringLiteral("--out"), archive});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("1 session journals")),
                 qPrintable(exported.out));

        const Run first = cli({QStringLiteral("import-session"), lead, archive});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.startsWith(QStringLiteral("1 journals added")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("1 annotators, 0 blobs added")),
                 qPrintable(first.out));
        QVERIFY(QFile::exists(lead + sessionFile));
        const Run second = cli({QStringLiteral("import-session"), lead, archive});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith(
                     QStringLiteral("0 journals added, 0 extended, 1 unchanged; 0 annotators")),
                 qPrintable(second.out));

        const QString other = dir.filePath(QStringLiteral("other.concord"));
        QCOMPARE(cli({QStringLiteral("init"), other}).exitCode, 0);
        const Run foreign = cli({QStringLiteral("import-session"), other, archive});
        QVERIFY2(test::refusedWith(foreign, 1, QStringLiteral("different project")),
                 qPrintable(test::describe(foreign)));
        QVERIFY(foreign.err.contains(archive));
        QCOMPARE(foreign.err.count(QLatin1Char('\n')), 1);

        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        writeFile(archive, bytes.left(bytes.size() - 10));
        const Run damaged = cli({QStringLiteral("import-session"), lead, archive});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(archive) && damaged.err.contains(QStringLiteral("damaged")),
                 qPrintable(damaged.err));
        QCOMPARE(damaged.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(cli({QStringLiteral("import-session"), lead,
                      dir.filePath(QStringLiteral("missing.csa"))})
                     .exitCode,
                 1);
    }

    void badInputGivesOneLineNamingTheFile()
    {
        QTemporaryDir dir;
        const Run missing = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
        QCOMPARE(missing.err.count(QLatin1Char('\n')), 1);

        const QString project = dir.filePath(QStringLiteral("p"));
        QCOMPARE(cli({QStringLiteral("init"), project}).exitCode, 0);
        writeFile(project + QStringLiteral("/project.json"), "{\"schema\": 1,\n \"id\": ");
        const Run corrupt = cli({QStringLiteral("info"), project});
        QVERIFY2(test::refusedWith(corrupt, 1, QStringLiteral("project.json:2")),
                 qPrintable(test::describe(corrupt)));
        QCOMPARE(corrupt.err.count(QLatin1Char('\n')), 1);

        QCOMPARE(cli({QStringLiteral("export"), project}).exitCode, 1); // no --out
        QCOMPARE(cli({QStringLiteral("import"), project}).exitCode, 2); // missing folder argument
    }

    void damagedJournalStillOpensWithAWarning()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("d.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project, QStringLiteral("--demo")}).exitCode, 0);
        const QString journal = QDir(project + QStringLiteral("/journal/lead"))
                                    .entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files)
                                    .first()
                                    .filePath();
        QFile file(journal);
        file.open(QIODevice::ReadOnly);
        QByteArray bytes = file.readAll();
        file.close();
        const int before =
            int(Json::parse(cli({QStringLiteral("info"), project, QStringLiteral("--json")})
                                .out.toStdString())["events"]);
        bytes.chop(10);
        writeFile(journal, bytes);
        const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const Json summary = Json::parse(info.out.toStdString());
        QCOMPARE(summary["events"].get<int>(), before - 1);
        // The torn last line, and (the session was closed) HEAD's record of a longer journal.
        QCOMPARE(summary["problems"].size(), size_t(2));
        for (const Json &problem : summary["problems"])
            QVERIFY(QString::fromStdString(problem).contains(QFileInfo(journal).fileName()));
        QVERIFY(summary["problems"].dump().find("cut off") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
