// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"
#include "core/imaging/windowlevel.h"
#include "tests/cli/clirun.h"
#include "tests/core/dicomtestfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

// `concord-cli dicom info|render`, run as a separate process on fixtures written by the test.
class TestDicomCommand : public DicomTestCase
{
    Q_OBJECT

private:
    using Run = CliRun;

    static Run cli(const QStringList &arguments)
    {
        return runCli(QStringList{u"dicom"_s} + arguments);
    }

    Image m_image;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = makeGreyImage(21, 34, CV_16S, 12, 2);
        m_image.metadata.windowPresets = {{u"LUNG"_s, -600, 1500}};
        m_image.metadata.pixelSpacing = PixelSpacing{0.2, 0.25, u"ImagerPixelSpacing"_s};
        m_file = write(m_image, u"cli.dcm"_s);
        QVERIFY(!m_file.isEmpty());
    }

    void infoJsonDescribesTheDecodedImage()
    {
        const Run run = cli({u"info"_s, m_file, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"width"_s].toInt(), 34);
        QCOMPARE(json[u"height"_s].toInt(), 21);
        QCOMPARE(json[u"frames"_s].toInt(), 2);
        QCOMPARE(json[u"photometricInterpretation"_s].toString(), u"MONOCHROME2"_s);
        QCOMPARE(json[u"bitsStored"_s].toInt(), 12);
        QCOMPARE(json[u"signed"_s].toBool(), true);
        QCOMPARE(json[u"decodedSampleType"_s].toString(), u"int16"_s);
        QCOMPARE(json[u"windows"_s].toArray().first().toObject()[u"name"_s].toString(), u"LUNG"_s);
        QCOMPARE(json[u"pixelSpacing"_s].toObject()[u"source"_s].toString(),
                 u"ImagerPixelSpacing"_s);
        QVERIFY(!json[u"sopInstanceUid"_s].toString().isEmpty());
    }

    void renderRawKeepsStoredValues()
    {
        const QString out = path(u"raw.tif"_s);
        const Run run =
            cli({u"render"_s, m_file, u"--frame"_s, u"1"_s, u"--raw"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        const cv::Mat written =
            cv::imread(QFile::encodeName(out).toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(written.type(), CV_16S);
        QCOMPARE(cv::norm(written, m_image.frames[1], cv::NORM_INF), 0.0);
    }

    void renderWindowMatchesDisplayLut()
    {
        const QString out = path(u"window.png"_s);
        const Run run = cli({u"render"_s, m_file, u"--window"_s, u"100,800"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        const cv::Mat written =
            cv::imread(QFile::encodeName(out).toStdString(), cv::IMREAD_UNCHANGED);
        ImageMetadata meta = m_image.metadata;
        const cv::Mat expected = DisplayLut(meta, CV_16S, {100, 800, VoiFunction::Linear, false})
                                     .apply(m_image.frames[0]);
        QCOMPARE(written.type(), CV_8U);
        QCOMPARE(cv::norm(written, expected, cv::NORM_INF), 0.0);
    }

    // A Modality LUT with known entries: render must window its output, not the stored values.
    void modalityLutIsDescribedAndApplied()
    {
        Image image = makeGreyImage(2, 4, CV_16U, 12);
        image.frames[0] = (cv::Mat_<quint16>(2, 4) << 0, 1, 2, 3, 3, 2, 1, 0);
        image.metadata.modalityLut = VoiLut{u"CALIBRATION"_s, 1, 16, {100, 300, 500}};
        image.metadata.modalityLutType = u"OD"_s;
        const QString file = write(image, u"modalitylut-cli.dcm"_s);

        const Run info = cli({u"info"_s, file, u"--json"_s});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
        const QJsonObject lut = json[u"modalityLut"_s].toObject();
        QCOMPARE(lut[u"entries"_s].toInt(), 3);
        QCOMPARE(lut[u"firstMappedValue"_s].toInt(), 1);
        QCOMPARE(lut[u"outputRange"_s].toArray(), (QJsonArray{100, 500}));
        QCOMPARE(json[u"modalityValueType"_s].toString(), u"OD"_s);

        const QString out = path(u"modalitylut.png"_s);
        const Run render = cli({u"render"_s, file, u"--window"_s, u"300.5,401"_s, u"--out"_s, out});
        QVERIFY2(render.exitCode == 0, qPrintable(render.err));
        const cv::Mat written =
            cv::imread(QFile::encodeName(out).toStdString(), cv::IMREAD_UNCHANGED);
        // Stored 0 and 1 -> 100, 2 -> 300, 3 -> 500; LINEAR window 300.5/401 (PS3.3 C.11.2.1.2):
        // 100 is at the bottom (0), 300 in the middle (127.5 -> 128), 500 at the top (255).
        const cv::Mat expected = (cv::Mat_<quint8>(2, 4) << 0, 0, 128, 255, 255, 128, 0, 0);
        QCOMPARE(written.type(), CV_8U);
        QCOMPARE(cv::norm(written, expected, cv::NORM_INF), 0.0);
    }

    void renderPresetsByName()
    {
        for (const QString &preset : {u"lung"_s, u"full"_s, u"auto"_s}) {
            const Run run = cli(
                {u"render"_s, m_file, u"--preset"_s, preset, u"--out"_s, path(preset + u".png"_s)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    void errorsAreOneLineNamingTheFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("missing file")
            << QStringList{u"info"_s, u"/nonexistent/x.dcm"_s} << u"/nonexistent/x.dcm"_s << 1;
        QTest::newRow("unknown preset") << QStringList{u"render"_s, u"@FILE"_s, u"--preset"_s,
                                                       u"bone"_s,   u"--out"_s, u"@DIR/x.png"_s}
                                        << u"no window preset 'bone'"_s << 1;
        QTest::newRow("bad frame") << QStringList{u"render"_s, u"@FILE"_s, u"--frame"_s,
                                                  u"9"_s,      u"--out"_s, u"@DIR/x.png"_s}
                                   << u"no frame 9"_s << 1;
        QTest::newRow("signed into pgm")
            << QStringList{u"render"_s, u"@FILE"_s, u"--raw"_s, u"--out"_s, u"@DIR/x.pgm"_s}
            << u"x.pgm"_s << 1;
        QTest::newRow("no --out") << QStringList{u"render"_s, u"@FILE"_s} << u"--out"_s << 2;
    }

    void errorsAreOneLineNamingTheFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(u"@FILE"_s, m_file);
        arguments.replaceInStrings(u"@DIR"_s, m_dir.path());
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mention), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void helpIsAvailable()
    {
        for (const QString &sub : {u"info"_s, u"render"_s}) {
            const Run run = cli({sub, u"--help"_s});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.startsWith(u"Usage: concord-cli dicom "_s + sub));
        }
    }
};

QTEST_GUILESS_MAIN(TestDicomCommand)
#include "tst_dicomcommand.moc"
