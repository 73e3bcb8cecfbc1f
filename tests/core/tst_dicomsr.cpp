// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dicomsrexporter.h"
#include "core/project/polygonmask.h"
#include "tests/core/dicomexchangefixtures.h"

#include <QFile>
#include <QTest>

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrscovl.h>

#include <algorithm>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

// DICOM SR export (docs/dicom-exchange.md, "The measurement report"): a TID 1500 Imaging
// Measurement Report per source radiograph and reader that dciodvfy finds no error in, whose
// areas DCMTK reads back in mm2 as the reader's shapes times the pixel size, and rulers'
// lengths in mm, with the reader as observer, the guideline version and the source image.
class TestDicomSr : public DicomExchangeTestCase
{
    Q_OBJECT

private:
    QString srFile(const QString &out, const QString &itemId) const
    {
        return out + u'/' + m_reader + u'/' + itemId + u"-sr.dcm"_s;
    }

    Expected<DicomExportResult> exportTo(const QString &out)
    {
        return exportDicomMeasurementReports(m_workspace->folder(), m_workspace->project(),
                                             m_workspace->items(), store(), out);
    }

    // The measured item's areas in mm2 as the test computes them: a box's rectangle, a
    // polygon's and a mask's pixels, times the pixel's size.
    std::vector<double> expectedAreas() const
    {
        const ItemWork &measured = work(m_measured);
        const double pixel = m_spacing.rowMm * m_spacing.columnMm;
        std::vector<double> areas;
        for (const BoxAnnotation &box : measured.boxes)
            areas.push_back(box.rect.width * box.rect.height * pixel);
        for (const PolygonAnnotation &polygon : measured.polygons)
            areas.push_back(double(maskArea(polygonMask(polygon, {Columns, Rows}))) * pixel);
        for (const MaskAnnotation &mask : measured.masks)
            areas.push_back(double(maskArea(mask.mask)) * pixel);
        std::sort(areas.begin(), areas.end());
        return areas;
    }

private Q_SLOTS:
    void init() { makeLabeledProject(); }
    void cleanup() { removeLabeledProject(); }

    void writesAValidReportPerImageOrSaysWhyNot()
    {
        const QString out = path(u"out"_s);
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->written, 1);
        QCOMPARE(result->skipped.size(), 2);
        QVERIFY(hasLine(result->skipped, m_boxOnly, u"neither Pixel Spacing nor Imager"_s));
        QVERIFY(hasLine(result->skipped, m_raster, u"not a DICOM image"_s));
        QVERIFY(QFileInfo::exists(srFile(out, m_measured)));
        QVERIFY(!QFileInfo::exists(srFile(out, m_boxOnly)));

        verifyWithDciodvfy(srFile(out, m_measured));
    }

    void dcmtkReadsTheAreasObserverAndSourceBack()
    {
        const QString out = path(u"out"_s);
        QVERIFY(exportTo(out));
        DcmFileFormat file;
        QVERIFY(file.loadFile(QFile::encodeName(srFile(out, m_measured)).constData()).good());
        DSRDocument document;
        QVERIFY(document.read(*file.getDataset()).good());
        QCOMPARE(document.getDocumentType(), DSRTypes::DT_EnhancedSR);
        OFString value;
        document.getPatientName(value);
        QCOMPARE(QString::fromUtf8(value.c_str()), u"Müller^Anna"_s);
        const Item *item = m_workspace->items().find(m_measured);
        document.getStudyInstanceUID(value);
        QCOMPARE(QString::fromLatin1(value.c_str()), item->studyInstanceUid);

        std::vector<double> areas;
        QStringList observers, guidelineVersions, spacingSources, sources, findings;
        DSRDocumentTree &tree = document.getTree();
        QVERIFY(tree.gotoRoot() > 0);
        QCOMPARE(QString::fromLatin1(
                     tree.getCurrentContentItem().getConceptName().getCodeValue().c_str()),
                 u"126000"_s); // Imaging Measurement Report
        do {
            const DSRContentItem &content = tree.getCurrentContentItem();
            const DSRCodedEntryValue &conceptName = content.getConceptName();
            const QString code = QString::fromLatin1(conceptName.getCodeValue().c_str());
            const QString text = QString::fromUtf8(content.getStringValue().c_str());
            if (content.getValueType() == DSRTypes::VT_Num && code == u"42798000"_s) {
                const DSRNumericMeasurementValue &number = content.getNumericValue();
                QCOMPARE(QString::fromLatin1(number.getMeasurementUnit().getCodeValue().c_str()),
                         u"mm2"_s);
                QCOMPARE(QString::fromLatin1(
                             number.getMeasurementUnit().getCodingSchemeDesignator().c_str()),
                         u"UCUM"_s);
                areas.push_back(QString::fromLatin1(number.getNumericValue().c_str()).toDouble());
            } else if (content.getValueType() == DSRTypes::VT_PName && code == u"121008"_s) {
                observers.append(text); // Person Observer Name
            } else if (code == QLatin1String(GuidelineVersionCode)) {
                guidelineVersions.append(text);
            } else if (code == QLatin1String(PixelSpacingSourceCode)) {
                spacingSources.append(text);
            } else if (content.getValueType() == DSRTypes::VT_Image && code == u"121112"_s) {
                sources.append(
                    QString::fromLatin1(content.getImageReference().getSOPInstanceUID().c_str()));
            } else if (content.getValueType() == DSRTypes::VT_Code && code == u"121071"_s) {
                findings.append(QString::fromUtf8(content.getCodeValue().getCodeMeaning().c_str()));
            }
        } while (tree.iterate() > 0);

        std::sort(areas.begin(), areas.end());
        const std::vector<double> expected = expectedAreas();
        QCOMPARE(areas.size(), expected.size());
        QCOMPARE(expected.size(), size_t(4)); // a box, a polygon, two masks
        for (size_t i = 0; i < areas.size(); ++i)
            QVERIFY2(qAbs(areas[i] - expected[i]) < 1e-6,
                     qPrintable(u"%1 != %2"_s.arg(areas[i]).arg(expected[i])));
        QCOMPARE(observers, QStringList{u"Ann Reader"_s});
        QCOMPARE(guidelineVersions, QStringList(4, u"1"_s));
        QCOMPARE(spacingSources, QStringList(4, u"PixelSpacing"_s));
        QCOMPARE(sources, QStringList(4, item->sopInstanceUid));
        findings.sort();
        QCOMPARE(findings, (QStringList{u"Device"_s, u"Effusion"_s, u"Nodule"_s, u"Nodule"_s}));
    }

    // A ruler is a measurement group with its Length in mm (docs/dicom-exchange.md, "Rulers"),
    // its line a two-point POLYLINE selected from the source; one on an image without spacing is
    // left out with that image.
    void rulersGiveTheirLengthInMillimetres()
    {
        const RulerAnnotation ruler{newAnnotationId(), m_effusion, {4.5, 5.0}, {28.5, 23.0}, {}};
        QVERIFY(!commit(edits::addRuler(m_measured, ruler)));
        QVERIFY(!commit(
            edits::addRuler(m_boxOnly, {newAnnotationId(), m_device, {1.0, 1.0}, {9.0, 7.0}, {}})));
        const QString out = path(u"out"_s);
        const Expected<DicomExportResult> result = exportTo(out);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->written, 1);
        QVERIFY(hasLine(result->skipped, m_boxOnly, u"neither Pixel Spacing nor Imager"_s));

        DcmFileFormat file;
        QVERIFY(file.loadFile(QFile::encodeName(srFile(out, m_measured)).constData()).good());
        DSRDocument document;
        QVERIFY(document.read(*file.getDataset()).good());
        QStringList lengths, trackingIds, lines, selectedFrom;
        DSRDocumentTree &tree = document.getTree();
        QVERIFY(tree.gotoRoot() > 0);
        do {
            const DSRContentItem &content = tree.getCurrentContentItem();
            const QString code =
                QString::fromLatin1(content.getConceptName().getCodeValue().c_str());
            if (content.getValueType() == DSRTypes::VT_Num && code == u"410668003"_s) {
                const DSRNumericMeasurementValue &number = content.getNumericValue();
                QCOMPARE(QString::fromLatin1(number.getMeasurementUnit().getCodeValue().c_str()),
                         u"mm"_s);
                QCOMPARE(QString::fromLatin1(
                             number.getMeasurementUnit().getCodingSchemeDesignator().c_str()),
                         u"UCUM"_s);
                lengths.append(QString::number(
                    QString::fromLatin1(number.getNumericValue().c_str()).toDouble(), 'f', 3));
            } else if (content.getValueType() == DSRTypes::VT_Text && code == u"112039"_s) {
                trackingIds.append(QString::fromUtf8(content.getStringValue().c_str()));
            } else if (content.getValueType() == DSRTypes::VT_SCoord && code == u"121112"_s) {
                // A copy: DCMTK gives the graphic data only of a value it may change.
                DSRSpatialCoordinatesValue coordinates = content.getSpatialCoordinates();
                QCOMPARE(coordinates.getGraphicType(), DSRTypes::GT_Polyline);
                QStringList points;
                for (size_t i = 1; i <= coordinates.getGraphicDataList().getNumberOfItems(); ++i) {
                    Float32 column = 0;
                    Float32 row = 0;
                    QVERIFY(coordinates.getGraphicDataList().getItem(i, column, row).good());
                    points.append(u"%1,%2"_s.arg(column).arg(row));
                }
                lines.append(points.join(u' '));
            } else if (content.getValueType() == DSRTypes::VT_Image &&
                       content.getRelationshipType() == DSRTypes::RT_selectedFrom) {
                selectedFrom.append( // the image a SCOORD is selected from
                    QString::fromLatin1(content.getImageReference().getSOPInstanceUID().c_str()));
            }
        } while (tree.iterate() > 0);

        // 24 columns at 0.1 mm and 18 rows at 0.2 mm: sqrt(2.4^2 + 3.6^2) = sqrt(18.72) mm.
        QCOMPARE(lengths, QStringList{u"4.327"_s});
        QCOMPARE(lines, QStringList{u"4.5,5 28.5,23"_s});
        QCOMPARE(selectedFrom, QStringList{m_workspace->items().find(m_measured)->sopInstanceUid});
        QVERIFY(trackingIds.contains(u"Effusion ruler %1"_s.arg(ruler.id)));
        verifyWithDciodvfy(srFile(out, m_measured));
    }
};

QTEST_GUILESS_MAIN(TestDicomSr)
#include "tst_dicomsr.moc"
