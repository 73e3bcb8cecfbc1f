// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomwriter.h"

#include "core/imaging/dicomcodecs.h"
#include "core/imaging/jpeg2000codec.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrobow.h>
#include <dcmtk/dcmdata/dcvrss.h>
#include <dcmtk/dcmdata/dcvrus.h>

#include <algorithm>
#include <cstring>

namespace concord {

static E_TransferSyntax toDcmtk(DicomTransferSyntax syntax)
{
    switch (syntax) {
    case DicomTransferSyntax::ExplicitLittleEndian: return EXS_LittleEndianExplicit;
    case DicomTransferSyntax::ImplicitLittleEndian: return EXS_LittleEndianImplicit;
    case DicomTransferSyntax::ExplicitBigEndian: return EXS_BigEndianExplicit;
    case DicomTransferSyntax::DeflatedExplicitLittleEndian: return EXS_DeflatedLittleEndianExplicit;
    case DicomTransferSyntax::JpegLsLossless: return EXS_JPEGLSLossless;
    case DicomTransferSyntax::RleLossless: return EXS_RLELossless;
    case DicomTransferSyntax::Jpeg2000Lossless: return EXS_JPEG2000LosslessOnly;
    }
    return EXS_LittleEndianExplicit;
}

static QByteArray uidOr(const QString &uid, const char *root)
{
    if (!uid.isEmpty())
        return uid.toLatin1();
    char buffer[100];
    return QByteArray(dcmGenerateUniqueIdentifier(buffer, root));
}

static QByteArray decimalString(double value)
{
    // DS values are at most 16 characters (PS3.5 6.2).
    return QByteArray::number(value, 'g', 10).left(16);
}

// "US or SS" attributes take the signedness of the pixel data (PS3.3 C.7.6.3.1).
static void putXs(DcmItem &item, const DcmTagKey &tag, const std::vector<int> &values,
                  bool isSigned)
{
    DcmElement *element = nullptr;
    if (isSigned)
        element = new DcmSignedShort(DcmTag(tag, EVR_SS));
    else
        element = new DcmUnsignedShort(DcmTag(tag, EVR_US));
    for (size_t i = 0; i < values.size(); ++i) {
        if (isSigned)
            element->putSint16(Sint16(values[i]), unsigned(i));
        else
            element->putUint16(Uint16(values[i]), unsigned(i));
    }
    item.insert(element, /*replaceOld*/ true);
}

// DX and CR hold single greyscale frames, and DX only unsigned ones (PS3.3 C.8.11.3.1.3);
// anything else is written as Secondary Capture.
static bool isSecondaryCapture(const Image &image, const DicomWriteOptions &options)
{
    const bool signedDx =
        image.frames.front().depth() == CV_16S && options.modality != QLatin1String("CR");
    return image.channels() == 3 || image.frames.size() > 1 || signedDx;
}

static const char *sopClassFor(const Image &image, const DicomWriteOptions &options)
{
    const bool multiFrame = image.frames.size() > 1;
    if (image.channels() == 3)
        return multiFrame ? UID_MultiframeTrueColorSecondaryCaptureImageStorage
                          : UID_SecondaryCaptureImageStorage;
    if (multiFrame)
        return image.frames.front().depth() == CV_8U
                   ? UID_MultiframeGrayscaleByteSecondaryCaptureImageStorage
                   : UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage;
    if (isSecondaryCapture(image, options))
        return UID_SecondaryCaptureImageStorage;
    if (options.modality == QLatin1String("CR"))
        return UID_ComputedRadiographyImageStorage;
    return UID_DigitalXRayImageStorageForPresentation;
}

static MaybeError checkWritable(const Image &image, const QString &path)
{
    if (image.isEmpty())
        return FileError{path, concord::tr("cannot write an empty image as DICOM")};
    const cv::Mat &first = image.frames.front();
    const int depth = first.depth();
    const bool grey =
        first.channels() == 1 && (depth == CV_8U || depth == CV_16U || depth == CV_16S);
    const bool rgb = first.channels() == 3 && depth == CV_8U;
    if (!grey && !rgb)
        return FileError{path,
                         concord::tr("only 8/16-bit greyscale or 8-bit RGB frames can be written")};
    for (const cv::Mat &frame : image.frames) {
        if (frame.size() != first.size() || frame.type() != first.type())
            return FileError{path, concord::tr("all frames must have the same size and type")};
    }
    return std::nullopt;
}

static void putIdentity(DcmDataset &dataset, const Image &image, const DicomWriteOptions &options)
{
    const ImageMetadata &meta = image.metadata;
    const QDateTime now = QDateTime::currentDateTime();
    const bool secondaryCapture = isSecondaryCapture(image, options);
    dataset.putAndInsertString(DCM_SOPClassUID, sopClassFor(image, options));
    dataset.putAndInsertString(DCM_SOPInstanceUID,
                               uidOr(meta.sopInstanceUid, SITE_INSTANCE_UID_ROOT));
    dataset.putAndInsertString(DCM_StudyInstanceUID,
                               uidOr(meta.studyInstanceUid, SITE_STUDY_UID_ROOT));
    dataset.putAndInsertString(DCM_SeriesInstanceUID,
                               uidOr(meta.seriesInstanceUid, SITE_SERIES_UID_ROOT));
    // Secondary Capture has no X-ray modality of its own: "OT" (other) unless the image says.
    const QString defaultModality = secondaryCapture ? QStringLiteral("OT") : options.modality;
    dataset.putAndInsertString(
        DCM_Modality, (meta.modality.isEmpty() ? defaultModality : meta.modality).toLatin1());
    // Names and IDs go out as UTF-8, which must be declared once they leave ASCII (PS3.3
    // C.12.1.1.2); the default repertoire is ASCII.
    const auto isAscii = [](const QString &text) {
        return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
    };
    if (!isAscii(meta.patientId) || !isAscii(meta.patientName))
        dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    dataset.putAndInsertString(DCM_PatientID, meta.patientId.toUtf8());
    dataset.putAndInsertString(DCM_PatientName, meta.patientName.toUtf8());
    dataset.putAndInsertString(DCM_PatientBirthDate, "");
    dataset.putAndInsertString(DCM_PatientSex, "");
    dataset.putAndInsertString(
        DCM_StudyDate,
        (meta.studyDate.isEmpty() ? now.toString(QStringLiteral("yyyyMMdd")) : meta.studyDate)
            .toLatin1());
    dataset.putAndInsertString(DCM_StudyTime, now.toString(QStringLiteral("HHmmss")).toLatin1());
    dataset.putAndInsertString(DCM_AccessionNumber, "");
    dataset.putAndInsertString(DCM_ReferringPhysicianName, "");
    dataset.putAndInsertString(DCM_StudyID, "1");
    dataset.putAndInsertString(DCM_SeriesNumber, "1");
    dataset.putAndInsertString(DCM_InstanceNumber, "1");
    // Type 1 in the DX Image module (PS3.3 C.8.11.3), type 2C elsewhere: empty when unknown.
    const QString orientation =
        meta.directions.isKnown()
            ? meta.directions.towardRight + QLatin1Char('\\') + meta.directions.towardBottom
            : QString();
    dataset.putAndInsertString(DCM_PatientOrientation, orientation.toLatin1());
    dataset.putAndInsertString(DCM_BurnedInAnnotation, "NO");
    dataset.putAndInsertString(DCM_LossyImageCompression, "00");
    if (secondaryCapture) {
        dataset.putAndInsertString(DCM_ConversionType, "WSD"); // workstation (PS3.3 C.8.6.1)
    } else {
        // DX Image module (PS3.3 C.8.11.3): a processed image meant for display.
        dataset.putAndInsertString(DCM_ImageType, "DERIVED\\PRIMARY");
        if (options.modality != QLatin1String("CR")) {
            dataset.putAndInsertString(DCM_PresentationIntentType, "FOR PRESENTATION");
            dataset.putAndInsertString(DCM_PixelIntensityRelationship, "LOG");
            dataset.putAndInsertUint16(DCM_PixelIntensityRelationshipSign, 1);
        }
    }
}

static void putImagePixelModule(DcmDataset &dataset, const Image &image)
{
    const ImageMetadata &meta = image.metadata;
    const cv::Mat &first = image.frames.front();
    const bool colour = first.channels() == 3;
    const bool isSigned = first.depth() == CV_16S;
    const int bitsAllocated = first.depth() == CV_8U ? 8 : 16;
    const int bitsStored = std::clamp(meta.bitsStored, 1, bitsAllocated);
    const QString photometric = colour ? QStringLiteral("RGB") : photometricName(meta.photometric);

    dataset.putAndInsertUint16(DCM_SamplesPerPixel, Uint16(first.channels()));
    dataset.putAndInsertString(DCM_PhotometricInterpretation, photometric.toLatin1());
    if (colour)
        dataset.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    dataset.putAndInsertUint16(DCM_Rows, Uint16(first.rows));
    dataset.putAndInsertUint16(DCM_Columns, Uint16(first.cols));
    if (image.frames.size() > 1)
        dataset.putAndInsertString(DCM_NumberOfFrames,
                                   QByteArray::number(qsizetype(image.frames.size())));
    dataset.putAndInsertUint16(DCM_BitsAllocated, Uint16(bitsAllocated));
    dataset.putAndInsertUint16(DCM_BitsStored, Uint16(bitsStored));
    dataset.putAndInsertUint16(DCM_HighBit, Uint16(bitsStored - 1));
    dataset.putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
    if (meta.pixelPaddingValue)
        putXs(dataset, DCM_PixelPaddingValue, {int(*meta.pixelPaddingValue)}, isSigned);

    const size_t frameBytes = first.total() * first.elemSize();
    const size_t totalBytes = frameBytes * image.frames.size();
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    if (bitsAllocated == 16) {
        pixelData->setVR(EVR_OW);
        Uint16 *words = nullptr;
        pixelData->createUint16Array(Uint32(totalBytes / 2), words);
        for (size_t i = 0; i < image.frames.size(); ++i) {
            const cv::Mat frame =
                image.frames[i].isContinuous() ? image.frames[i] : image.frames[i].clone();
            std::memcpy(reinterpret_cast<char *>(words) + i * frameBytes, frame.data, frameBytes);
        }
    } else {
        pixelData->setVR(EVR_OB);
        std::vector<Uint8> bytes(totalBytes + totalBytes % 2, 0); // even length (PS3.5 7.1.1)
        for (size_t i = 0; i < image.frames.size(); ++i) {
            const cv::Mat frame =
                image.frames[i].isContinuous() ? image.frames[i] : image.frames[i].clone();
            std::memcpy(bytes.data() + i * frameBytes, frame.data, frameBytes);
        }
        pixelData->putUint8Array(bytes.data(), Uint32(bytes.size()));
    }
    dataset.insert(pixelData, true);
}

// One LUT item of a Modality or VOI LUT Sequence (PS3.3 C.11.1.1, C.11.2.1.1).
static void putLutItem(DcmItem &item, const VoiLut &lut, bool isSigned)
{
    const int entries = int(lut.data.size());
    putXs(item, DCM_LUTDescriptor,
          {entries == 65536 ? 0 : entries, lut.firstMappedValue, lut.bitsPerEntry}, isSigned);
    item.putAndInsertString(DCM_LUTExplanation, lut.explanation.toUtf8());
    auto *data = new DcmOtherByteOtherWord(DcmTag(DCM_LUTData, EVR_OW));
    data->putUint16Array(lut.data.data(), Uint32(lut.data.size()));
    item.insert(data, true);
}

static void putPresentation(DcmDataset &dataset, const Image &image)
{
    const ImageMetadata &meta = image.metadata;
    const bool isSigned = image.frames.front().depth() == CV_16S;
    // DX requires the Modality LUT module even for the identity (PS3.3 C.8.11.3): either a
    // Modality LUT Sequence or Rescale Slope/Intercept, never both.
    DcmItem *modalityItem = nullptr;
    if (meta.modalityLut &&
        dataset.findOrCreateSequenceItem(DCM_ModalityLUTSequence, modalityItem, -2).good()) {
        putLutItem(*modalityItem, *meta.modalityLut, isSigned);
        modalityItem->putAndInsertString(
            DCM_ModalityLUTType,
            meta.modalityLutType.isEmpty() ? "US" : meta.modalityLutType.toLatin1());
    } else {
        dataset.putAndInsertString(DCM_RescaleIntercept, decimalString(meta.rescaleIntercept));
        dataset.putAndInsertString(DCM_RescaleSlope, decimalString(meta.rescaleSlope));
        dataset.putAndInsertString(DCM_RescaleType,
                                   meta.rescaleUnit.isEmpty() ? "US" : meta.rescaleUnit.toLatin1());
    }

    if (!meta.windowPresets.empty()) {
        QByteArrayList centers, widths, names;
        for (const WindowPreset &preset : meta.windowPresets) {
            centers.append(decimalString(preset.center));
            widths.append(decimalString(preset.width));
            names.append(preset.name.toUtf8());
        }
        dataset.putAndInsertString(DCM_WindowCenter, centers.join('\\'));
        dataset.putAndInsertString(DCM_WindowWidth, widths.join('\\'));
        dataset.putAndInsertString(DCM_WindowCenterWidthExplanation, names.join('\\'));
    }
    if (!meta.voiLutFunction.isEmpty())
        dataset.putAndInsertString(DCM_VOILUTFunction, meta.voiLutFunction.toLatin1());
    for (const VoiLut &lut : meta.voiLuts) {
        DcmItem *item = nullptr;
        if (dataset.findOrCreateSequenceItem(DCM_VOILUTSequence, item, -2).bad())
            continue;
        putLutItem(*item, lut, isSigned);
    }
    if (meta.pixelSpacing) {
        const PixelSpacing &spacing = *meta.pixelSpacing;
        const QByteArray value =
            decimalString(spacing.rowMm) + '\\' + decimalString(spacing.columnMm);
        const DcmTagKey tag = spacing.source == QLatin1String("PixelSpacing")
                                  ? DCM_PixelSpacing
                                  : DCM_ImagerPixelSpacing;
        dataset.putAndInsertString(tag, value);
    }
}

// Replaces native Pixel Data by one lossless J2K codestream per frame (PS3.5 A.4 and A.4.4).
static MaybeError encapsulateJpeg2000(DcmDataset &dataset, const Image &image, const QString &path)
{
    auto *sequence = new DcmPixelSequence(DcmTag(DCM_PixelData, EVR_OB));
    auto *offsetTable = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
    sequence->insert(offsetTable);
    DcmOffsetList offsets;
    for (const cv::Mat &frame : image.frames) {
        QByteArray codestream = encodeJpeg2000Lossless(
            frame, std::clamp(image.metadata.bitsStored, 1, frame.depth() == CV_8U ? 8 : 16));
        if (codestream.isEmpty()) {
            delete sequence;
            return FileError{path, concord::tr("JPEG 2000 encoding failed")};
        }
        sequence->storeCompressedFrame(offsets, reinterpret_cast<Uint8 *>(codestream.data()),
                                       Uint32(codestream.size()), 0);
    }
    offsetTable->createOffsetTable(offsets);
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    pixelData->putOriginalRepresentation(EXS_JPEG2000LosslessOnly, nullptr, sequence);
    dataset.insert(pixelData, true);
    // The encoder applied the reversible colour transform (PS3.5 8.2.4).
    if (image.channels() == 3)
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "YBR_RCT");
    return std::nullopt;
}

MaybeError writeDicom(const Image &image, const QString &path, const DicomWriteOptions &options)
{
    if (MaybeError error = checkWritable(image, path))
        return error;
    registerDicomCodecs();

    DcmFileFormat file;
    DcmDataset &dataset = *file.getDataset();
    putIdentity(dataset, image, options);
    putImagePixelModule(dataset, image);
    putPresentation(dataset, image);

    const E_TransferSyntax syntax = toDcmtk(options.transferSyntax);
    if (syntax == EXS_JPEG2000LosslessOnly) {
        if (MaybeError error = encapsulateJpeg2000(dataset, image, path))
            return error;
    } else if (DcmXfer(syntax).isEncapsulated()) {
        const OFCondition status = dataset.chooseRepresentation(syntax, nullptr);
        if (status.bad() || !dataset.canWriteXfer(syntax))
            return FileError{path, concord::tr("cannot compress to %1: %2")
                                       .arg(QString::fromLatin1(DcmXfer(syntax).getXferName()),
                                            QString::fromLatin1(status.text()))};
    }
    const OFCondition status = file.saveFile(QFile::encodeName(path).constData(), syntax);
    if (status.bad())
        return FileError{
            path,
            concord::tr("cannot write DICOM file: %1").arg(QString::fromLatin1(status.text()))};
    return std::nullopt;
}

} // namespace concord
