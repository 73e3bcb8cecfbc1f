// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/labelpixels.h"
#include "tests/cli/clirun.h"
#include "tests/core/dicomexchangefixtures.h"

#include <QFileInfo>
#include <QTest>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

// `export --format dicom-seg|dicom-sr` and `import-annotations --format dicom-seg` as a user runs
// them (docs/dicom-exchange.md): the files land below --out, what is left out is named on
// stderr, and a SEG read back gives the reader's pixels.
class TestDicomExchangeCommand : public DicomExchangeTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        makeLabeledProject();
        m_workspace.reset(); // the commands open the project themselves
    }
    void cleanup() { removeLabeledProject(); }

    void exportsSegmentationsAndImportsThemBack()
    {
        const QString out = path(u"out"_s);
        CliRun run = runCli({u"export"_s, projectPath(), u"--format"_s, u"dicom-seg"_s, u"--out"_s,
                             out, u"--annotator"_s, m_reader});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(u"Wrote 1 DICOM segmentation"_s));
        QVERIFY(run.err.contains(m_boxOnly) && run.err.contains(m_raster));
        QVERIFY(QFileInfo::exists(out + u'/' + m_reader + u'/' + m_measured + u"-seg.dcm"_s));

        run = runCli({u"import-annotations"_s, projectPath(), out, u"--format"_s, u"dicom-seg"_s,
                      u"--annotator"_s, u"back"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(u"Imported 2 masks"_s));

        m_workspace = testing::openOrDie(projectPath());
        const Item *item = m_workspace->items().find(m_measured);
        const std::map<int, BinaryMask> original = pixelsByLabel(work(m_measured), *item);
        const std::map<int, BinaryMask> back =
            pixelsByLabel(*store().work(u"back"_s)->item(m_measured), *item);
        QCOMPARE(back.size(), original.size());
        for (const auto &[labelId, mask] : original)
            QVERIFY(back.contains(labelId) && samePixels(back.at(labelId), mask));
    }

    void exportsMeasurementReports()
    {
        const QString out = path(u"out"_s);
        const CliRun run =
            runCli({u"export"_s, projectPath(), u"--format"_s, u"dicom-sr"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(u"Wrote 1 DICOM measurement report"_s));
        QVERIFY(run.err.contains(m_boxOnly) &&
                run.err.contains(u"neither Pixel Spacing nor Imager Pixel Spacing"_s));
        QVERIFY(QFileInfo::exists(out + u'/' + m_reader + u'/' + m_measured + u"-sr.dcm"_s));
    }

    void refusesWhatItCannotDo()
    {
        CliRun run = runCli(
            {u"export"_s, projectPath(), u"--format"_s, u"dicom-rt"_s, u"--out"_s, path(u"out"_s)});
        QVERIFY(refusedWith(run, 1, u"supported: coco, png-labelmap, dicom-seg, dicom-sr"_s));
        run = runCli({u"import-annotations"_s, projectPath(), path(u"in/measured.dcm"_s),
                      u"--format"_s, u"dicom-seg"_s, u"--annotator"_s, u"back"_s});
        QVERIFY(refusedWith(run, 1, u"not a DICOM segmentation"_s));
        QVERIFY(run.err.contains(u"measured.dcm"_s));
        run = runCli({u"import-annotations"_s, projectPath(), path(u"out"_s), u"--format"_s,
                      u"dicom-seg"_s, u"--annotator"_s, u"back"_s, u"--add-labels"_s, u"--as"_s,
                      u"lead"_s});
        QVERIFY(refusedWith(run, 2, u"--add-labels works with --format coco only"_s));
    }
};

QTEST_GUILESS_MAIN(TestDicomExchangeCommand)
#include "tst_dicomexchangecommand.moc"
