// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomheader.h"

#include "core/imaging/dicomattributereader.h"
#include "core/imaging/patientorientation.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace concord {

// Checks the Image Pixel module description (PS3.3 C.7.6.3.1) and fills the geometry fields.
static void readPixelDescription(DicomAttributeReader &reader, ImageMetadata &meta)
{
    meta.height = reader.requiredInteger(DCM_Rows);
    meta.width = reader.requiredInteger(DCM_Columns);
    meta.samplesPerPixel = reader.integer(DCM_SamplesPerPixel).value_or(1);
    meta.bitsAllocated = reader.requiredInteger(DCM_BitsAllocated);
    meta.bitsStored = reader.integer(DCM_BitsStored).value_or(meta.bitsAllocated);
    const int highBit = reader.integer(DCM_HighBit).value_or(meta.bitsStored - 1);
    const int pixelRepresentation = reader.integer(DCM_PixelRepresentation).value_or(0);
    meta.isSigned = pixelRepresentation == 1;
    meta.frameCount = reader.integer(DCM_NumberOfFrames).value_or(1);
    // Old ACR-NEMA style files may lack Photometric Interpretation; greyscale is the only
    // reading that makes sense for them.
    QString photometric = reader.string(DCM_PhotometricInterpretation);
    if (photometric.isEmpty() && meta.samplesPerPixel == 1)
        photometric = QStringLiteral("MONOCHROME2");
    if (!reader.ok())
        return;

    if (meta.width <= 0 || meta.height <= 0)
        return reader.fail(
            concord::tr("image has %1 rows and %2 columns").arg(meta.height).arg(meta.width));
    if (meta.frameCount <= 0)
        return reader.fail(concord::tr("Number of Frames is %1").arg(meta.frameCount));
    if (meta.bitsAllocated != 8 && meta.bitsAllocated != 16)
        return reader.fail(
            concord::tr("%1 bits allocated per sample is not supported (only 8 and 16)")
                .arg(meta.bitsAllocated));
    if (meta.bitsStored < 1 || meta.bitsStored > meta.bitsAllocated ||
        highBit < meta.bitsStored - 1 || highBit >= meta.bitsAllocated)
        return reader.fail(
            concord::tr("inconsistent Bits Allocated %1, Bits Stored %2, High Bit %3")
                .arg(meta.bitsAllocated)
                .arg(meta.bitsStored)
                .arg(highBit));
    if (pixelRepresentation != 0 && pixelRepresentation != 1)
        return reader.fail(
            concord::tr("Pixel Representation is %1, expected 0 or 1").arg(pixelRepresentation));
    const std::optional<Photometric> parsed = parsePhotometric(photometric);
    if (!parsed)
        return reader.fail(
            concord::tr("Photometric Interpretation '%1' is not supported").arg(photometric));
    meta.photometric = *parsed;
    const bool colour = meta.photometric != Photometric::Monochrome1 &&
                        meta.photometric != Photometric::Monochrome2 &&
                        meta.photometric != Photometric::PaletteColor;
    if (meta.samplesPerPixel != (colour ? 3 : 1))
        return reader.fail(
            concord::tr("%1 with %2 samples per pixel").arg(photometric).arg(meta.samplesPerPixel));
}

// Window Center/Width and their explanations become presets (PS3.3 C.11.2.1.2).
static void readWindows(DicomAttributeReader &reader, ImageMetadata &meta)
{
    const std::vector<double> centers = reader.decimals(DCM_WindowCenter);
    const std::vector<double> widths = reader.decimals(DCM_WindowWidth);
    const QStringList names = reader.strings(DCM_WindowCenterWidthExplanation);
    const size_t count = std::min(centers.size(), widths.size());
    for (size_t i = 0; i < count; ++i) {
        WindowPreset preset;
        preset.center = centers[i];
        preset.width = widths[i];
        preset.name = qsizetype(i) < names.size() && !names[i].isEmpty()
                          ? names[i]
                          : concord::tr("Window %1").arg(i + 1);
        meta.windowPresets.push_back(preset);
    }
    meta.voiLutFunction = reader.string(DCM_VOILUTFunction).toUpper();
    if (!meta.voiLutFunction.isEmpty() && meta.voiLutFunction != QLatin1String("LINEAR") &&
        meta.voiLutFunction != QLatin1String("LINEAR_EXACT") &&
        meta.voiLutFunction != QLatin1String("SIGMOID"))
        reader.fail(concord::tr("VOI LUT Function '%1' is not one of LINEAR, LINEAR_EXACT, SIGMOID")
                        .arg(meta.voiLutFunction));
}

std::vector<quint16> lutEntries(const std::vector<quint16> &words, size_t entries, int bitsPerEntry)
{
    if (bitsPerEntry <= 8 && words.size() == (entries + 1) / 2 && words.size() < entries) {
        std::vector<quint16> unpacked(entries);
        for (size_t i = 0; i < entries; ++i)
            unpacked[i] = quint16((words[i / 2] >> (8 * (i % 2))) & 0xFF);
        return unpacked;
    }
    if (words.size() < entries)
        return {};
    return std::vector<quint16>(words.begin(), words.begin() + qsizetype(entries));
}

// One Modality or VOI LUT item (PS3.3 C.11.1.1 and C.11.2.1.1): the LUT Descriptor's first
// mapped value follows the pixel data's signedness, and 0 entries means 65,536.
static std::optional<VoiLut> readLutItem(DcmItem &item, const QString &path, bool isSigned,
                                         const QString &name, DicomAttributeReader &reader)
{
    DicomAttributeReader values(item, path);
    const int entryCount = values.requiredInteger(DCM_LUTDescriptor);
    const std::optional<int> first = values.integer(DCM_LUTDescriptor, 1, isSigned);
    const std::optional<int> bits = values.integer(DCM_LUTDescriptor, 2);
    VoiLut lut;
    lut.explanation = values.string(DCM_LUTExplanation);
    const std::vector<quint16> words = values.words(DCM_LUTData);
    if (!values.ok()) {
        reader.fail(values.error()->message);
        return std::nullopt;
    }
    const size_t entries = entryCount == 0 ? 65536 : size_t(entryCount);
    if (!first || !bits || *bits < 1 || *bits > 16) {
        reader.fail(concord::tr("%1 has an invalid LUT Descriptor").arg(name));
        return std::nullopt;
    }
    lut.data = lutEntries(words, entries, *bits);
    if (lut.data.empty()) {
        reader.fail(concord::tr("%1 has %2 entries, its descriptor says %3")
                        .arg(name)
                        .arg(words.size())
                        .arg(entries));
        return std::nullopt;
    }
    lut.firstMappedValue = *first;
    lut.bitsPerEntry = *bits;
    if (lut.explanation.isEmpty())
        lut.explanation = name;
    return lut;
}

static void readLuts(DcmItem &dataset, const QString &path, DicomAttributeReader &reader,
                     ImageMetadata &meta)
{
    DcmSequenceOfItems *sequence = nullptr;
    if (dataset.findAndGetSequence(DCM_VOILUTSequence, sequence).good() && sequence) {
        for (unsigned long i = 0; i < sequence->card() && reader.ok(); ++i) {
            if (std::optional<VoiLut> lut =
                    readLutItem(*sequence->getItem(i), path, meta.isSigned,
                                concord::tr("VOI LUT %1").arg(i + 1), reader))
                meta.voiLuts.push_back(std::move(*lut));
        }
    }
    // A Modality LUT replaces Rescale Slope/Intercept (PS3.3 C.11.1); only one item is allowed.
    if (reader.ok() && dataset.findAndGetSequence(DCM_ModalityLUTSequence, sequence).good() &&
        sequence && sequence->card() > 0) {
        meta.modalityLut = readLutItem(*sequence->getItem(0), path, meta.isSigned,
                                       concord::tr("Modality LUT"), reader);
        if (meta.modalityLut)
            meta.modalityLutType =
                DicomAttributeReader(*sequence->getItem(0), path).string(DCM_ModalityLUTType);
    }
}

// Pixel Spacing is in the patient plane; Imager Pixel Spacing is at the detector and ignores
// magnification (PS3.3 10.7.1.1 and C.8.11.4). The first one present wins, and `source` says
// which it was so measurements can be labelled honestly.
static void readSpacing(DicomAttributeReader &reader, ImageMetadata &meta)
{
    const std::pair<DcmTagKey, const char *> candidates[] = {
        {DCM_PixelSpacing, "PixelSpacing"},
        {DCM_ImagerPixelSpacing, "ImagerPixelSpacing"},
        {DCM_NominalScannedPixelSpacing, "NominalScannedPixelSpacing"},
    };
    for (const auto &[tag, name] : candidates) {
        const std::vector<double> values = reader.decimals(tag);
        if (!reader.ok())
            return;
        // A zero or missing value means "unknown", as some modalities write it.
        if (values.size() >= 2 && values[0] > 0 && values[1] > 0) {
            meta.pixelSpacing = PixelSpacing{values[0], values[1], QString::fromLatin1(name)};
            return;
        }
    }
}

// Which way the patient lies along the rows and columns, for the orientation markers. Only
// shown, never computed with, so a malformed value leaves the markers off instead of refusing
// the image: each attribute is read with its own reader, whose error is dropped. Image
// Orientation (Patient) is at the top level of cross-sectional images and in the shared
// functional groups of enhanced multi-frame ones (PS3.3 C.7.6.2, C.7.6.16.2.4); projection
// radiographs carry Patient Orientation instead (C.7.6.1.1.1).
static ImageDirections readDirections(DcmItem &dataset, const QString &path)
{
    DcmItem *orientationHolder = &dataset;
    if (!dataset.tagExistsWithValue(DCM_ImageOrientationPatient)) {
        DcmItem *shared = nullptr;
        orientationHolder = nullptr;
        if (dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).good())
            shared->findAndGetSequenceItem(DCM_PlaneOrientationSequence, orientationHolder, 0);
    }
    if (orientationHolder) {
        DicomAttributeReader reader(*orientationHolder, path);
        const std::vector<double> cosines = reader.decimals(DCM_ImageOrientationPatient);
        if (reader.ok() && cosines.size() == 6) {
            ImageDirections directions = directionsFromCosines(
                {cosines[0], cosines[1], cosines[2], cosines[3], cosines[4], cosines[5]});
            if (directions.isKnown())
                return directions;
        }
    }
    DicomAttributeReader reader(dataset, path);
    const QStringList values = reader.strings(DCM_PatientOrientation);
    return reader.ok() ? directionsFromPatientOrientation(values) : ImageDirections{};
}

Expected<ImageMetadata> readDicomHeader(DcmItem &dataset, const QString &path,
                                        const QString &transferSyntaxUid)
{
    DicomAttributeReader reader(dataset, path);
    ImageMetadata meta;
    meta.sourcePath = path;
    meta.transferSyntaxUid = transferSyntaxUid;
    readPixelDescription(reader, meta);

    meta.rescaleSlope = reader.decimal(DCM_RescaleSlope).value_or(1.0);
    meta.rescaleIntercept = reader.decimal(DCM_RescaleIntercept).value_or(0.0);
    meta.rescaleUnit = reader.string(DCM_RescaleType);
    if (reader.ok() && meta.rescaleSlope == 0.0)
        reader.fail(concord::tr("Rescale Slope is 0"));
    if (const std::optional<int> padding = reader.integer(DCM_PixelPaddingValue, 0, meta.isSigned))
        meta.pixelPaddingValue = *padding;
    readWindows(reader, meta);
    if (reader.ok())
        readLuts(dataset, path, reader, meta);
    readSpacing(reader, meta);

    meta.directions = readDirections(dataset, path);

    meta.modality = reader.string(DCM_Modality);
    meta.patientId = reader.string(DCM_PatientID);
    meta.patientName = reader.string(DCM_PatientName);
    meta.studyDate = reader.string(DCM_StudyDate);
    meta.studyInstanceUid = reader.string(DCM_StudyInstanceUID);
    meta.seriesInstanceUid = reader.string(DCM_SeriesInstanceUID);
    meta.sopInstanceUid = reader.string(DCM_SOPInstanceUID);
    if (!reader.ok())
        return *reader.error();
    return meta;
}

} // namespace concord
