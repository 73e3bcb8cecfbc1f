// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomtags.h"
#include "core/imaging/dicomwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

class TestDicomTags : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFixture()
    {
        Image image;
        image.frames.push_back(cv::Mat(64, 48, CV_16U, cv::Scalar(100)));
        image.metadata.bitsStored = 12;
        image.metadata.patientId = QStringLiteral("SECRET-42");
        image.metadata.windowPresets.push_back({QStringLiteral("Lung"), 600, 1200});
        const QString path = m_dir.filePath(QStringLiteral("tags.dcm"));
        if (MaybeError error = writeDicom(image, path))
            qFatal("%s", qPrintable(error->toString()));
        return path;
    }

    static const DicomTag *find(const std::vector<DicomTag> &tags, const char *tag)
    {
        for (const DicomTag &t : tags) {
            if (t.tag == QLatin1String(tag))
                return &t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void listsHeaderAndMarksIdentifyingAttributes()
    {
        Expected<std::vector<DicomTag>> tags = readDicomTags(writeFixture());
        QVERIFY(tags);
        const DicomTag *rows = find(*tags, "(0028,0010)");
        QVERIFY(rows);
        QCOMPARE(rows->keyword, QStringLiteral("Rows"));
        QCOMPARE(rows->vr, QStringLiteral("US"));
        QCOMPARE(rows->value, QStringLiteral("64"));
        QVERIFY(!rows->identifying);
        const DicomTag *patientId = find(*tags, "(0010,0020)");
        QVERIFY(patientId);
        QCOMPARE(patientId->value, QStringLiteral("SECRET-42"));
        QVERIFY(patientId->identifying);
        const DicomTag *transferSyntax = find(*tags, "(0002,0010)"); // meta header is listed too
        QVERIFY(transferSyntax);
        const DicomTag *pixels = find(*tags, "(7FE0,0010)");
        QVERIFY(pixels);
        QVERIFY(pixels->value.contains(QStringLiteral("bytes")));
    }

    void knownUidsAreShownWithTheirNames()
    {
        Expected<std::vector<DicomTag>> tags = readDicomTags(writeFixture());
        QVERIFY(tags);
        const DicomTag *transferSyntax = find(*tags, "(0002,0010)");
        QVERIFY(transferSyntax);
        QCOMPARE(transferSyntax->value,
                 QStringLiteral("1.2.840.10008.1.2.1 (Little Endian Explicit)"));
        const DicomTag *sopClass = find(*tags, "(0008,0016)");
        QVERIFY(sopClass);
        QCOMPARE(sopClass->value, QStringLiteral("1.2.840.10008.5.1.4.1.1.1.1 "
                                                 "(DigitalXRayImageStorageForPresentation)"));
        // The image's own UIDs are in no dictionary: they stay bare.
        const DicomTag *instance = find(*tags, "(0008,0018)");
        QVERIFY(instance);
        QVERIFY(!instance->value.contains(QLatin1Char('(')));
        // Each value of a multi-valued UI is named on its own.
        QCOMPARE(withUidNames(QStringLiteral("1.2.840.10008.1.2\\1.2.3.4")),
                 QStringLiteral("1.2.840.10008.1.2 (Little Endian Implicit)\\1.2.3.4"));
    }

    void identifyingRules()
    {
        QVERIFY(isIdentifyingAttribute(0x0010, 0x0030, QStringLiteral("DA"))); // birth date
        QVERIFY(
            isIdentifyingAttribute(0x0008, 0x0090, QStringLiteral("PN"))); // referring physician
        QVERIFY(isIdentifyingAttribute(0x0008, 0x0050, QStringLiteral("SH")));  // accession number
        QVERIFY(!isIdentifyingAttribute(0x0008, 0x0060, QStringLiteral("CS"))); // modality
        QVERIFY(!isIdentifyingAttribute(0x0020, 0x000D, QStringLiteral("UI"))); // study UID
    }

    void badFilesGiveAnErrorNamingThem()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.dcm"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300, 'x'));
        file.close();
        Expected<std::vector<DicomTag>> tags = readDicomTags(garbage);
        QVERIFY(!tags);
        QCOMPARE(tags.error().path, garbage);
        QVERIFY(!readDicomTags(m_dir.filePath(QStringLiteral("missing.dcm"))));
    }
};

QTEST_GUILESS_MAIN(TestDicomTags)
#include "tst_dicomtags.moc"
