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

#include <QDir>
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
        // Label maps have no profile yet: refused, naming the formats that have one.
        const test::CliRun labelMaps =
            test::runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                          QStringLiteral("png-labelmap"), QStringLiteral("--out"),
                          path(QStringLiteral("maps")), QStringLiteral("--deidentify")});
        QCOMPARE(labelMaps.exitCode, 1);
        QVERIFY2(labelMaps.err.contains(QLatin1String("dicom-sr")), qPrintable(labelMaps.err));
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
