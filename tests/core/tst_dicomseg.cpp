// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dicomsegexporter.h"
#include "core/exchange/dicomsegimporter.h"
#include "core/project/labelpixels.h"
#include "tests/core/dicomexchangefixtures.h"

#include "core/storage/jsonsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>
#include <dcmtk/dcmseg/segutils.h>

#include <opencv2/imgcodecs.hpp>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

// DICOM Segmentation export and import (docs/dicom-exchange.md): one SEG per source radiograph
// and reader that dciodvfy finds no error in, whose frames DCMTK reads back as exactly the
// reader's pixels per label, and that import-annotations reads back into identical masks.
class TestDicomSeg : public DicomExchangeTestCase
{
    Q_OBJECT

private:
    QString segFile(const QString &out, const QString &itemId) const
    {
        return out + u'/' + m_reader + u'/' + itemId + u"-seg.dcm"_s;
    }

    static QStringList filesBelow(const QString &folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    Expected<DicomExportResult> exportTo(const QString &out, const DicomExportOptions &options = {})
    {
        return exportDicomSegmentations(m_workspace->folder(), m_workspace->project(),
                                        m_workspace->items(), store(), out, options);
    }

private Q_SLOTS:
    void init() { makeLabeledProject(); }
    void cleanup() { removeLabeledProject(); }

    void writesOneValidSegmentationPerImageWithTheReadersPixels()
    {
        const QString out = path(u"out"_s);
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->written, 1);
        // The box-only item and the raster are left out, each named with its reason.
        QCOMPARE(result->skipped.size(), 2);
        QVERIFY(hasLine(result->skipped, m_boxOnly, u"no masks or polygons"_s));
        QVERIFY(hasLine(result->skipped, m_raster, u"not a DICOM image"_s));
        QCOMPARE(filesBelow(out), QStringList{segFile(out, m_measured)});

        verifyWithDciodvfy(segFile(out, m_measured));
    }

    void dcmtkReadsEverySegmentAsTheProjectsMask()
    {
        const QString out = path(u"out"_s);
        QVERIFY(exportTo(out));
        const Item *item = m_workspace->items().find(m_measured);
        const std::map<int, BinaryMask> expected = pixelsByLabel(work(m_measured), *item);
        QCOMPARE(expected.size(), size_t(2)); // Nodule (a mask and a polygon) and Effusion

        DcmSegmentation *loaded = nullptr;
        QVERIFY(DcmSegmentation::loadFile(QFile::encodeName(segFile(out, m_measured)).constData(),
                                          loaded)
                    .good());
        std::unique_ptr<DcmSegmentation> segmentation(loaded);
        QCOMPARE(segmentation->getNumberOfSegments(), expected.size());
        QCOMPARE(segmentation->getNumberOfFrames(), expected.size());
        DcmFileFormat file;
        QVERIFY(file.loadFile(QFile::encodeName(segFile(out, m_measured)).constData()).good());
        DcmDataset &dataset = *file.getDataset();
        OFString value;
        QVERIFY(dataset.findAndGetOFString(DCM_PatientName, value).good());
        QCOMPARE(QString::fromUtf8(value.c_str()), u"Müller^Anna"_s);
        dataset.findAndGetOFString(DCM_StudyInstanceUID, value);
        QCOMPARE(QString::fromLatin1(value.c_str()), item->studyInstanceUid);
        dataset.findAndGetOFString(DCM_SeriesInstanceUID, value);
        QVERIFY(QString::fromLatin1(value.c_str()) != item->seriesInstanceUid);
        Uint16 rows = 0, columns = 0;
        dataset.findAndGetUint16(DCM_Rows, rows);
        dataset.findAndGetUint16(DCM_Columns, columns);
        QCOMPARE(int(rows), item->height);
        QCOMPARE(int(columns), item->width);
        // No plane in a radiograph: the SEG's pixels lie as the source's, and say so.
        QVERIFY(!dataset.tagExists(DCM_FrameOfReferenceUID));
        dataset.findAndGetOFStringArray(DCM_PatientOrientation, value);
        QCOMPARE(QString::fromLatin1(value.c_str()), u"L\\F"_s);
        DcmItem *series = nullptr;
        QVERIFY(dataset.findAndGetSequenceItem(DCM_ReferencedSeriesSequence, series).good());
        series->findAndGetOFString(DCM_SeriesInstanceUID, value);
        QCOMPARE(QString::fromLatin1(value.c_str()), item->seriesInstanceUid);

        for (Uint32 frame = 0; frame < segmentation->getNumberOfFrames(); ++frame) {
            auto *derivation = static_cast<FGDerivationImage *>(
                segmentation->getFunctionalGroups().get(frame, DcmFGTypes::EFG_DERIVATIONIMAGE));
            QVERIFY(derivation);
            derivation->getDerivationImageItems()
                .at(0)
                ->getSourceImageItems()
                .at(0)
                ->getImageSOPInstanceReference()
                .getReferencedSOPInstanceUID(value);
            QCOMPARE(QString::fromLatin1(value.c_str()), item->sopInstanceUid);
            DcmSegment *segment = segmentation->getSegment(Uint16(frame + 1));
            QVERIFY(segment);
            segment->getSegmentLabel(value);
            const Label *label =
                m_workspace->project().taxonomy.findByName(QString::fromUtf8(value.c_str()));
            QVERIFY(label);
            std::unique_ptr<DcmIODTypes::Frame> unpacked(
                DcmSegUtils::unpackBinaryFrame(segmentation->getFrame(frame), rows, columns));
            QVERIFY(unpacked);
            const cv::Mat1b pixels(rows, columns, unpacked->pixData);
            const cv::Mat1b wanted =
                maskToImage(expected.at(label->id), {item->width, item->height});
            QCOMPARE(cv::countNonZero(pixels != wanted), 0);
            QVERIFY(cv::countNonZero(pixels) > 0);
        }
    }

    // pydicom, a reader that shares no code with DCMTK, finds the same segments, labels,
    // source image and pixels (tests/data/dicom/read_segmentation_pydicom.py).
    void pydicomReadsEverySegmentAsTheProjectsMask()
    {
        const QString out = path(u"out"_s);
        QVERIFY(exportTo(out));
        const QString frames = path(u"pydicom"_s);
        QVERIFY(QDir().mkpath(frames));
        QProcess python;
        python.start(QStringLiteral(CONCORD_TEST_PYTHON),
                     {QStringLiteral(CONCORD_TEST_DATA_DIR "/dicom/read_segmentation_pydicom.py"),
                      segFile(out, m_measured), frames});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        const Json read = Json::parse(python.readAllStandardOutput().toStdString());

        const Item *item = m_workspace->items().find(m_measured);
        QCOMPARE(read.at("rows").get<int>(), item->height);
        QCOMPARE(read.at("columns").get<int>(), item->width);
        QCOMPARE(QString::fromStdString(read.at("patient_name").get<std::string>()),
                 u"Müller^Anna"_s);
        const std::map<int, BinaryMask> expected = pixelsByLabel(work(m_measured), *item);
        QCOMPARE(read.at("segments").size(), expected.size());
        for (const Json &segment : read.at("segments")) {
            QCOMPARE(QString::fromStdString(segment.at("source").get<std::string>()),
                     item->sopInstanceUid);
            const Label *label = m_workspace->project().taxonomy.findByName(
                QString::fromStdString(segment.at("label").get<std::string>()));
            QVERIFY(label);
            const cv::Mat pixels =
                cv::imread(QFile::encodeName(
                               frames + u"/segment-%1.pgm"_s.arg(segment.at("number").get<int>()))
                               .toStdString(),
                           cv::IMREAD_GRAYSCALE);
            QCOMPARE(pixels.rows, item->height);
            QCOMPARE(pixels.cols, item->width);
            const cv::Mat1b wanted =
                maskToImage(expected.at(label->id), {item->width, item->height});
            QCOMPARE(cv::countNonZero(pixels != wanted * 255), 0);
            QVERIFY(cv::countNonZero(pixels) > 0);
        }
    }

    void aSourceWithAPlaneGivesItsFrameOfReferenceAndPlane()
    {
        // A cross-sectional source: its Frame of Reference and plane are the SEG's too.
        const QString frameOfReference = u"1.2.826.0.1.3680043.10.99.1"_s;
        QVERIFY(editDicom(path(u"in/measured.dcm"_s), [&](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_FrameOfReferenceUID, frameOfReference.toLatin1());
            dataset.putAndInsertString(DCM_ImagePositionPatient, "-10\\-20\\5");
            dataset.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
            dataset.putAndInsertString(DCM_SliceThickness, "1.5");
        }));
        const QString out = path(u"out"_s);
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY(result);
        QCOMPARE(result->written, 1);
        DcmFileFormat file;
        QVERIFY(file.loadFile(QFile::encodeName(segFile(out, m_measured)).constData()).good());
        DcmDataset &dataset = *file.getDataset();
        OFString value;
        dataset.findAndGetOFString(DCM_FrameOfReferenceUID, value);
        QCOMPARE(QString::fromLatin1(value.c_str()), frameOfReference);
        DcmItem *shared = nullptr;
        QVERIFY(dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared).good());
        DcmItem *group = nullptr;
        QVERIFY(shared->findAndGetSequenceItem(DCM_PlanePositionSequence, group).good());
        group->findAndGetOFStringArray(DCM_ImagePositionPatient, value);
        QCOMPARE(QString::fromLatin1(value.c_str()), u"-10\\-20\\5"_s);
        QVERIFY(shared->findAndGetSequenceItem(DCM_PlaneOrientationSequence, group).good());
        QVERIFY(shared->findAndGetSequenceItem(DCM_PixelMeasuresSequence, group).good());
        group->findAndGetOFStringArray(DCM_PixelSpacing, value);
        QCOMPARE(QString::fromLatin1(value.c_str()), u"0.2\\0.1"_s);

        verifyWithDciodvfy(segFile(out, m_measured));
    }

    void importReadsTheSegmentationBackPixelForPixel()
    {
        const QString out = path(u"out"_s);
        QVERIFY(exportTo(out));
        const Expected<CocoImport> imported =
            readDicomSegmentations(out, m_workspace->project(), m_workspace->items());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->masks, 2);
        Expected<CocoCommit> committed = commitCocoImport(*m_workspace, u"seg-reader"_s, *imported);
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().toString()));
        QCOMPARE(committed->masks, 2);
        // Run again, it adds nothing twice.
        committed = commitCocoImport(*m_workspace, u"seg-reader"_s, *imported);
        QVERIFY(committed);
        QCOMPARE(committed->masks, 0);
        QCOMPARE(committed->alreadyImported, 2);

        m_workspace.reset();
        m_workspace = testing::openOrDie(projectPath());
        const Item *item = m_workspace->items().find(m_measured);
        const std::map<int, BinaryMask> original = pixelsByLabel(work(m_measured), *item);
        const ItemWork *back = store().work(u"seg-reader"_s)->item(m_measured);
        QVERIFY(back);
        const std::map<int, BinaryMask> roundTrip = pixelsByLabel(*back, *item);
        QCOMPARE(roundTrip.size(), original.size());
        for (const auto &[labelId, mask] : original) {
            QVERIFY(roundTrip.contains(labelId));
            QVERIFY(samePixels(roundTrip.at(labelId), mask));
        }
    }

    void aMaskOutsideTheImageIsNamedAndNotWritten()
    {
        QVERIFY(!commit(edits::addMask(
            m_measured,
            {newAnnotationId(), m_effusion, randomMask({Columns - 4, 2, 8, 3}, 4), {}, {}})));
        const QString out = path(u"out"_s);
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY(result);
        QCOMPARE(result->written, 0);
        QVERIFY(hasLine(result->skipped, m_measured, u"outside the image of 40 x 30"_s));
        QVERIFY(filesBelow(out).isEmpty());
    }

    void aSourceOfAnotherSizeThanItsItemIsNamed()
    {
        QVERIFY(editDicom(path(u"in/measured.dcm"_s), [](DcmDataset &dataset) {
            dataset.putAndInsertUint16(DCM_Rows, Rows - 1);
        }));
        const QString out = path(u"out"_s);
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY(result);
        QCOMPARE(result->written, 0);
        QVERIFY(hasLine(result->skipped, m_measured,
                        u"the image is 40 x 29 pixels, but the item is 40 x 30"_s));
        QVERIFY(!QFileInfo::exists(out));
    }

    void aFileThatIsNoSegmentationIsRefusedByName()
    {
        const QString source = path(u"in/measured.dcm"_s);
        const Expected<CocoImport> imported =
            readDicomSegmentations(source, m_workspace->project(), m_workspace->items());
        QVERIFY(!imported);
        QCOMPARE(imported.error().path, source);
        QVERIFY(imported.error().message.contains(u"not a DICOM segmentation"_s));
    }

    void aSegmentOfAnUnknownLabelRefusesTheImport()
    {
        const QString out = path(u"out"_s);
        QVERIFY(exportTo(out));
        Project renamed = m_workspace->project();
        renamed.taxonomy = Taxonomy::fromIndentedText(u"Nodule\nDevice\n"_s);
        const Expected<CocoImport> imported =
            readDicomSegmentations(out, renamed, m_workspace->items());
        QVERIFY(!imported);
        QCOMPARE(imported.error().path, segFile(out, m_measured));
        QVERIFY(imported.error().message.contains(u"\"Effusion\" is not a label"_s));
    }

    // A label's own codes name its segments; a label without codes keeps the default; and an
    // import finds a label by its codes when the Segment Label names none (docs/dicom-exchange.md,
    // "Codes").
    void aLabelsCodesNameItsSegmentsAndFindItsLabelOnImport()
    {
        Project coded = m_workspace->project();
        Label nodule = *coded.taxonomy.find(m_nodule);
        nodule.segmentCategory = {u"49755003"_s, u"SCT"_s, u"Morphologically Abnormal Structure"_s};
        nodule.segmentType = {u"27925004"_s, u"SCT"_s, u"Nodule"_s};
        QVERIFY(coded.taxonomy.update(nodule));
        const QString out = path(u"out"_s);
        const Expected<DicomExportResult> result = exportDicomSegmentations(
            m_workspace->folder(), coded, m_workspace->items(), store(), out);
        QVERIFY(result);
        QCOMPARE(result->written, 1);
        verifyWithDciodvfy(segFile(out, m_measured));

        DcmSegmentation *loaded = nullptr;
        QVERIFY(DcmSegmentation::loadFile(QFile::encodeName(segFile(out, m_measured)).constData(),
                                          loaded)
                    .good());
        std::unique_ptr<DcmSegmentation> segmentation(loaded);
        QMap<QString, QString> typeByLabel;
        for (Uint16 number = 1; number <= segmentation->getNumberOfSegments(); ++number) {
            DcmSegment *segment = segmentation->getSegment(number);
            QVERIFY(segment);
            OFString label, value, meaning;
            segment->getSegmentLabel(label);
            segment->getSegmentedPropertyTypeCode().getCodeValue(value);
            segment->getSegmentedPropertyTypeCode().getCodeMeaning(meaning);
            typeByLabel.insert(QString::fromUtf8(label.c_str()),
                               QString::fromLatin1(value.c_str()) + u' ' +
                                   QString::fromLatin1(meaning.c_str()));
        }
        QCOMPARE(typeByLabel.value(u"Nodule"_s), u"27925004 Nodule"_s);
        QCOMPARE(typeByLabel.value(u"Effusion"_s), u"52988006 Lesion"_s);

        // Renamed since the export: the Nodule segment finds the label by its codes.
        Label renamed = nodule;
        renamed.name = u"Pulmonary nodule"_s;
        QVERIFY(coded.taxonomy.update(renamed));
        const Expected<CocoImport> imported =
            readDicomSegmentations(out, coded, m_workspace->items());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->masks, 2);

        // Two labels with the same codes: the segment's label is ambiguous and is refused.
        Label twin;
        twin.name = u"Other nodule"_s;
        twin.segmentCategory = nodule.segmentCategory;
        twin.segmentType = nodule.segmentType;
        coded.taxonomy.add(twin);
        const Expected<CocoImport> ambiguous =
            readDicomSegmentations(out, coded, m_workspace->items());
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.error().path, segFile(out, m_measured));
        QVERIFY2(
            ambiguous.error().message.contains(u"no single label carries its category and type"_s),
            qPrintable(ambiguous.error().message));
    }

    void aLinkPlantedInTheDestinationIsRefused()
    {
        const QString out = path(u"out"_s);
        const QString elsewhere = path(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(out) && QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, out + u'/' + m_reader));
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY(!result);
        QVERIFY(result.error().toString().contains(m_reader));
        QVERIFY(filesBelow(elsewhere).isEmpty());
        // Nothing but the planted link is left in the destination.
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{m_reader});
    }

    void aDestinationWithDotDotWritesWhereItLeads()
    {
        QVERIFY(QDir().mkpath(path(u"a"_s)));
        const QString out = path(u"a/../b"_s);
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY(result);
        QCOMPARE(filesBelow(path(u"b"_s)), QStringList{segFile(path(u"b"_s), m_measured)});
        QVERIFY(filesBelow(path(u"a"_s)).isEmpty());
    }

    void aStoppedExportLeavesNothing()
    {
        const QString out = path(u"out"_s);
        DicomExportOptions options;
        int reports = 0;
        options.control.progress = [&](int, int) { ++reports; };
        options.control.cancelled = [&] { return reports >= 2; };
        const Expected<DicomExportResult> result = exportTo(out, options);
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestDicomSeg)
#include "tst_dicomseg.moc"
