// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dicomsrexporter.h"

#include "core/exchange/dicomexportsupport.h"
#include "core/geometry/measurement.h"
#include "core/model/item.h"
#include "core/model/project.h"
#include "core/project/itemwork.h"
#include "core/project/polygonmask.h"
#include "core/util/translation.h"

#include <dcmtk/dcmsr/cmr/tid1500.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/codes/ucum.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrimgvl.h>
#include <dcmtk/dcmsr/dsrscovl.h>

namespace concord {

namespace {

using dicomexport::conditionText;
using dicomexport::dicomText;

OFString stringOf(DcmItem &dataset, const DcmTagKey &tag)
{
    OFString value;
    dataset.findAndGetOFStringArray(tag, value);
    return value;
}

// One annotation measured: what it is, its label, who made it when, and its area in pixels,
// or for a ruler the line whose length is measured.
struct MeasuredAnnotation
{
    QString kind; // "box", "polygon", "mask", "ruler", for the tracking identifier
    quint64 id = 0;
    int labelId = 0;
    const Provenance *provenance = nullptr;
    double areaPixels = 0;
    const RulerAnnotation *ruler = nullptr; // set for a ruler: a length, not an area
};

std::vector<MeasuredAnnotation> measuredAnnotations(const ItemWork &work, const Project &project,
                                                    cv::Size imageSize)
{
    std::vector<MeasuredAnnotation> measured;
    for (const BoxAnnotation &box : work.boxes) {
        const ImageRect inside = box.rect.clampedTo(imageSize.width, imageSize.height);
        measured.push_back({QStringLiteral("box"), box.id, box.labelId, &box.provenance,
                            inside.isEmpty() ? 0.0 : inside.width * inside.height});
    }
    for (const PolygonAnnotation &polygon : work.polygons)
        measured.push_back({QStringLiteral("polygon"), polygon.id, polygon.labelId,
                            &polygon.provenance,
                            double(maskArea(polygonMask(polygon, imageSize)))});
    for (const MaskAnnotation &mask : work.masks)
        measured.push_back({QStringLiteral("mask"), mask.id, mask.labelId, &mask.provenance,
                            double(maskArea(clipToImage(mask.mask, imageSize)))});
    for (const RulerAnnotation &ruler : work.rulers)
        measured.push_back(
            {QStringLiteral("ruler"), ruler.id, ruler.labelId, &ruler.provenance, 0.0, &ruler});
    // A label deleted from the taxonomy has no name to report the finding by.
    std::erase_if(measured, [&](const MeasuredAnnotation &annotation) {
        return !project.taxonomy.find(annotation.labelId);
    });
    return measured;
}

OFString decimalString(double value)
{
    // DS holds at most 16 characters; 10 significant digits fit with sign and exponent.
    return OFString(QString::number(value, 'g', 10).toLatin1().constData());
}

OFString newUid()
{
    char uid[100];
    return dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
}

// A ruler's Length (SCT 410668003) in mm, measured from the line as a two-point POLYLINE on the
// source image (TID 320 SCOORD, selected from the image). SCOORD shares Concord's pixel
// convention: (0, 0) is the top-left corner of the top-left pixel (PS3.3 C.18.6.1.2).
OFCondition addLength(CMR_TID1501_in_TID1500 &group, const RulerAnnotation &ruler,
                      const PixelSpacing &spacing, DcmItem &source)
{
    const Distance length =
        measureDistance(ruler.start.x, ruler.start.y, ruler.end.x, ruler.end.y, spacing);
    OFCondition result = group.addMeasurement(
        CMR_CID7469::Length,
        CMR_TID1501_in_TID1500::MeasurementValue(decimalString(length.millimetres.value_or(0.0)),
                                                 CMR_CID7181::Millimeter));
    DSRSpatialCoordinatesValue line(DSRTypes::GT_Polyline);
    line.getGraphicDataList().addItem(Float32(ruler.start.x), Float32(ruler.start.y));
    line.getGraphicDataList().addItem(Float32(ruler.end.x), Float32(ruler.end.y));
    DSRImageReferenceValue image;
    if (result.good())
        result = image.setReference(source);
    if (result.good())
        result =
            group.getMeasurement().addSpatialCoordinates(CODE_DCM_SourceOfMeasurement, line, image);
    return result;
}

// One TID 1501 measurement group for `annotation`.
OFCondition addMeasurementGroup(TID1500_MeasurementReport &report, const Project &project,
                                const MeasuredAnnotation &annotation, const PixelSpacing &spacing,
                                DcmItem &source, bool first, const PseudonymKey *pseudonymsFrom)
{
    OFCondition result = first ? EC_Normal : report.addIndividualMeasurements();
    CMR_TID1501_in_TID1500 &group = report.getIndividualMeasurements();
    const QString labelName = project.taxonomy.find(annotation.labelId)->name;
    if (result.good())
        result = group.setTrackingIdentifier(dicomText(
            QStringLiteral("%1 %2 %3").arg(labelName, annotation.kind).arg(annotation.id), 64));
    if (result.good())
        result = group.setTrackingUniqueIdentifier(newUid());
    if (result.good())
        result = group.setFinding(DSRCodedEntryValue(
            OFString(QStringLiteral("L%1").arg(annotation.labelId).toLatin1().constData()),
            ConcordCodingScheme, dicomText(labelName, 64)));
    if (result.good() && !annotation.provenance->sessionId.isEmpty())
        result = group.setActivitySession(dicomText(
            dicomexport::sessionName(annotation.provenance->sessionId, pseudonymsFrom), 64));
    if (const RulerAnnotation *ruler = annotation.ruler) {
        if (result.good())
            result = addLength(group, *ruler, spacing, source);
    } else {
        const double areaMm2 = annotation.areaPixels * spacing.rowMm * spacing.columnMm;
        if (result.good())
            result = group.addMeasurement(
                CMR_CID7469::Area, CMR_TID1501_in_TID1500::MeasurementValue(
                                       decimalString(areaMm2), CMR_CID7181::SquareMillimeter));
        if (result.good())
            result = group.getMeasurement().addImage(CODE_DCM_SourceOfMeasurement, source);
    }
    if (result.good())
        result = group.addQualitativeEvaluation(
            DSRCodedEntryValue(GuidelineVersionCode, ConcordCodingScheme,
                               "Annotation guideline version"),
            OFString(QByteArray::number(annotation.provenance->guidelineVersion).constData()));
    if (result.good())
        result = group.addQualitativeEvaluation(DSRCodedEntryValue(PixelSpacingSourceCode,
                                                                   ConcordCodingScheme,
                                                                   "Pixel spacing attribute"),
                                                dicomText(spacing.source, 64));
    return result;
}

// The Patient and Study of the source, a new series, the equipment, and the evidence.
OFCondition describe(DSRDocument &document, DcmItem &source, const QString &readerName,
                     const QString &softwareVersion)
{
    OFCondition result = document.createNewSeriesInStudy(stringOf(source, DCM_StudyInstanceUID));
    const std::pair<OFCondition (DSRDocument::*)(const OFString &, const OFBool), DcmTagKey>
        copied[] = {
            {&DSRDocument::setPatientName, DCM_PatientName},
            {&DSRDocument::setPatientID, DCM_PatientID},
            {&DSRDocument::setIssuerOfPatientID, DCM_IssuerOfPatientID},
            {&DSRDocument::setPatientBirthDate, DCM_PatientBirthDate},
            {&DSRDocument::setPatientSex, DCM_PatientSex},
            {&DSRDocument::setStudyDate, DCM_StudyDate},
            {&DSRDocument::setStudyTime, DCM_StudyTime},
            {&DSRDocument::setStudyID, DCM_StudyID},
            {&DSRDocument::setAccessionNumber, DCM_AccessionNumber},
            {&DSRDocument::setReferringPhysicianName, DCM_ReferringPhysicianName},
            {&DSRDocument::setStudyDescription, DCM_StudyDescription},
        };
    for (const auto &[setter, tag] : copied) {
        if (result.good())
            result = (document.*setter)(stringOf(source, tag), OFFalse);
    }
    if (result.good())
        result = document.setSpecificCharacterSet("ISO_IR 192");
    if (result.good())
        result = document.setSeriesDescription(
            dicomText(QStringLiteral("Concord measurements, %1").arg(readerName), 64));
    if (result.good())
        result = document.setSeriesNumber("9902");
    if (result.good())
        result = document.setManufacturer("Concord");
    if (result.good())
        result = document.setManufacturerModelName("Concord");
    if (result.good())
        result = document.setSoftwareVersions(
            softwareVersion.isEmpty() ? "unknown" : dicomText(softwareVersion, 64));
    if (result.good())
        result = document.getCurrentRequestedProcedureEvidence().addItem(source);
    if (result.good()) {
        DSRCodingSchemeIdentificationList &schemes = document.getCodingSchemeIdentification();
        result = schemes.addItem(ConcordCodingScheme);
        if (result.good())
            result = schemes.setCodingSchemeName("Concord annotation concepts");
        if (result.good())
            result = schemes.setCodingSchemeResponsibleOrganization("Concord");
    }
    return result;
}

Expected<QString> writeReport(const Project &project, const dicomexport::ExportUnit &unit,
                              const std::vector<MeasuredAnnotation> &measured,
                              const PixelSpacing &spacing, const DicomExportOptions &options,
                              const QString &stagedPath)
{
    const auto failed = [&](const char *what, const OFCondition &condition) {
        return FileError{stagedPath,
                         concord::tr("item %1: cannot make its report (%2): %3")
                             .arg(unit.item.id, QLatin1String(what), conditionText(condition))};
    };
    DcmItem &source = *unit.source.dataset;
    const OFString readerName =
        dicomexport::readerPersonName(project, unit.annotatorId, options.pseudonymsFrom);
    TID1500_MeasurementReport report(CMR_CID7021::ImagingMeasurementReport);
    OFCondition result = report.setLanguage(CID5000_Languages::English);
    if (result.good())
        result = report.getObservationContext().addPersonObserver(readerName);
    if (result.good())
        result = report.addProcedureReported(CMR_CID100::ImagingProcedure);
    if (result.good())
        result = report.getImageLibrary().createNewImageLibrary();
    if (result.good())
        result = report.getImageLibrary().addImageGroup();
    if (result.good())
        result = report.getImageLibrary().addImageEntry(source,
                                                        TID1600_ImageLibrary::withAllDescriptors);
    if (result.bad())
        return failed("report", result);
    for (size_t i = 0; i < measured.size(); ++i) {
        result = addMeasurementGroup(report, project, measured[i], spacing, source, i == 0,
                                     options.pseudonymsFrom);
        if (result.bad())
            return failed("measurement", result);
    }
    DSRDocument document;
    result = document.setTreeFromRootTemplate(report, OFTrue /* expand the templates */);
    if (result.good())
        result = describe(document, source, QString::fromUtf8(readerName.c_str()),
                          options.softwareVersion);
    if (result.bad())
        return failed("document", result);
    DcmFileFormat file;
    result = document.write(*file.getDataset());
    return dicomexport::saveStagedFile(
        file, result, stagedPath,
        concord::tr("cannot write the report of item %1: %2").arg(unit.item.id));
}

} // namespace

Expected<DicomExportResult>
exportDicomMeasurementReports(const ProjectFolder &folder, const Project &project,
                              const ItemList &items, const AnnotationStore &store,
                              const QString &destination, const DicomExportOptions &options)
{
    const auto hasShapes = [](const ItemWork &work) {
        return !work.boxes.empty() || !work.polygons.empty() || !work.masks.empty() ||
               !work.rulers.empty();
    };
    const auto write = [&](const dicomexport::ExportUnit &unit,
                           const QString &stagedPath) -> Expected<QString> {
        // Areas in pixels are no SR unit a reader could take for mm2 by mistake: an item
        // without a pixel size is left out (docs/dicom-exchange.md, "Items without spacing").
        if (!unit.item.pixelSpacing || unit.item.pixelSpacing->rowMm <= 0 ||
            unit.item.pixelSpacing->columnMm <= 0)
            return concord::tr("the image has neither Pixel Spacing nor Imager Pixel Spacing, so "
                               "its areas and lengths cannot be given in mm2 and mm: no report "
                               "written");
        const std::vector<MeasuredAnnotation> measured =
            measuredAnnotations(unit.work, project, {unit.source.columns, unit.source.rows});
        if (measured.empty())
            return concord::tr("its boxes, polygons, masks and rulers have labels no longer in "
                               "the taxonomy: no report written");
        return writeReport(project, unit, measured, *unit.item.pixelSpacing, options, stagedPath);
    };
    return dicomexport::runExport(folder, items, store, destination, options,
                                  QStringLiteral("dicom-sr"), QStringLiteral("-sr.dcm"), hasShapes,
                                  concord::tr("no boxes, polygons, masks or rulers: no report "
                                              "written"),
                                  write);
}

} // namespace concord
