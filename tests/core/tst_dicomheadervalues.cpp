// SPDX-License-Identifier: GPL-3.0-or-later
// Labeling rules read DICOM header text in the file's Specific Character Set
// (docs/labeling-rules.md, "DICOM attributes"): a UTF-8 (ISO_IR 192) or Cyrillic (ISO_IR 144)
// name reads as the same Unicode text as a Latin-1 one, so dicom:PatientName=... matches what
// the user typed. UTF-8 files were read as Latin-1 before, which this test caught.
#include "core/labelingrules/dicomheadervalues.h"
#include "tests/core/filebytes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

using namespace concord;

namespace {

// A header-only DICOM file whose Patient's Name is `nameBytes` in `characterSet`.
bool writeNamedFile(const QString &path, const char *characterSet, const QByteArray &nameBytes)
{
    DcmFileFormat file;
    DcmDataset *dataset = file.getDataset();
    dataset->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    dataset->putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.10.543.7");
    if (characterSet)
        dataset->putAndInsertString(DCM_SpecificCharacterSet, characterSet);
    dataset->putAndInsertString(DCM_PatientName, nameBytes.constData());
    dataset->putAndInsertString(DCM_BodyPartExamined, "CHEST");
    return file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good();
}

} // namespace

class TestDicomHeaderValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsReadInTheFilesCharacterSet_data()
    {
        QTest::addColumn<QByteArray>("characterSet");
        QTest::addColumn<QByteArray>("nameBytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default repertoire")
            << QByteArray() << QByteArray("SMITH^JOHN") << QStringLiteral("SMITH^JOHN");
        QTest::newRow("ISO_IR 100") << QByteArray("ISO_IR 100") << QByteArray("M\xfcller^Zo\xeb")
                                    << QStringLiteral("Müller^Zoë");
        QTest::newRow("ISO_IR 192")
            << QByteArray("ISO_IR 192") << QStringLiteral("Łódź^Zoë").toUtf8()
            << QStringLiteral("Łódź^Zoë");
        QTest::newRow("ISO_IR 144")
            << QByteArray("ISO_IR 144") << QByteArray("\xb8\xd2\xd0\xdd\xde\xd2")
            << QStringLiteral("Иванов");
    }

    void textIsReadInTheFilesCharacterSet()
    {
        QFETCH(QByteArray, characterSet);
        QFETCH(QByteArray, nameBytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("named.dcm"));
        QVERIFY(writeNamedFile(path, characterSet.isEmpty() ? nullptr : characterSet.constData(),
                               nameBytes));
        const DicomTagNumber name = *dicomTagNumber(QStringLiteral("PatientName"));
        const DicomTagNumber bodyPart = *dicomTagNumber(QStringLiteral("BodyPartExamined"));
        const Expected<DicomHeaderValues> values = readDicomHeaderValues(path, {name, bodyPart});
        QVERIFY2(values, values ? "" : qPrintable(values.error().toString()));
        QCOMPARE(values->at(name), QStringList{expected});
        QCOMPARE(values->at(bodyPart), QStringList{QStringLiteral("CHEST")});
    }

    void aFileThatIsNotDicomIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.dcm"));
        QVERIFY(testing::writeAll(path, "not a DICOM file at all"));
        const Expected<DicomHeaderValues> values =
            readDicomHeaderValues(path, {*dicomTagNumber(QStringLiteral("PatientName"))});
        QVERIFY(!values);
        QVERIFY(values.error().toString().contains(QStringLiteral("notes.dcm")));
    }
};

QTEST_GUILESS_MAIN(TestDicomHeaderValues)
#include "tst_dicomheadervalues.moc"
