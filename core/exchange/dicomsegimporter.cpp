// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dicomsegimporter.h"

#include "core/exchange/dicomexportsupport.h"
#include "core/exchange/predictionimport.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/edit.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgseg.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>
#include <dcmtk/dcmseg/segutils.h>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <memory>

namespace concord {

// The one label whose segment codes are the segment's category and type, so a SEG from another
// tool (3D Slicer names segments "Segment_1") still finds its label (docs/dicom-exchange.md,
// "Codes"); none when no label, or more than one, carries them.
static const Label *labelCodedAs(const Taxonomy &taxonomy, DcmSegment &segment)
{
    const auto codeOf = [](CodeSequenceMacro &macro) {
        OFString value, scheme;
        macro.getCodeValue(value);
        macro.getCodingSchemeDesignator(scheme);
        return std::pair(QString::fromLatin1(value.c_str()).trimmed(),
                         QString::fromLatin1(scheme.c_str()).trimmed());
    };
    const auto category = codeOf(segment.getSegmentedPropertyCategoryCode());
    const auto type = codeOf(segment.getSegmentedPropertyTypeCode());
    const Label *found = nullptr;
    for (const Label &label : taxonomy.labels()) {
        if (label.segmentType.isEmpty() ||
            std::pair(label.segmentCategory.value, label.segmentCategory.scheme) != category ||
            std::pair(label.segmentType.value, label.segmentType.scheme) != type)
            continue;
        if (found)
            return nullptr;
        found = &label;
    }
    return found;
}

namespace {

QString fromDicom(const OFString &value)
{
    return QString::fromUtf8(value.c_str()).trimmed();
}

// The one image a frame was derived from: its SOP Instance UID, or an error message.
Expected<QString> sourceOfFrame(DcmSegmentation &segmentation, Uint32 frame, const QString &file)
{
    auto *derivation = static_cast<FGDerivationImage *>(
        segmentation.getFunctionalGroups().get(frame, DcmFGTypes::EFG_DERIVATIONIMAGE));
    QStringList sources;
    if (derivation) {
        for (DerivationImageItem *item : derivation->getDerivationImageItems()) {
            for (SourceImageItem *image : item->getSourceImageItems()) {
                OFString uid;
                image->getImageSOPInstanceReference().getReferencedSOPInstanceUID(uid);
                if (!sources.contains(fromDicom(uid)))
                    sources.append(fromDicom(uid));
            }
        }
    }
    if (sources.size() != 1)
        return FileError{file, concord::tr("frame %1 names %2 source images in its Derivation "
                                           "Image Sequence; exactly one is needed")
                                   .arg(frame + 1)
                                   .arg(sources.size())};
    return sources.constFirst();
}

// Reads one SEG file's frames into `result`.
MaybeError readSegmentation(const QString &file, const Project &project,
                            const QHash<QString, const Item *> &itemsByUid, CocoImport &result)
{
    DcmFileFormat fileFormat;
    OFCondition condition = fileFormat.loadFile(OFFilename(QFile::encodeName(file).constData()));
    if (condition.bad())
        return FileError{file, concord::tr("cannot read the DICOM file: %1")
                                   .arg(QString::fromLocal8Bit(condition.text()))};
    DcmDataset &dataset = *fileFormat.getDataset();
    OFString sopClassUid;
    dataset.findAndGetOFString(DCM_SOPClassUID, sopClassUid);
    if (sopClassUid != UID_SegmentationStorage)
        return FileError{file, concord::tr("not a DICOM segmentation (SOP Class UID %1)")
                                   .arg(QString::fromLatin1(sopClassUid.c_str()))};
    Uint16 rows = 0;
    Uint16 columns = 0;
    dataset.findAndGetUint16(DCM_Rows, rows);
    dataset.findAndGetUint16(DCM_Columns, columns);
    DcmSegmentation *loaded = nullptr;
    condition = DcmSegmentation::loadDataset(dataset, loaded);
    std::unique_ptr<DcmSegmentation> segmentation(loaded);
    if (condition.bad() || !segmentation)
        return FileError{file, concord::tr("cannot read the segmentation: %1")
                                   .arg(QString::fromLocal8Bit(condition.text()))};
    if (segmentation->getSegmentationType() != DcmSegTypes::ST_BINARY)
        return FileError{file, concord::tr("a fractional segmentation; only binary ones can be "
                                           "read as masks")};
    OFString segmentationUid;
    segmentation->getSOPCommon().getSOPInstanceUID(segmentationUid);
    for (Uint32 frame = 0; frame < segmentation->getNumberOfFrames(); ++frame) {
        auto *identification = static_cast<FGSegmentation *>(
            segmentation->getFunctionalGroups().get(frame, DcmFGTypes::EFG_SEGMENTATION));
        Uint16 segmentNumber = 0;
        if (identification)
            identification->getReferencedSegmentNumber(segmentNumber);
        DcmSegment *segment = segmentNumber > 0 ? segmentation->getSegment(segmentNumber) : nullptr;
        if (!segment)
            return FileError{file, concord::tr("frame %1 refers to no segment").arg(frame + 1)};
        OFString segmentLabel;
        segment->getSegmentLabel(segmentLabel);
        const Label *label = project.taxonomy.findByName(fromDicom(segmentLabel));
        if (!label)
            label = labelCodedAs(project.taxonomy, *segment);
        if (!label)
            return FileError{file,
                             concord::tr("segment %1 \"%2\" is not a label of the project, "
                                         "and no single label carries its category and type codes")
                                 .arg(segmentNumber)
                                 .arg(fromDicom(segmentLabel))};
        Expected<QString> sourceUid = sourceOfFrame(*segmentation, frame, file);
        if (!sourceUid)
            return sourceUid.error();
        const Item *item = itemsByUid.value(*sourceUid);
        if (!item)
            return FileError{file, concord::tr("frame %1 was drawn on SOP Instance UID %2, "
                                               "which no item of the project has")
                                       .arg(frame + 1)
                                       .arg(*sourceUid)};
        if (item->width != columns || item->height != rows)
            return FileError{file, concord::tr("the segmentation is %1 x %2 pixels, but item %3 "
                                               "is %4 x %5 (columns x rows)")
                                       .arg(columns)
                                       .arg(rows)
                                       .arg(item->id)
                                       .arg(item->width)
                                       .arg(item->height)};
        const DcmIODTypes::Frame *packed = segmentation->getFrame(frame);
        if (!packed)
            return FileError{file, concord::tr("frame %1 has no pixel data").arg(frame + 1)};
        std::unique_ptr<DcmIODTypes::Frame> unpacked(
            DcmSegUtils::unpackBinaryFrame(packed, rows, columns));
        if (!unpacked)
            return FileError{file, concord::tr("frame %1 cannot be unpacked").arg(frame + 1)};
        const cv::Mat1b pixels(rows, columns, unpacked->pixData);
        const BinaryMask mask = maskFromImage(pixels);
        if (mask.isEmpty())
            continue;
        ImportedAnnotation annotation{
            item->id, MaskAnnotation{newAnnotationId(), label->id, mask, {}, {}}, 1, {}};
        // The content key (docs/storage.md, "Imports that can be run again"): which object,
        // which segment, and what it became here.
        const std::string content = toStd(item->id) + '\n' + std::to_string(label->id) + '\n' +
                                    segmentationUid + '\n' + std::to_string(segmentNumber) + '\n' +
                                    std::to_string(frame);
        annotation.importKey = sha256Hex(content.data(), content.size());
        result.annotations.push_back(std::move(annotation));
        ++result.masks;
    }
    return std::nullopt;
}

} // namespace

Expected<CocoImport> readDicomSegmentations(const QString &path, const Project &project,
                                            const ItemList &items)
{
    dicomexport::quietDicomObjectLoggers();
    QStringList files;
    const QFileInfo info(path);
    if (info.isDir()) {
        QDirIterator it(path, {QStringLiteral("*.dcm")}, QDir::Files | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        if (files.isEmpty())
            return FileError{path, concord::tr("the folder holds no .dcm files")};
    } else if (info.isFile()) {
        files.append(path);
    } else {
        return FileError{path, concord::tr("no such file or folder")};
    }
    QHash<QString, const Item *> itemsByUid;
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).sopInstanceUid.isEmpty())
            itemsByUid.insert(items.at(i).sopInstanceUid, &items.at(i));
    }
    CocoImport result;
    result.source = path;
    for (const QString &file : std::as_const(files)) {
        if (MaybeError error = readSegmentation(file, project, itemsByUid, result))
            return *error;
    }
    return result;
}

Expected<PrelabelSet> readSegmentationPredictions(const QString &path, const Project &project,
                                                  const ItemList &items)
{
    Expected<CocoImport> imported = readDicomSegmentations(path, project, items);
    if (!imported)
        return imported.error();
    return prelabelSetFromImport(*imported);
}

} // namespace concord
