// SPDX-License-Identifier: GPL-3.0-or-later
// De-identification (DICOM PS3.15 Annex E, basic profile; docs/deidentification.md): nothing
// that names the patient, the staff or the site survives anywhere in the written file, UIDs are
// replaced consistently across a study, the options shift dates and clean descriptions, pixel
// data is untouched, and a damaged file writes nothing.
#include "core/exchange/cocoexporter.h"
#include "core/exchange/confidentialityprofile.h"
#include "core/exchange/dicomdeidentifier.h"
#include "core/exchange/pseudonymkey.h"
#include "core/project/workspaceinternals.h"
#include "tests/core/dciodvfy.h"
#include "tests/core/dicomtestfixtures.h"
#include "tests/core/filebytes.h"
#include "tests/core/projectfixtures.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace concord;

namespace {

// Identifying values planted in a test file, each of which must be gone afterwards.
const QStringList Planted = {
    QStringLiteral("Doe^John"), QStringLiteral("Doe"),        QStringLiteral("John"),
    QStringLiteral("PAT-4711"), QStringLiteral("ACC-99881"),  QStringLiteral("St Elsewhere"),
    QStringLiteral("Dr^Who"),   QStringLiteral("19610214"),   QStringLiteral("Night shift note"),
    QStringLiteral("WS-RAD-3"), QStringLiteral("SN-0042-XYZ")};

QString valueOf(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str());
}

// The original study's UIDs, so two files can share them.
const char *const StudyUid = "1.2.826.0.1.3680043.9.7433.1.1";
const char *const SeriesUid = "1.2.826.0.1.3680043.9.7433.1.2";

} // namespace

class TestDeidentification : public test::DicomTestCase
{
    Q_OBJECT

private:
    // A DX image with identifying attributes everywhere the profile must reach: top level,
    // inside sequences, private, overlay and meta header.
    QString identifiedFile(const QString &name, const char *sopUid, const char *burnedIn = "NO")
    {
        const QString file = write(test::makeGreyImage(16, 12, CV_16U, 12), name);
        const bool edited = test::editDicom(file, [&](DcmDataset &data) {
            data.putAndInsertString(DCM_PatientName, "Doe^John");
            data.putAndInsertString(DCM_PatientID, "PAT-4711");
            data.putAndInsertString(DCM_PatientBirthDate, "19610214");
            data.putAndInsertString(DCM_AccessionNumber, "ACC-99881");
            data.putAndInsertString(DCM_InstitutionName, "St Elsewhere");
            data.putAndInsertString(DCM_ReferringPhysicianName, "Dr^Who");
            data.putAndInsertString(DCM_StationName, "WS-RAD-3");
            data.putAndInsertString(DCM_DeviceSerialNumber, "SN-0042-XYZ");
            data.putAndInsertString(DCM_StudyDate, "20240115");
            data.putAndInsertString(DCM_StudyTime, "101500");
            data.putAndInsertString(DCM_StudyDescription, "Chest PA Doe 20240115 follow-up");
            data.putAndInsertString(DCM_StudyInstanceUID, StudyUid);
            data.putAndInsertString(DCM_SeriesInstanceUID, SeriesUid);
            data.putAndInsertString(DCM_SOPInstanceUID, sopUid);
            data.putAndInsertString(DCM_ImageComments, "Night shift note");
            if (burnedIn)
                data.putAndInsertString(DCM_BurnedInAnnotation, burnedIn);
            else
                data.findAndDeleteElement(DCM_BurnedInAnnotation);
            // A reference to another image of the study, and a nested person name.
            DcmItem *reference = nullptr;
            data.findOrCreateSequenceItem(DCM_ReferencedImageSequence, reference, -2);
            reference->putAndInsertString(DCM_ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.1.1");
            reference->putAndInsertString(DCM_ReferencedSOPInstanceUID,
                                          "1.2.826.0.1.3680043.9.7433.1.99");
            DcmItem *request = nullptr;
            data.findOrCreateSequenceItem(DCM_RequestAttributesSequence, request, -2);
            request->putAndInsertString(DCM_ScheduledPerformingPhysicianName, "Doe^John");
            // Private data and an overlay comment, where anything can hide.
            data.putAndInsertString(DcmTag(0x0029, 0x0010, EVR_LO), "ACME 1.0");
            data.putAndInsertString(DcmTag(0x0029, 0x1001, EVR_LO), "Doe^John");
            data.putAndInsertString(DcmTag(0x6000, 0x4000, EVR_LT), "Doe^John");
        });
        return edited ? file : QString();
    }

    static DcmFileFormat loadDicom(const QString &file)
    {
        DcmFileFormat format;
        if (format.loadFile(QFile::encodeName(file).constData()).bad())
            qWarning("cannot load %s", qPrintable(file));
        return format;
    }

private Q_SLOTS:
    void theProfileTableIsWhole()
    {
        // Table E.1-1 of PS3.15 2025a lists 621 rows; four (curves, overlays, private
        // attributes) are rules in code.
        QCOMPARE(profileRuleCount(), 617);
        QCOMPARE(findProfileRule(0x0010, 0x0010)->action, ProfileAction::Empty);
        QCOMPARE(findProfileRule(0x0008, 0x0018)->action, ProfileAction::NewUid);
        QCOMPARE(findProfileRule(0x0008, 0x0020)->options, quint8(ShiftDates));
        QCOMPARE(findProfileRule(0x0008, 0x1030)->options, quint8(CleanDescriptor));
        QCOMPARE(findProfileRule(0x0008, 0x1140)->action, ProfileAction::RemoveEmptyOrNewUids);
        QVERIFY(!findProfileRule(0x0028, 0x0010)); // Rows are kept
        QVERIFY(!findProfileRule(0x7FE0, 0x0010)); // and so are the pixels
    }

    void nothingIdentifyingSurvivesAnywhereInTheFile()
    {
        const QString source = identifiedFile(QStringLiteral("Doe^John.dcm"), "1.2.3.4.5.1");
        QVERIFY(!source.isEmpty());
        const QByteArray before = testing::readAll(source);
        for (const QString &value : Planted)
            QVERIFY2(before.contains(value.toUtf8()), qPrintable(value)); // planted for real
        QDir(m_dir.path()).mkdir(QStringLiteral("out"));
        const PseudonymKey key = PseudonymKey::random();
        const Expected<DeidentifiedFile> result =
            deidentifyDicomFile(source, path(QStringLiteral("out")), key, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));

        const QByteArray after = testing::readAll(result->outputFile);
        for (const QString &value : Planted)
            QVERIFY2(!after.contains(value.toUtf8()), qPrintable(value));
        for (const char *uid :
             {StudyUid, SeriesUid, "1.2.3.4.5.1", "1.2.826.0.1.3680043.9.7433.1.99"})
            QVERIFY2(!after.contains(uid), uid);
        // Named by the new SOP Instance UID, not after the patient.
        QCOMPARE(QFileInfo(result->outputFile).fileName(),
                 result->sopInstanceUid + QStringLiteral(".dcm"));
        QCOMPARE(QDir(path(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).size(), 1);

        DcmFileFormat written = loadDicom(result->outputFile);
        DcmDataset &data = *written.getDataset();
        const QString pseudonym = valueOf(data, DCM_PatientID);
        QVERIFY2(pseudonym.startsWith(QLatin1String("ANON-")), qPrintable(pseudonym));
        QCOMPARE(valueOf(data, DCM_PatientName), pseudonym + QLatin1Char('^'));
        QCOMPARE(valueOf(data, DCM_StudyDate), QString());                          // Z
        QCOMPARE(valueOf(data, DCM_InstitutionName), QStringLiteral("ANONYMIZED")); // X/Z/D
        QVERIFY(!data.tagExists(DCM_StudyDescription));                             // X
        QVERIFY(!data.tagExists(DcmTag(0x0029, 0x1001)));
        QVERIFY(!data.tagExists(DcmTag(0x6000, 0x4000)));
        QCOMPARE(valueOf(data, DCM_PatientIdentityRemoved), QStringLiteral("YES"));
        QCOMPARE(valueOf(data, DCM_LongitudinalTemporalInformationModified),
                 QStringLiteral("REMOVED"));
        DcmItem *method = nullptr;
        QVERIFY(
            data.findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, method, 0).good());
        QCOMPARE(valueOf(*method, DCM_CodeValue), QStringLiteral("113100"));
        QCOMPARE(valueOf(*written.getMetaInfo(), DCM_MediaStorageSOPInstanceUID),
                 result->sopInstanceUid);
        static const QRegularExpression uidForm(QStringLiteral("^2\\.25\\.[1-9][0-9]*$"));
        for (const QString &uid :
             {result->studyInstanceUid, result->seriesInstanceUid, result->sopInstanceUid}) {
            QVERIFY2(uidForm.match(uid).hasMatch() && uid.size() <= 64, qPrintable(uid));
        }
        // The pixels are the same.
        QCOMPARE(test::maxDifference(load(source), load(result->outputFile)), 0.0);
    }

    // dciodvfy (Debian package dicom3tools) checks the DX IOD: the profile's choices (empty for
    // X/Z, dummies for D) must not make a valid file invalid.
    void theResultIsAsValidAsTheSource()
    {
        if (test::dciodvfy().isEmpty())
            QSKIP("dciodvfy is not installed (packaging/install-deps.sh installs dicom3tools)");
        const QString source = identifiedFile(QStringLiteral("valid.dcm"), "1.2.3.4.5.21");
        QDir(m_dir.path()).mkdir(QStringLiteral("valid"));
        const auto result =
            deidentifyDicomFile(source, path(QStringLiteral("valid")), PseudonymKey::random(), {});
        QVERIFY(result);
        const QStringList before = test::dciodvfyErrors(source);
        const QStringList after = test::dciodvfyErrors(result->outputFile);
        QVERIFY2(after.size() <= before.size(),
                 qPrintable(QStringLiteral("before:\n%1\nafter:\n%2")
                                .arg(before.join(u'\n'), after.join(u'\n'))));
    }

    void aStudyKeepsOneStudyUidAndItsReferencesStayTrue()
    {
        const QString first = identifiedFile(QStringLiteral("a.dcm"), "1.2.3.4.5.1");
        const QString second =
            identifiedFile(QStringLiteral("b.dcm"), "1.2.826.0.1.3680043.9.7433.1.99");
        QDir(m_dir.path()).mkdir(QStringLiteral("study"));
        const PseudonymKey key = PseudonymKey::random();
        const auto a = deidentifyDicomFile(first, path(QStringLiteral("study")), key, {});
        const auto b = deidentifyDicomFile(second, path(QStringLiteral("study")), key, {});
        QVERIFY(a && b);
        QCOMPARE(a->studyInstanceUid, b->studyInstanceUid);
        QCOMPARE(a->seriesInstanceUid, b->seriesInstanceUid);
        QVERIFY(a->sopInstanceUid != b->sopInstanceUid);
        // a references b's original instance: the reference now names b's new UID.
        DcmFileFormat written = loadDicom(a->outputFile);
        DcmItem *reference = nullptr;
        QVERIFY(written.getDataset()
                    ->findAndGetSequenceItem(DCM_ReferencedImageSequence, reference, 0)
                    .good());
        QCOMPARE(valueOf(*reference, DCM_ReferencedSOPInstanceUID), b->sopInstanceUid);
        // A different key (another project) gives unrelated UIDs.
        QDir(m_dir.path()).mkdir(QStringLiteral("other"));
        const auto other =
            deidentifyDicomFile(first, path(QStringLiteral("other")), PseudonymKey::random(), {});
        QVERIFY(other && other->studyInstanceUid != a->studyInstanceUid);
    }

    void shiftedDatesAndCleanedDescriptorsWhenAsked()
    {
        const QString source = identifiedFile(QStringLiteral("c.dcm"), "1.2.3.4.5.7");
        QDir(m_dir.path()).mkdir(QStringLiteral("options"));
        DeidentificationOptions options;
        options.dateShiftDays = -20;
        options.cleanDescriptors = true;
        const auto result = deidentifyDicomFile(source, path(QStringLiteral("options")),
                                                PseudonymKey::random(), options);
        QVERIFY(result);
        DcmFileFormat written = loadDicom(result->outputFile);
        DcmDataset &data = *written.getDataset();
        QCOMPARE(valueOf(data, DCM_StudyDate), QStringLiteral("20231226"));
        QCOMPARE(valueOf(data, DCM_StudyTime), QStringLiteral("101500"));
        // The description stays useful, without the name and the date in it.
        QCOMPARE(valueOf(data, DCM_StudyDescription), QStringLiteral("Chest PA follow-up"));
        QCOMPARE(valueOf(data, DCM_LongitudinalTemporalInformationModified),
                 QStringLiteral("MODIFIED"));
        QStringList codes;
        for (unsigned long i = 0;; ++i) {
            DcmItem *code = nullptr;
            if (data.findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, code, int(i))
                    .bad())
                break;
            codes << valueOf(*code, DCM_CodeValue);
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("113100"), QStringLiteral("113105"),
                                     QStringLiteral("113107")}));
        const QByteArray after = testing::readAll(result->outputFile);
        QVERIFY(!after.contains("Doe") && !after.contains("20240115"));
    }

    void burnedInAnnotationIsWarnedAbout_data()
    {
        QTest::addColumn<QString>("burnedIn"); // empty: absent
        QTest::addColumn<bool>("warned");
        QTest::newRow("NO") << QStringLiteral("NO") << false;
        QTest::newRow("YES") << QStringLiteral("YES") << true;
        QTest::newRow("absent") << QString() << true;
    }

    void burnedInAnnotationIsWarnedAbout()
    {
        QFETCH(QString, burnedIn);
        QFETCH(bool, warned);
        const QByteArray value = burnedIn.toLatin1();
        const QString source = identifiedFile(
            QStringLiteral("burned-%1.dcm").arg(QLatin1String(QTest::currentDataTag())),
            "1.2.3.4.5.9", burnedIn.isEmpty() ? nullptr : value.constData());
        const QString out =
            path(QStringLiteral("burned-") + QLatin1String(QTest::currentDataTag()));
        QDir().mkpath(out);
        const auto result = deidentifyDicomFile(source, out, PseudonymKey::random(), {});
        QVERIFY(result);
        QCOMPARE(!result->warnings.isEmpty(), warned);
    }

    // A sequence whose length runs past the end of the file: DCMTK refuses it, and nothing,
    // not even a partial file, is left in the output folder.
    void aDamagedFileWritesNothing()
    {
        const QString source = identifiedFile(QStringLiteral("damaged.dcm"), "1.2.3.4.5.11");
        QByteArray bytes = testing::readAll(source);
        const int at = bytes.indexOf(QByteArray("\x08\x00\x40\x11", 4)); // (0008,1140)
        QVERIFY(at > 0);
        bytes.truncate(at + 16);
        QVERIFY(testing::writeAll(source, bytes));
        const QString out = path(QStringLiteral("damaged-out"));
        QDir().mkpath(out);
        const auto result = deidentifyDicomFile(source, out, PseudonymKey::random(), {});
        QVERIFY(!result);
        QVERIFY2(result.error().toString().contains(source), qPrintable(result.error().toString()));
        QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // A COCO export made with the key names each DICOM image as deidentify --project writes it
    // and carries no original path, item id, UID, annotator or session.
    void aCocoExportWithTheKeyMatchesTheDeidentifiedImages()
    {
        const QString projectDir = path(QStringLiteral("coco-project"));
        Item dicom{QStringLiteral("doe-john-chest"), QStringLiteral("Doe^John/chest.dcm")};
        dicom.sopInstanceUid = QStringLiteral("1.2.3.4.5.1");
        Item photo{QStringLiteral("doe-john-photo"), QStringLiteral("Doe^John/photo.png")};
        auto workspace = testing::createProject(
            projectDir,
            testing::projectWithLabels(QStringLiteral("Coco"), QStringLiteral("Nodule")),
            testing::peopleNamedById({"dr-meier"}), {dicom, photo});
        QVERIFY(workspace);
        QVERIFY(!workspace->startSession(QStringLiteral("dr-meier")));
        QVERIFY(!workspace->commit(edits::addBox(dicom.id, testing::placeholderBox(1)).forward));
        const PseudonymKey key = PseudonymKey::random();
        CocoExportOptions options;
        options.deidentifyWith = &key;
        const Json document = buildCocoDocument(workspace->project(), workspace->items(),
                                                WorkspaceInternals::store(*workspace), options);
        const std::string text = document.dump();
        for (const char *original : {"Doe^John", "doe-john", "1.2.3.4.5.1", "dr-meier"})
            QVERIFY2(text.find(original) == std::string::npos, original);
        QCOMPARE(QString::fromStdString(document["images"][0]["file_name"]),
                 key.uid(dicom.sopInstanceUid) + QStringLiteral(".dcm"));
        QVERIFY(QString::fromStdString(document["images"][1]["file_name"])
                    .endsWith(QLatin1String(".png")));
        QCOMPARE(document["annotations"].size(), std::size_t(1));
        // Without the key the export is as before.
        const Json plain = buildCocoDocument(workspace->project(), workspace->items(),
                                             WorkspaceInternals::store(*workspace), {});
        QCOMPARE(QString::fromStdString(plain["images"][0]["file_name"]), dicom.path);
    }

    void aProjectKeyIsMadeOnceAndKeptPrivate()
    {
        const QString file = path(QStringLiteral("deidentification.key"));
        // Four at once, as four exports started together would: all end with the same key.
        QList<QFuture<QString>> makers;
        for (int i = 0; i < 4; ++i) {
            makers << QtConcurrent::run([file] {
                const Expected<PseudonymKey> key = PseudonymKey::loadOrCreate(file);
                return key ? key->uid(QStringLiteral("1.2.3")) : QString();
            });
        }
        QStringList uids;
        for (QFuture<QString> &maker : makers)
            uids << maker.result();
        QVERIFY(!uids.first().isEmpty());
        QCOMPARE(uids.count(uids.first()), 4);
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.new-*")}).size(), 0);
        const Expected<PseudonymKey> again = PseudonymKey::loadOrCreate(file);
        QVERIFY(again);
        QCOMPARE(again->uid(QStringLiteral("1.2.3")), uids.first());
        QVERIFY(again->uid(QStringLiteral("1.2.4")) != uids.first());
        QCOMPARE(again->pseudonym(QStringLiteral("patient"), QStringLiteral("PAT-4711")),
                 again->pseudonym(QStringLiteral("patient"), QStringLiteral("PAT-4711")));
        const int days = again->days(QStringLiteral("PAT-4711"), 30);
        QVERIFY(days >= -30 && days <= 30);

        // A damaged key is refused, naming the file, and is not replaced.
        QVERIFY(testing::writeAll(file, "not a key\n"));
        const Expected<PseudonymKey> refused = PseudonymKey::loadOrCreate(file);
        QVERIFY(!refused);
        QVERIFY(refused.error().toString().contains(file));
        QCOMPARE(testing::readAll(file), QByteArray("not a key\n"));
    }
};

QTEST_GUILESS_MAIN(TestDeidentification)
#include "tst_deidentification.moc"
