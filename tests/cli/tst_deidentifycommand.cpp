// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli deidentify on a folder as a user would run it: every DICOM file comes out under
// its new UID, none under a name that says who the patient is; what is not DICOM is named and
// not written; a link out of the folder is left out; a project's key gives the same UIDs every
// run (docs/deidentification.md).
#include "tests/cli/clirun.h"
#include "tests/core/dciodvfy.h"
#include "tests/core/dicomtestfixtures.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <nlohmann/json.hpp>

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace concord;
using Json = nlohmann::json;

class TestDeidentifyCommand : public test::DicomTestCase
{
    Q_OBJECT

private:
    QString patientFile(const QString &name, const char *sop)
    {
        const QString file = write(test::makeGreyImage(8, 8, CV_16U, 12), name);
        test::editDicom(file, [sop](DcmDataset &data) {
            data.putAndInsertString(DCM_PatientName, "Doe^Jane");
            data.putAndInsertString(DCM_PatientID, "MRN-31337");
            data.putAndInsertString(DCM_SOPInstanceUID, sop);
            data.putAndInsertString(DCM_BurnedInAnnotation, "NO");
        });
        return file;
    }

    static QByteArray fileBytes(const QString &file)
    {
        QFile input(file);
        return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
    }

    static bool writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile output(file);
        return output.open(QIODevice::WriteOnly) && output.write(bytes) == bytes.size();
    }

    // PNG's CRC-32 (ISO 3309) of a chunk's type and data.
    static quint32 pngCrc(const QByteArray &bytes)
    {
        quint32 crc = 0xffffffffU;
        for (const char byte : bytes) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
        }
        return crc ^ 0xffffffffU;
    }

    static QByteArray bigEndian(quint32 value, int size)
    {
        QByteArray bytes(size, '\0');
        for (int i = 0; i < size; ++i)
            bytes[i] = char(value >> (8 * (size - 1 - i)));
        return bytes;
    }

    // `image` as a PNG with a tEXt chunk `keyword`: `text` after its header, as a camera or
    // an editor writes one.
    static QByteArray pngWithText(const cv::Mat &image, const char *keyword, const char *text)
    {
        std::vector<uchar> encoded;
        if (!cv::imencode(".png", image, encoded))
            return {};
        const QByteArray png(reinterpret_cast<const char *>(encoded.data()),
                             qsizetype(encoded.size()));
        const auto chunk = [](const QByteArray &type, const QByteArray &data) {
            return bigEndian(quint32(data.size()), 4) + type + data +
                   bigEndian(pngCrc(type + data), 4);
        };
        const QByteArray data = QByteArray(keyword) + '\0' + QByteArray(text);
        constexpr qsizetype AfterHeader = 8 + 25; // the signature, IHDR
        return png.left(AfterHeader) + chunk("tEXt", data) + png.mid(AfterHeader);
    }

    // `image` as a JPEG with an EXIF segment (APP1) and a comment (COM) holding `text`, after
    // its JFIF header.
    static QByteArray jpegWithText(const cv::Mat &image, const char *text)
    {
        std::vector<uchar> encoded;
        if (!cv::imencode(".jpg", image, encoded))
            return {};
        const QByteArray jpeg(reinterpret_cast<const char *>(encoded.data()),
                              qsizetype(encoded.size()));
        const auto segment = [](char marker, const QByteArray &data) {
            return QByteArray("\xff", 1) + marker + bigEndian(quint32(data.size() + 2), 2) + data;
        };
        qsizetype at = 2;
        if (uchar(jpeg.at(3)) == 0xe0)
            at = 4 + (qsizetype(uchar(jpeg.at(4))) << 8 | uchar(jpeg.at(5)));
        return jpeg.left(at) + segment(char(0xe1), QByteArray("Exif\0\0", 6) + text) +
               segment(char(0xfe), text) + jpeg.mid(at);
    }

    // `reader`'s boxes on every image and an outline on each DICOM image, as a COCO file.
    QString namedCoco(const QString &reader)
    {
        const Json coco{
            {"images",
             {{{"id", 1}, {"file_name", "Doe^Jane-chest.dcm"}, {"width", 40}, {"height", 32}},
              {{"id", 2}, {"file_name", "Doe^Jane-lateral.dcm"}, {"width", 40}, {"height", 32}},
              {{"id", 3}, {"file_name", "jane-doe-photo.png"}, {"width", 30}, {"height", 20}},
              {{"id", 4}, {"file_name", "doe-jane.jpg"}, {"width", 30}, {"height", 20}}}},
            {"categories", {{{"id", 1}, {"name", "Finding"}}}},
            {"annotations",
             {{{"id", 1}, {"image_id", 1}, {"category_id", 1}, {"bbox", {2, 3, 10, 8}}},
              {{"id", 2}, {"image_id", 2}, {"category_id", 1}, {"bbox", {4, 5, 9, 7}}},
              {{"id", 3}, {"image_id", 3}, {"category_id", 1}, {"bbox", {1, 1, 5, 5}}},
              {{"id", 4}, {"image_id", 4}, {"category_id", 1}, {"bbox", {2, 2, 6, 6}}},
              {{"id", 5},
               {"image_id", 1},
               {"category_id", 1},
               {"segmentation", {{10, 10, 30, 12, 20, 25}}}},
              {{"id", 6},
               {"image_id", 2},
               {"category_id", 1},
               {"segmentation", {{5, 5, 25, 8, 15, 20}}}}}}};
        const QString file = path(reader + QStringLiteral(".json"));
        return writeFile(file, QByteArray::fromStdString(coco.dump())) ? file : QString();
    }

private Q_SLOTS:
    void aFolderComesOutUnderNewNames()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("in/sub"));
        patientFile(QStringLiteral("in/Doe^Jane.dcm"), "1.2.3.100");
        patientFile(QStringLiteral("in/sub/second.dcm"), "1.2.3.101");
        QFile notes(path(QStringLiteral("in/notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Jane Doe, MRN-31337\n");
        notes.close();
        const QString outside = patientFile(QStringLiteral("outside.dcm"), "1.2.3.102");
        QVERIFY(QFile::link(outside, path(QStringLiteral("in/link.dcm"))));

        const test::CliRun run =
            test::runCli({QStringLiteral("deidentify"), path(QStringLiteral("in")),
                          path(QStringLiteral("out")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1); // notes.txt is not DICOM
        const Json report = Json::parse(run.out.toStdString());
        QCOMPARE(report["written"].size(), std::size_t(2));
        QCOMPARE(report["failed"].size(), std::size_t(1));
        QVERIFY(QString::fromStdString(report["failed"][0]["source"])
                    .endsWith(QLatin1String("notes.txt")));
        QCOMPARE(report["skipped_links"].size(), std::size_t(1));
        QVERIFY(run.err.contains(QStringLiteral("notes.txt")));

        const QStringList written = QDir(path(QStringLiteral("out"))).entryList(QDir::Files);
        QCOMPARE(written.size(), 2);
        for (const QString &name : written) {
            QVERIFY2(name.startsWith(QLatin1String("2.25.")) &&
                         name.endsWith(QLatin1String(".dcm")),
                     qPrintable(name));
            const QByteArray bytes = [&] {
                QFile file(path(QStringLiteral("out/") + name));
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }();
            QVERIFY(!bytes.isEmpty());
            QVERIFY(!bytes.contains("Doe") && !bytes.contains("MRN-31337"));
        }
    }

    void aProjectKeyGivesTheSameUidsEveryRun()
    {
        const QString source = patientFile(QStringLiteral("one.dcm"), "1.2.3.200");
        const QString project = path(QStringLiteral("project"));
        QCOMPARE(test::runCli({QStringLiteral("init"), project}).exitCode, 0);
        const auto uidOf = [&](const QStringList &extra, const QString &out) {
            const test::CliRun run = test::runCli(QStringList{QStringLiteral("deidentify"), source,
                                                              path(out), QStringLiteral("--json")} +
                                                  extra);
            if (run.exitCode != 0)
                return QString();
            return QString::fromStdString(
                Json::parse(run.out.toStdString())["written"][0]["sop_instance"]);
        };
        const QStringList withProject{QStringLiteral("--project"), project};
        const QString first = uidOf(withProject, QStringLiteral("a"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(uidOf(withProject, QStringLiteral("b")), first);
        QVERIFY(QFile::exists(project + QStringLiteral("/deidentification.key")));
        const QString oneOff = uidOf({}, QStringLiteral("c"));
        QVERIFY(!oneOff.isEmpty() && oneOff != first);
    }

    // export --deidentify on the demo (masks on DICOM radiographs): the COCO file and the
    // SEGs carry no original name or UID, and the SEGs reference the sources by the UIDs
    // deidentify --project gives them.
    void exportsDeidentifiedWithTheProjectKey()
    {
        const QString project = path(QStringLiteral("demo"));
        QCOMPARE(test::runCli({QStringLiteral("init"), project, QStringLiteral("--demo")}).exitCode,
                 0);
        const QString coco = path(QStringLiteral("coco.json"));
        QCOMPARE(test::runCli({QStringLiteral("export"), project, QStringLiteral("--out"), coco,
                               QStringLiteral("--all-work"), QStringLiteral("--deidentify")})
                     .exitCode,
                 0);
        QFile cocoFile(coco);
        QVERIFY(cocoFile.open(QIODevice::ReadOnly));
        const QByteArray cocoText = cocoFile.readAll();
        QVERIFY(!cocoText.contains("chest-") && !cocoText.contains("\"anna\""));
        QVERIFY(cocoText.contains("\"file_name\": \"2.25."));

        const QString segs = path(QStringLiteral("segs"));
        const test::CliRun seg =
            test::runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                          QStringLiteral("dicom-seg"), QStringLiteral("--out"), segs,
                          QStringLiteral("--all-work"), QStringLiteral("--deidentify")});
        QCOMPARE(seg.exitCode, 0);
        const QStringList written =
            QDir(segs).entryList(QDir::Files | QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot);
        QVERIFY(!written.isEmpty());
        for (const QString &name : written)
            QVERIFY2(name.startsWith(QLatin1String("2.25.")), qPrintable(name));
        // A source image de-identified with the same key is the one the SEG references.
        const QString source = project + QStringLiteral("/images/chest-13-dx.dcm");
        const test::CliRun image =
            test::runCli({QStringLiteral("deidentify"), source, path(QStringLiteral("images")),
                          QStringLiteral("--project"), project, QStringLiteral("--json")});
        QCOMPARE(image.exitCode, 0);
        const QString newSourceUid = QString::fromStdString(
            Json::parse(image.out.toStdString())["written"][0]["sop_instance"]);
        bool referenced = false;
        for (const QString &name : written) {
            QFile file(segs + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            referenced = referenced || file.readAll().contains(newSourceUid.toLatin1());
        }
        QVERIFY2(referenced, qPrintable(newSourceUid));

        // The SRs go through the same profile (docs/deidentification.md, "Exports"): valid, no
        // patient, reader or original session in their bytes, sessions named by the pseudonyms
        // the COCO file gives them, the source referenced by its new UID.
        const QString srs = path(QStringLiteral("srs"));
        const test::CliRun sr =
            test::runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                          QStringLiteral("dicom-sr"), QStringLiteral("--out"), srs,
                          QStringLiteral("--all-work"), QStringLiteral("--deidentify")});
        QVERIFY2(sr.exitCode == 0, qPrintable(sr.err));
        DcmFileFormat sourceFile;
        QVERIFY(sourceFile.loadFile(QFile::encodeName(source).constData()).good());
        QStringList identifying = {QStringLiteral("Anna K."), QStringLiteral("chest-")};
        for (const DcmTagKey &tag :
             {DCM_PatientName, DCM_PatientID, DCM_StudyInstanceUID, DCM_SOPInstanceUID}) {
            OFString value;
            sourceFile.getDataset()->findAndGetOFString(tag, value);
            if (!value.empty()) // the demo's radiographs have no patient name
                identifying << QString::fromUtf8(value.c_str());
        }
        QCOMPARE(identifying.size(), 5);
        for (const QString &journal :
             QDir(project + QStringLiteral("/journal/anna")).entryList({QStringLiteral("*.jsonl")}))
            identifying << QFileInfo(journal).completeBaseName();
        QSet<QString> cocoSessions;
        const QRegularExpression sessionField(QStringLiteral("\"session\": \"(ANON-[0-9A-F]+)\""));
        for (const QRegularExpressionMatch &match :
             sessionField.globalMatch(QString::fromUtf8(cocoText)))
            cocoSessions.insert(match.captured(1));
        QVERIFY(!cocoSessions.isEmpty());
        const QStringList reports = QDir(srs).entryList(QDir::Files);
        QVERIFY(!reports.isEmpty());
        bool namesACocoSession = false;
        bool referencesTheSource = false;
        for (const QString &name : reports) {
            QVERIFY2(name.startsWith(QLatin1String("2.25.")), qPrintable(name));
            const QString file = srs + QLatin1Char('/') + name;
            QVERIFY2(test::dciodvfyErrors(file).isEmpty(),
                     qPrintable(test::dciodvfyErrors(file).join(QLatin1Char('\n'))));
            QFile report(file);
            QVERIFY(report.open(QIODevice::ReadOnly));
            const QByteArray bytes = report.readAll();
            for (const QString &value : identifying)
                QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(name + u' ' + value));
            for (const QString &session : cocoSessions)
                namesACocoSession = namesACocoSession || bytes.contains(session.toLatin1());
            referencesTheSource = referencesTheSource || bytes.contains(newSourceUid.toLatin1());
        }
        QVERIFY(namesACocoSession);
        QVERIFY(referencesTheSource);
    }

    // export --deidentify in the dataset formats and as label maps, on a project of two DICOM
    // images of one patient, a PNG that names her in a text chunk and a JPEG, all named after
    // her, read by two readers: no byte of any file written holds a name, id, UID or path of the
    // project (docs/deidentification.md, "Exports"); the images are named, and items, readers
    // and sessions pseudonymised, as the de-identified COCO file names them; the DICOM images
    // are those deidentify --project writes, pixels unchanged; the PNG keeps its pixels and
    // loses its text; the JPEG keeps its pixels and loses its EXIF and
    // comment; the identified copies are made in the project, never beside the dataset.
    void datasetsAndLabelMapsExportDeidentified()
    {
        const QString images = path(QStringLiteral("patient-files"));
        QVERIFY(QDir().mkpath(images));
        QStringList identifying{QStringLiteral("Doe"),         QStringLiteral("Jane"),
                                QStringLiteral("doe"),         QStringLiteral("jane"),
                                QStringLiteral("MRN-31337"),   QStringLiteral("chest"),
                                QStringLiteral("lateral"),     QStringLiteral("photo"),
                                QStringLiteral("reader-anna"), QStringLiteral("reader-bruno")};
        for (const auto &[name, sop] : {std::pair{"Doe^Jane-chest.dcm", "1.2.3.500"},
                                        std::pair{"Doe^Jane-lateral.dcm", "1.2.3.501"}}) {
            const QString file = write(test::makeGreyImage(32, 40, CV_16U, 12),
                                       QStringLiteral("patient-files/") + QLatin1String(name));
            QVERIFY(!file.isEmpty());
            QVERIFY(test::editDicom(file, [sop](DcmDataset &data) {
                data.putAndInsertString(DCM_PatientName, "Doe^Jane");
                data.putAndInsertString(DCM_PatientID, "MRN-31337");
                data.putAndInsertString(DCM_SOPInstanceUID, sop);
                data.putAndInsertString(DCM_BurnedInAnnotation, "NO");
            }));
            DcmFileFormat dicom;
            QVERIFY(dicom.loadFile(QFile::encodeName(file).constData()).good());
            for (const DcmTagKey &tag :
                 {DCM_StudyInstanceUID, DCM_SeriesInstanceUID, DCM_SOPInstanceUID}) {
                OFString uid;
                QVERIFY(dicom.getDataset()->findAndGetOFString(tag, uid).good());
                identifying << QString::fromLatin1(uid.c_str());
            }
        }
        const cv::Mat1b photo(20, 30, uchar(77));
        QVERIFY(writeFile(images + QStringLiteral("/jane-doe-photo.png"),
                          pngWithText(photo, "Author", "Jane Doe, MRN-31337")));
        QVERIFY(writeFile(images + QStringLiteral("/doe-jane.jpg"),
                          jpegWithText(photo, "Jane Doe, MRN-31337")));

        const QString project = path(QStringLiteral("named.concord"));
        QVERIFY(writeFile(path(QStringLiteral("findings.txt")), "Finding\n"));
        QCOMPARE(test::runCli({QStringLiteral("init"), project, QStringLiteral("--taxonomy"),
                               path(QStringLiteral("findings.txt"))})
                     .exitCode,
                 0);
        test::CliRun run = test::runCli({QStringLiteral("import"), project, images});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString reader :
             {QStringLiteral("reader-anna"), QStringLiteral("reader-bruno")}) {
            run = test::runCli({QStringLiteral("import-annotations"), project,
                                QStringLiteral("--annotator"), reader, namedCoco(reader)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        identifying << QDir(project).canonicalPath() << images;
        QFile items(project + QStringLiteral("/items.jsonl"));
        QVERIFY(items.open(QIODevice::ReadOnly));
        while (!items.atEnd()) {
            const QByteArray line = items.readLine().trimmed();
            if (!line.isEmpty())
                identifying << QString::fromStdString(Json::parse(line.toStdString())["id"]);
        }
        for (const QString reader :
             {QStringLiteral("reader-anna"), QStringLiteral("reader-bruno")}) {
            const QStringList sessions =
                QDir(project + QStringLiteral("/journal/") + reader).entryList(QDir::Files);
            QVERIFY(!sessions.isEmpty());
            for (const QString &session : sessions)
                identifying << QFileInfo(session).completeBaseName();
        }

        const auto exportAs = [&](const QString &format, const QString &out) {
            return test::runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                 format, QStringLiteral("--out"), out, QStringLiteral("--all-work"),
                                 QStringLiteral("--deidentify")});
        };
        const QString cocoFile = path(QStringLiteral("named-coco.json"));
        run = exportAs(QStringLiteral("coco"), cocoFile);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile cocoText(cocoFile);
        QVERIFY(cocoText.open(QIODevice::ReadOnly));
        const Json coco = Json::parse(cocoText.readAll().toStdString());
        QSet<QString> cocoNames, cocoItems, cocoReaders, cocoSessions;
        for (const Json &image : coco["images"]) {
            cocoNames.insert(QString::fromStdString(image["file_name"]));
            cocoItems.insert(QString::fromStdString(image["concord_item"]));
        }
        for (const Json &annotation : coco["annotations"]) {
            cocoReaders.insert(QString::fromStdString(annotation["concord"]["annotator"]));
            cocoSessions.insert(QString::fromStdString(annotation["concord"]["session"]));
        }
        QCOMPARE(cocoNames.size(), 4);
        QCOMPARE(cocoReaders.size(), 2);

        const QString out = path(QStringLiteral("exported"));
        // Each dataset in a folder whose name names her: no file may repeat it.
        const auto folderOf = [&](const QString &format) {
            return out + QLatin1Char('/') + format + QStringLiteral("/Doe-Jane-dataset");
        };
        for (const QString format :
             {QStringLiteral("voc"), QStringLiteral("yolo"), QStringLiteral("csv"),
              QStringLiteral("jsonl"), QStringLiteral("png-labelmap")}) {
            const QString folder = folderOf(format);
            run = exportAs(format, folder);
            QVERIFY2(run.exitCode == 0, qPrintable(format + u' ' + run.err));
            identifying << QDir(folder).absolutePath();
        }
        // The identified copies were made in the project, and are gone.
        QVERIFY(
            QDir(project + QStringLiteral("/cache"))
                .entryList({QStringLiteral("dataset-export-*")}, QDir::AllEntries | QDir::Hidden)
                .isEmpty());
        // Not one byte of any file written names what it must not.
        QDirIterator files(out, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            const QString name = QDir(out).relativeFilePath(file);
            // Nothing left over: no staging folder, no identified copy.
            QVERIFY2(!name.startsWith(u'.') && !name.contains(QLatin1String("/.")),
                     qPrintable(name));
            const QString inDataset = name.section(u'/', 2); // after <format>/Doe-Jane-dataset
            const QByteArray bytes = fileBytes(file);
            QVERIFY(!bytes.isEmpty() || name.endsWith(QLatin1String(".txt")));
            for (const QString &value : identifying)
                QVERIFY2(!bytes.contains(value.toUtf8()) && !inDataset.contains(value),
                         qPrintable(name + QStringLiteral(": ") + value));
            ++scanned;
        }
        QVERIFY(scanned >= 4 * 4 + 2);

        // The images are named as in the COCO file, in every format.
        const auto namesIn = [](const QString &folder) {
            QSet<QString> names;
            for (const QString &name : QDir(folder).entryList(QDir::Files))
                names.insert(name);
            return names;
        };
        QCOMPARE(namesIn(folderOf(QStringLiteral("voc")) + QStringLiteral("/JPEGImages")),
                 cocoNames);
        QCOMPARE(namesIn(folderOf(QStringLiteral("yolo")) + QStringLiteral("/images/train")),
                 cocoNames);
        QCOMPARE(namesIn(folderOf(QStringLiteral("csv")) + QStringLiteral("/train")), cocoNames);
        QCOMPARE(namesIn(folderOf(QStringLiteral("jsonl")) + QStringLiteral("/train")),
                 cocoNames + QSet<QString>{QStringLiteral("metadata.jsonl")});
        QVERIFY(!fileBytes(folderOf(QStringLiteral("yolo")) + QStringLiteral("/data.yaml"))
                     .contains("path:"));
        // Items, readers and sessions as COCO names them.
        const QList<QByteArray> rows =
            fileBytes(folderOf(QStringLiteral("csv")) + QStringLiteral("/train.csv")).split('\n');
        QVERIFY(rows.size() > 2);
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (rows[r].trimmed().isEmpty())
                continue;
            const QStringList fields = QString::fromUtf8(rows[r].trimmed()).split(u',');
            QVERIFY2(cocoItems.contains(fields[0]), qPrintable(fields[0]));
            QVERIFY2(cocoNames.contains(QFileInfo(fields[1]).fileName()), qPrintable(fields[1]));
            QVERIFY2(cocoReaders.contains(fields[2]), qPrintable(fields[2]));
            QVERIFY2(cocoSessions.contains(fields.last()), qPrintable(fields.last()));
        }
        const Json labelMap = Json::parse(
            fileBytes(folderOf(QStringLiteral("png-labelmap")) + QStringLiteral("/labelmap.json"))
                .toStdString());
        QVERIFY(!labelMap["items"].empty());
        for (const auto &[item, image] : labelMap["items"].items()) {
            QVERIFY2(cocoItems.contains(QString::fromStdString(item)), item.c_str());
            QVERIFY(cocoNames.contains(QString::fromStdString(image.get<std::string>())));
        }
        const QStringList mapReaders = QDir(folderOf(QStringLiteral("png-labelmap")))
                                           .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(mapReaders.size(), 2);
        for (const QString &reader : mapReaders)
            QVERIFY2(cocoReaders.contains(reader), qPrintable(reader));

        // The DICOM images are what deidentify --project writes of them, pixels unchanged.
        int dicomImages = 0;
        for (const QString &name :
             namesIn(folderOf(QStringLiteral("csv")) + QStringLiteral("/train"))) {
            const QString exported =
                folderOf(QStringLiteral("csv")) + QStringLiteral("/train/") + name;
            if (!name.endsWith(QLatin1String(".dcm")))
                continue;
            ++dicomImages;
            bool matched = false;
            for (const QString source :
                 {QStringLiteral("Doe^Jane-chest.dcm"), QStringLiteral("Doe^Jane-lateral.dcm")}) {
                const QString alone = path(QStringLiteral("alone-") + name);
                const test::CliRun single =
                    test::runCli({QStringLiteral("deidentify"), images + QLatin1Char('/') + source,
                                  alone, QStringLiteral("--project"), project});
                QCOMPARE(single.exitCode, 0);
                if (!QFileInfo::exists(alone + QLatin1Char('/') + name))
                    continue;
                matched = true;
                QCOMPARE(fileBytes(exported), fileBytes(alone + QLatin1Char('/') + name));
                QCOMPARE(test::maxDifference(load(exported), load(images + u'/' + source)), 0.0);
            }
            QVERIFY2(matched, qPrintable(name));
        }
        QCOMPARE(dicomImages, 2);
        // The PNG decodes to the same pixels without its text; the JPEG is as it was.
        for (const QString &name : cocoNames) {
            const QString exported =
                folderOf(QStringLiteral("voc")) + QStringLiteral("/JPEGImages/") + name;
            if (name.endsWith(QLatin1String(".png"))) {
                const cv::Mat pixels = cv::imread(exported.toStdString(), cv::IMREAD_UNCHANGED);
                QCOMPARE(pixels.type(), photo.type());
                QCOMPARE(cv::countNonZero(pixels != photo), 0);
                QVERIFY(!fileBytes(exported).contains("tEXt"));
            } else if (name.endsWith(QLatin1String(".jpg"))) {
                // The JPEG without its EXIF and comment, its pixels decoded alike.
                const QByteArray bytes = fileBytes(exported);
                QVERIFY(!bytes.contains("Exif"));
                const auto decode = [](const QByteArray &jpeg) {
                    return cv::imdecode(
                        cv::Mat(1, int(jpeg.size()), CV_8U, const_cast<char *>(jpeg.constData())),
                        cv::IMREAD_UNCHANGED);
                };
                const cv::Mat exportedPixels = decode(bytes);
                const cv::Mat original =
                    decode(fileBytes(images + QStringLiteral("/doe-jane.jpg")));
                QVERIFY(!original.empty());
                QCOMPARE(exportedPixels.type(), original.type());
                QCOMPARE(exportedPixels.size(), original.size());
                QCOMPARE(cv::countNonZero(exportedPixels != original), 0);
            }
        }
    }

    // Under --deidentify, an image whose metadata cannot be removed is refused, naming it, with
    // nothing written: a TIFF (tags, XMP, EXIF), and a .dcm without a preamble the profile
    // cannot read as an instance (no SOP Instance UID), which is never copied as it is.
    void imagesThatCannotBeDeidentifiedAreRefused()
    {
        const QString dicom =
            write(test::makeGreyImage(8, 8, CV_16U, 12), QStringLiteral("bare-source.dcm"));
        QVERIFY(test::editDicom(dicom, [](DcmDataset &data) {
            data.putAndInsertString(DCM_PatientName, "Roe^Richard");
            data.findAndDeleteElement(DCM_SOPInstanceUID);
        }));
        DcmFileFormat bare;
        QVERIFY(bare.loadFile(QFile::encodeName(dicom).constData()).good());
        const QString tiff = QStringLiteral("roe-richard.tif");
        const QString noPreamble = QStringLiteral("roe-richard.dcm");
        for (const QString &image : {tiff, noPreamble}) {
            const QString images = path(QStringLiteral("refused-") + image);
            QVERIFY(QDir().mkpath(images));
            if (image == tiff) {
                QVERIFY(cv::imwrite((images + u'/' + image).toStdString(),
                                    cv::Mat1b(20, 30, uchar(90))));
            } else {
                // The data set alone, as some archives store it: no preamble, no "DICM".
                QVERIFY(bare.getDataset()
                            ->saveFile(QFile::encodeName(images + u'/' + image).constData(),
                                       EXS_LittleEndianExplicit)
                            .good());
                QVERIFY(!fileBytes(images + u'/' + image).contains("DICM"));
                QVERIFY(fileBytes(images + u'/' + image).contains("Roe^Richard"));
            }
            const QString project =
                path(QStringLiteral("refused-") + image + QStringLiteral(".concord"));
            QVERIFY(writeFile(path(QStringLiteral("findings.txt")), "Finding\n"));
            QCOMPARE(test::runCli({QStringLiteral("init"), project, QStringLiteral("--taxonomy"),
                                   path(QStringLiteral("findings.txt"))})
                         .exitCode,
                     0);
            const test::CliRun imported = test::runCli({QStringLiteral("import"), project, images});
            QVERIFY2(imported.exitCode == 0 && imported.out.contains(u'1'),
                     qPrintable(imported.out + imported.err));
            for (const QString format : {QStringLiteral("csv"), QStringLiteral("voc")}) {
                const QString out = path(QStringLiteral("refused-out-") + format + u'-' + image);
                const test::CliRun run =
                    test::runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                  format, QStringLiteral("--out"), out,
                                  QStringLiteral("--all-work"), QStringLiteral("--deidentify")});
                QVERIFY2(run.exitCode == 1, qPrintable(image + u' ' + run.err));
                QVERIFY2(run.err.contains(image), qPrintable(run.err));
                if (image == tiff)
                    QVERIFY2(run.err.contains(QLatin1String("without --deidentify")),
                             qPrintable(run.err));
                QVERIFY2(!QFileInfo::exists(out), qPrintable(out));
            }
        }
    }

    void badUsageIsRefused()
    {
        const QString source = patientFile(QStringLiteral("u.dcm"), "1.2.3.300");
        QCOMPARE(test::runCli({QStringLiteral("deidentify"), source, path(QStringLiteral("o")),
                               QStringLiteral("--profile"), QStringLiteral("strict")})
                     .exitCode,
                 2);
        QCOMPARE(test::runCli({QStringLiteral("deidentify"), source, path(QStringLiteral("o")),
                               QStringLiteral("--keep-dates-shifted"), QStringLiteral("soon")})
                     .exitCode,
                 2);
        const test::CliRun missing =
            test::runCli({QStringLiteral("deidentify"), path(QStringLiteral("nothing")),
                          path(QStringLiteral("o"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nothing")));
        QVERIFY(!QDir(path(QStringLiteral("o"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestDeidentifyCommand)
#include "tst_deidentifycommand.moc"
