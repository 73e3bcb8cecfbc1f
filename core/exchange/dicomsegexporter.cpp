// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dicomsegexporter.h"

#include "core/exchange/dicomexportsupport.h"
#include "core/model/item.h"
#include "core/model/project.h"
#include "core/project/itemwork.h"
#include "core/project/labelpixels.h"
#include "core/util/translation.h"

#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmiod/iodreferences.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <memory>
#include <vector>

namespace concord {

CodedConcept segmentCategoryOf(const Label &label)
{
    if (!label.segmentCategory.isEmpty())
        return label.segmentCategory;
    return {QStringLiteral("49755003"), QStringLiteral("SCT"),
            QStringLiteral("Morphologically abnormal structure")};
}

CodedConcept segmentTypeOf(const Label &label)
{
    if (!label.segmentType.isEmpty())
        return label.segmentType;
    return {QStringLiteral("52988006"), QStringLiteral("SCT"), QStringLiteral("Lesion")};
}

namespace {

using dicomexport::conditionText;
using dicomexport::dicomText;

// A code as DCMTK's macro; the taxonomy holds codes to DICOM's lengths (codedConceptProblem).
CodeSequenceMacro codeSequence(const CodedConcept &code)
{
    return CodeSequenceMacro(dicomText(code.value, 16), dicomText(code.scheme, 16),
                             dicomText(code.meaning, 64));
}

OFString stringOf(DcmItem &dataset, const DcmTagKey &tag, long position = 0)
{
    OFString value;
    dataset.findAndGetOFString(tag, value, position);
    return value;
}

// The source's plane in the patient, when it has one: a projection radiograph (DX, CR) has
// no Image Plane module, so its segmentation has no Frame of Reference either
// (docs/dicom-exchange.md, "Frame of Reference").
struct SourcePlane
{
    OFString frameOfReferenceUid;
    OFString position[3];
    OFString orientation[6];
    OFString pixelSpacing;
    OFString sliceThickness;
};

std::optional<SourcePlane> planeOf(DcmItem &dataset)
{
    SourcePlane plane;
    plane.frameOfReferenceUid = stringOf(dataset, DCM_FrameOfReferenceUID);
    plane.sliceThickness = stringOf(dataset, DCM_SliceThickness);
    OFString spacing[2];
    for (long i = 0; i < 2; ++i)
        spacing[i] = stringOf(dataset, DCM_PixelSpacing, i);
    for (long i = 0; i < 3; ++i)
        plane.position[i] = stringOf(dataset, DCM_ImagePositionPatient, i);
    for (long i = 0; i < 6; ++i)
        plane.orientation[i] = stringOf(dataset, DCM_ImageOrientationPatient, i);
    const bool complete = !plane.frameOfReferenceUid.empty() && !spacing[1].empty() &&
                          !plane.sliceThickness.empty() && !plane.position[2].empty() &&
                          !plane.orientation[5].empty();
    if (!complete)
        return std::nullopt;
    plane.pixelSpacing = spacing[0] + "\\" + spacing[1];
    return plane;
}

OFCondition addPlaneGroups(DcmSegmentation &segmentation, const SourcePlane &plane)
{
    FGPixelMeasures measures;
    FGPlanePosPatient position;
    FGPlaneOrientationPatient orientation;
    OFCondition result = measures.setPixelSpacing(plane.pixelSpacing);
    if (result.good())
        result = measures.setSliceThickness(plane.sliceThickness);
    if (result.good())
        result = position.setImagePositionPatient(plane.position[0], plane.position[1],
                                                  plane.position[2]);
    if (result.good())
        result = orientation.setImageOrientationPatient(plane.orientation[0], plane.orientation[1],
                                                        plane.orientation[2], plane.orientation[3],
                                                        plane.orientation[4], plane.orientation[5]);
    for (const FGBase *group :
         std::initializer_list<const FGBase *>{&measures, &position, &orientation}) {
        if (result.good())
            result = segmentation.addForAllFrames(*group);
    }
    return result;
}

// The Patient and Study of the source, a new series, and the references to the source.
OFCondition describe(DcmSegmentation &segmentation, dicomexport::SourceImage &source,
                     const std::optional<SourcePlane> &plane, const QString &readerName)
{
    DcmDataset &dataset = *source.dataset;
    OFCondition result =
        segmentation.importHierarchy(dataset, OFTrue, OFTrue, plane.has_value(), OFFalse, OFTrue);
    // Without a plane the Frame of Reference module is left out: the Derivation Image functional
    // group ties the frames to the source instead (docs/dicom-exchange.md, "Frame of
    // Reference").
    if (!plane)
        segmentation.getFrameOfReference().makeOptional();
    if (result.good())
        result = segmentation.getSeries().setSeriesDescription(
            dicomText(QStringLiteral("Concord segmentation, %1").arg(readerName), 64));
    if (result.good())
        result = segmentation.getSeries().setSeriesNumber("9901");
    IODReferences references;
    references.add(new IODImageReference(
        stringOf(dataset, DCM_PatientID), stringOf(dataset, DCM_StudyInstanceUID),
        stringOf(dataset, DCM_SeriesInstanceUID), stringOf(dataset, DCM_SOPInstanceUID),
        stringOf(dataset, DCM_SOPClassUID)));
    if (result.good() && segmentation.getCommonInstanceReference().addReferences(
                             references, stringOf(dataset, DCM_StudyInstanceUID)) != 1)
        result = EC_IllegalCall;
    if (result.good() && plane)
        result = addPlaneGroups(segmentation, *plane);
    return result;
}

// The dimension the frames are ordered by: one frame per segment, so the segment number.
OFCondition addSegmentDimension(DcmSegmentation &segmentation)
{
    char uid[100];
    dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
    IODMultiframeDimensionModule &dimensions = segmentation.getDimensions();
    OFCondition result = dimensions.addDimensionIndex(DCM_ReferencedSegmentNumber, uid,
                                                      DCM_SegmentIdentificationSequence,
                                                      "Referenced Segment Number");
    if (result.good()) {
        auto organization =
            std::make_unique<IODMultiframeDimensionModule::DimensionOrganizationItem>();
        result = organization->setDimensionOrganizationUID(uid);
        if (result.good())
            dimensions.getDimensionOrganizationSequence().push_back(organization.release());
    }
    return result;
}

// Writes the segmentation of `pixels` (label id -> mask) on the unit's source image.
Expected<QString> writeSegmentation(const Project &project, const dicomexport::ExportUnit &unit,
                                    const std::map<int, BinaryMask> &pixels,
                                    const DicomExportOptions &options, const QString &stagedPath)
{
    const auto failed = [&](const char *what, const OFCondition &condition) {
        return FileError{stagedPath,
                         concord::tr("item %1: cannot make its segmentation (%2): %3")
                             .arg(unit.item.id, QLatin1String(what), conditionText(condition))};
    };
    const OFString readerName =
        dicomexport::readerPersonName(project, unit.annotatorId, options.pseudonymsFrom);
    const IODGeneralEquipmentModule::EquipmentInfo equipment(
        "Concord", "Concord", "0",
        options.softwareVersion.isEmpty() ? "unknown" : dicomText(options.softwareVersion, 64));
    const ContentIdentificationMacro content("1", "CONCORD_SEG", "Concord annotations", readerName);
    DcmSegmentation *created = nullptr;
    OFCondition result = DcmSegmentation::createBinarySegmentation(
        created, unit.source.rows, unit.source.columns, equipment, content);
    if (result.bad())
        return failed("create", result);
    std::unique_ptr<DcmSegmentation> segmentation(created);
    const std::optional<SourcePlane> plane = planeOf(*unit.source.dataset);
    result = describe(*segmentation, unit.source, plane, QString::fromUtf8(readerName.c_str()));
    if (result.good())
        result = addSegmentDimension(*segmentation);
    if (result.bad())
        return failed("describe", result);

    ImageSOPInstanceReferenceMacro *reference = nullptr;
    result = ImageSOPInstanceReferenceMacro::create(
        stringOf(*unit.source.dataset, DCM_SOPClassUID),
        stringOf(*unit.source.dataset, DCM_SOPInstanceUID), reference);
    if (result.bad())
        return failed("reference", result);
    OFVector<ImageSOPInstanceReferenceMacro> sources{*reference};
    delete reference;
    std::unique_ptr<FGDerivationImage> derivation(
        DcmSegmentation::createDerivationImageFG(sources, "Drawn by a reader in Concord"));
    if (!derivation)
        return failed("derivation", EC_IllegalCall);

    const cv::Size imageSize(unit.source.columns, unit.source.rows);
    for (const auto &[labelId, mask] : pixels) {
        const Label *label = project.taxonomy.find(labelId);
        DcmSegment *segment = nullptr;
        result = DcmSegment::create(segment, dicomText(label->name, 64),
                                    codeSequence(segmentCategoryOf(*label)),
                                    codeSequence(segmentTypeOf(*label)), DcmSegTypes::SAT_MANUAL);
        if (result.bad())
            return failed("segment", result);
        segment->setSegmentDescription(dicomText(project.taxonomy.pathOf(labelId), 64));
        Uint16 segmentNumber = 0;
        result = segmentation->addSegment(segment, segmentNumber);
        if (result.bad()) {
            delete segment;
            return failed("segment", result);
        }
        cv::Mat1b frame = maskToImage(mask, imageSize);
        FGFrameContent frameContent;
        frameContent.setDimensionIndexValues(segmentNumber, 0);
        const OFVector<FGBase *> perFrame{&frameContent, derivation.get()};
        result = segmentation->addFrame(frame.ptr<Uint8>(), segmentNumber, perFrame);
        if (result.bad())
            return failed("frame", result);
    }
    DcmFileFormat file;
    result = segmentation->writeDataset(*file.getDataset());
    if (result.good() && !plane) {
        // The frames lie as the source's pixels do. Patient Orientation is Type 2C (present,
        // empty when unknown) without a plane, and DCMTK leaves an empty one out.
        OFString orientation;
        unit.source.dataset->findAndGetOFStringArray(DCM_PatientOrientation, orientation);
        result = file.getDataset()->putAndInsertOFStringArray(DCM_PatientOrientation, orientation);
    }
    return dicomexport::saveStagedFile(
        file, result, stagedPath,
        concord::tr("cannot write the segmentation of item %1: %2").arg(unit.item.id));
}

} // namespace

Expected<DicomExportResult> exportDicomSegmentations(const ProjectFolder &folder,
                                                     const Project &project, const ItemList &items,
                                                     const AnnotationStore &store,
                                                     const QString &destination,
                                                     const DicomExportOptions &options)
{
    const auto hasPixels = [](const ItemWork &work) {
        return !work.masks.empty() || !work.polygons.empty();
    };
    const auto write = [&](const dicomexport::ExportUnit &unit,
                           const QString &stagedPath) -> Expected<QString> {
        std::map<int, BinaryMask> pixels = pixelsByLabel(unit.work, unit.item);
        std::erase_if(pixels, [&](const auto &entry) {
            // A label deleted from the taxonomy has no name to give its segment.
            return !project.taxonomy.find(entry.first);
        });
        if (pixels.empty())
            return concord::tr("its masks and polygons are empty: no segmentation written");
        const cv::Rect image(0, 0, unit.source.columns, unit.source.rows);
        for (const auto &[labelId, mask] : pixels) {
            if ((mask.bounds & image) != mask.bounds)
                return concord::tr("the mask of label \"%1\" covers columns %2 to %3 and rows "
                                   "%4 to %5, outside the image of %6 x %7 pixels: no "
                                   "segmentation written")
                    .arg(project.taxonomy.pathOf(labelId))
                    .arg(mask.bounds.x)
                    .arg(mask.bounds.x + mask.bounds.width - 1)
                    .arg(mask.bounds.y)
                    .arg(mask.bounds.y + mask.bounds.height - 1)
                    .arg(image.width)
                    .arg(image.height);
        }
        return writeSegmentation(project, unit, pixels, options, stagedPath);
    };
    return dicomexport::runExport(folder, items, store, destination, options,
                                  QStringLiteral("dicom-seg"), QStringLiteral("-seg.dcm"),
                                  hasPixels,
                                  concord::tr("no masks or polygons: no segmentation "
                                              "written"),
                                  write);
}

} // namespace concord
