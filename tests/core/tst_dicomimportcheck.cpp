// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/folderimporter.h"
#include "core/imaging/dicomloader.h"
#include "core/project/workspace.h"
#include "tests/core/dicomtestfixtures.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

// A DICOM file cut short inside its pixels is reported by name at import, not taken for a good
// item that fails only when a reader opens it.
class TestDicomImportCheck : public DicomTestCase
{
    Q_OBJECT

private:
    QString writeScan(const QString &name, DicomTransferSyntax syntax)
    {
        return write(makeGreyImage(64, 48, CV_16U, 12, 2, 7), name, syntax);
    }

    static void chop(const QString &file, qint64 bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - bytes));
    }

    // Imports in/ into a new project; returns the report.
    Expected<ImportReport> importInto(const QString &project)
    {
        auto workspace = Workspace::create(path(project), Project::create(u"t"_s, {}));
        if (!workspace)
            return workspace.error();
        return importFolder(**workspace, path(u"in"_s));
    }

private Q_SLOTS:
    void intactFilesPassTheCheck()
    {
        for (DicomTransferSyntax syntax :
             {DicomTransferSyntax::ExplicitLittleEndian, DicomTransferSyntax::RleLossless}) {
            const QString file = writeScan(u"intact.dcm"_s, syntax);
            const MaybeError problem = checkDicomPixelData(file);
            QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));
        }
    }

    void aFileCutInsideNativePixelDataIsReportedAtImport()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"in"_s));
        writeScan(u"in/good.dcm"_s, DicomTransferSyntax::ExplicitLittleEndian);
        const QString cut = writeScan(u"in/cut.dcm"_s, DicomTransferSyntax::ExplicitLittleEndian);
        chop(cut, 1000);
        const Expected<ImportReport> report = importInto(u"native.concord"_s);
        QVERIFY(report);
        QCOMPARE(report->added, 1);
        QCOMPARE(report->unreadable.size(), size_t(1));
        QVERIFY2(report->unreadable.front().toString().contains(u"cut.dcm"_s),
                 qPrintable(report->unreadable.front().toString()));
        QVERIFY(report->unreadable.front().message.contains(u"Pixel Data"_s));
    }

    void pixelDataShorterThanTheImageIsReported()
    {
        // The length field agrees with the bytes, but they are fewer than the header's image.
        const QString shortened =
            writeScan(u"short.dcm"_s, DicomTransferSyntax::ExplicitLittleEndian);
        QVERIFY(editDicom(shortened, [](DcmDataset &dataset) {
            const Uint16 words[8] = {};
            dataset.putAndInsertUint16Array(DCM_PixelData, words, 8);
        }));
        const MaybeError problem = checkDicomPixelData(shortened);
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(u"16"_s), qPrintable(problem->message));
        QVERIFY(problem->message.contains(u"12,288"_s) || problem->message.contains(u"12288"_s));
    }

    void aFileCutInsideCompressedFragmentsIsReported()
    {
        const QString cut = writeScan(u"rle.dcm"_s, DicomTransferSyntax::RleLossless);
        chop(cut, 40);
        const MaybeError problem = checkDicomPixelData(cut);
        QVERIFY(problem);
        QVERIFY2(problem->toString().contains(u"rle.dcm"_s), qPrintable(problem->toString()));
    }
};

QTEST_GUILESS_MAIN(TestDicomImportCheck)
#include "tst_dicomimportcheck.moc"
