// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomloader.h"

#include "core/imaging/dicomcodecs.h"
#include "core/imaging/dicomheader.h"
#include "core/imaging/dicompixeldecoder.h"
#include "core/imaging/jpeg2000codec.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <memory>

namespace concord {

namespace {

// How much of the file to read.
enum class ReadScope { Everything, HeaderOnly };

// A parsed file together with what we learned about it on the way in.
struct ParsedFile
{
    std::unique_ptr<DcmFileFormat> file = std::make_unique<DcmFileFormat>();
    bool hasPreamble = false;
};

} // namespace

// PS3.10 7.1: a DICOM file starts with a 128-byte preamble and the letters "DICM".
static bool hasDicmPrefix(const QByteArray &head)
{
    return head.size() >= 132 && head.mid(128, 4) == QByteArrayLiteral("DICM");
}

// Turns DCMTK's verdict on a parse into a message about the file.
static MaybeError checkParse(const ParsedFile &parsed, const OFCondition &status,
                             const QString &path)
{
    DcmDataset *dataset = parsed.file->getDataset();
    if (!parsed.hasPreamble) {
        // Bare data sets without a Part 10 header exist (ACR-NEMA heritage). Accept one only if
        // it parsed cleanly and looks like an image; anything else is simply not DICOM.
        const bool looksLikeImage = dataset->tagExists(DCM_Rows) ||
                                    dataset->tagExists(DCM_PixelData) ||
                                    dataset->tagExists(DCM_SOPClassUID);
        if (status.bad() || !looksLikeImage)
            return FileError{path, concord::tr("not a DICOM file (no 'DICM' marker at byte 128)")};
        return std::nullopt;
    }
    if (status.bad()) {
        // DCMTK refuses a meta header naming a transfer syntax it does not know.
        OFString uid;
        if (parsed.file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, uid).good() &&
            DcmXfer(uid.c_str()).getXfer() == EXS_Unknown)
            return FileError{path, concord::tr("unsupported transfer syntax %1")
                                       .arg(QString::fromLatin1(uid.c_str()))};
        // DCMTK keeps what it parsed before the input ran out, so the last element read says
        // where the file was cut or went wrong.
        if (status == EC_StreamNotifyClient || status == EC_InvalidStream ||
            status == EC_PrematureSequDelimitationItem || status == EC_SequEnd) {
            DcmElement *last =
                dataset->card() > 0 ? dataset->getElement(dataset->card() - 1) : nullptr;
            if (last && last->getTag() == DCM_PixelData) {
                if (last->getLengthField() == DCM_UndefinedLength)
                    return FileError{
                        path,
                        concord::tr("truncated: the file ends inside the compressed Pixel Data")};
                return FileError{path,
                                 concord::tr("truncated: the file ends inside Pixel Data, which "
                                             "declares %1 bytes")
                                     .arg(QLocale().toString(qulonglong(last->getLengthField())))};
            }
            const QString where =
                last ? concord::tr("at element %1")
                           .arg(QString::fromLatin1(last->getTag().toString().c_str()))
                     : concord::tr("before the data set");
            return FileError{path, concord::tr("truncated or corrupt %1 (%2)")
                                       .arg(where, QString::fromLatin1(status.text()))};
        }
        return FileError{
            path,
            concord::tr("cannot be parsed as DICOM: %1").arg(QString::fromLatin1(status.text()))};
    }
    return std::nullopt;
}

static Expected<ParsedFile> parseFile(const QString &path, ReadScope scope)
{
    QFile file(path);
    if (!file.exists())
        return FileError{path, concord::tr("file does not exist")};
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, concord::tr("cannot open: %1").arg(file.errorString())};
    if (file.size() == 0)
        return FileError{path, concord::tr("file is empty")};
    ParsedFile parsed;
    parsed.hasPreamble = hasDicmPrefix(file.read(132));
    file.close();

    const QByteArray name = QFile::encodeName(path);
    const E_FileReadMode mode = parsed.hasPreamble ? ERM_fileOnly : ERM_dataset;
    // Stopping at Pixel Data (scope HeaderOnly) keeps imports fast; otherwise the pixel value is
    // read lazily by DCMTK when first accessed, which also bounds memory on hostile lengths.
    const DcmTagKey stopAt = scope == ReadScope::HeaderOnly ? DCM_PixelData : DCM_UndefinedTagKey;
    const OFCondition status = parsed.file->loadFileUntilTag(
        name.constData(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, mode, stopAt);
    if (MaybeError error = checkParse(parsed, status, path))
        return *error;
    return parsed;
}

// JPEG 2000 Image Compression (PS3.5 A.4.4), decoded with OpenJPEG rather than DCMTK. The
// Part 2 multi-component syntaxes allow transforms OpenJPEG does not implement.
static bool isJpeg2000(E_TransferSyntax syntax)
{
    return syntax == EXS_JPEG2000LosslessOnly || syntax == EXS_JPEG2000;
}

static bool isJpeg2000Part2(E_TransferSyntax syntax)
{
    return syntax == EXS_JPEG2000MulticomponentLosslessOnly || syntax == EXS_JPEG2000Multicomponent;
}

static QString transferSyntaxUid(DcmDataset &dataset)
{
    return QString::fromLatin1(DcmXfer(dataset.getOriginalXfer()).getXferID());
}

// Brings encapsulated Pixel Data into native form with DCMTK's registered codecs.
static MaybeError decompress(DcmDataset &dataset, const ImageMetadata &header, const QString &path)
{
    const DcmXfer syntax(dataset.getOriginalXfer());
    if (!syntax.isEncapsulated())
        return std::nullopt;
    // DCMTK decompresses all frames into one native value, whose length field is 32 bits
    // (PS3.5 7.1.1). Refuse larger images up front rather than let a hostile header drive the
    // allocation.
    const qint64 decodedBytes = qint64(header.width) * header.height * header.samplesPerPixel *
                                (header.bitsAllocated / 8) * header.frameCount;
    if (decodedBytes >= qint64(0xFFFFFFFE))
        return FileError{path,
                         concord::tr("too large to decompress: %1 frames of %2 x %3 need %4 bytes")
                             .arg(header.frameCount)
                             .arg(header.width)
                             .arg(header.height)
                             .arg(QLocale().toString(decodedBytes))};
    const OFCondition status = dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
    if (status.bad() || !dataset.canWriteXfer(EXS_LittleEndianExplicit)) {
        const QString reason =
            status.bad() ? QString::fromLatin1(status.text()) : concord::tr("no decoder for it");
        return FileError{path, concord::tr("cannot decode transfer syntax %1 (%2): %3")
                                   .arg(QString::fromLatin1(syntax.getXferID()),
                                        QString::fromLatin1(syntax.getXferName()), reason)};
    }
    return std::nullopt;
}

static Expected<Image> decodeParsed(ParsedFile &parsed, const QString &path)
{
    DcmDataset &dataset = *parsed.file->getDataset();
    // The header as the file states it: this is what the user is told about the image.
    Expected<ImageMetadata> metadata = readDicomHeader(dataset, path, transferSyntaxUid(dataset));
    if (!metadata)
        return metadata.error();
    if (!dataset.tagExists(DCM_PixelData))
        return FileError{path, concord::tr("no Pixel Data element (7FE0,0010)")};
    const E_TransferSyntax syntax = dataset.getOriginalXfer();
    if (isJpeg2000Part2(syntax))
        return FileError{path,
                         concord::tr("JPEG 2000 Part 2 multi-component images are not supported")};
    if (isJpeg2000(syntax)) {
        Expected<std::vector<cv::Mat>> frames = decodeJpeg2000PixelData(dataset, *metadata, path);
        if (!frames)
            return frames.error();
        return Image{std::move(*frames), std::move(*metadata)};
    }
    if (MaybeError error = decompress(dataset, *metadata, path))
        return *error;
    // Decoders may rewrite the pixel description (the JPEG decoder turns YBR into RGB), so the
    // decoded bytes are interpreted by the header as it is now.
    Expected<ImageMetadata> layout = readDicomHeader(dataset, path, metadata->transferSyntaxUid);
    if (!layout)
        return layout.error();
    Expected<std::vector<cv::Mat>> frames = decodePixelData(dataset, *layout, path);
    if (!frames)
        return frames.error();
    Image image;
    image.frames = std::move(*frames);
    image.metadata = std::move(*metadata);
    return image;
}

Expected<Image> loadDicom(const QString &path)
{
    registerDicomCodecs();
    Expected<ParsedFile> parsed = parseFile(path, ReadScope::Everything);
    if (!parsed)
        return parsed.error();
    return decodeParsed(*parsed, path);
}

Expected<Image> loadDicomFromMemory(const QByteArray &bytes, const QString &name)
{
    // DCMTK checks declared element lengths against the bytes left only when it reads a file;
    // from a memory buffer a hostile length makes it allocate up to 4 GB (found by fuzzing).
    // So the bytes take the same, file-based path as loadDicom.
    QTemporaryFile copy;
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        return FileError{name,
                         concord::tr("cannot make a temporary copy: %1").arg(copy.errorString())};
    Expected<Image> image = loadDicom(copy.fileName());
    if (!image) {
        FileError error = image.error();
        error.path = name;
        return error;
    }
    image->metadata.sourcePath = name;
    return image;
}

Expected<ImageMetadata> readDicomMetadata(const QString &path)
{
    registerDicomCodecs();
    Expected<ParsedFile> parsed = parseFile(path, ReadScope::HeaderOnly);
    if (!parsed)
        return parsed.error();
    DcmDataset &dataset = *parsed->file->getDataset();
    return readDicomHeader(dataset, path, transferSyntaxUid(dataset));
}

MaybeError checkDicomPixelData(const QString &path)
{
    registerDicomCodecs();
    Expected<ParsedFile> parsed = parseFile(path, ReadScope::Everything);
    if (!parsed)
        return parsed.error();
    DcmDataset &dataset = *parsed->file->getDataset();
    DcmElement *pixelData = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
        return std::nullopt;
    Expected<ImageMetadata> header = readDicomHeader(dataset, path, transferSyntaxUid(dataset));
    if (!header)
        return header.error();
    if (DcmXfer(dataset.getOriginalXfer()).isEncapsulated()) {
        // The parse above read every fragment's item header, so a cut fragment already failed;
        // what remains is a sequence holding no fragment after its offset table.
        DcmPixelSequence *fragments = nullptr;
        auto *pixels = static_cast<DcmPixelData *>(pixelData);
        if (pixels->getEncapsulatedRepresentation(dataset.getOriginalXfer(), nullptr, fragments)
                .bad() ||
            !fragments || fragments->card() < 2)
            return FileError{path,
                             concord::tr("the compressed Pixel Data holds no image fragment")};
        return std::nullopt;
    }
    const qint64 bitsPerFrame =
        qint64(header->width) * header->height * header->samplesPerPixel * header->bitsAllocated;
    const qint64 needed = (bitsPerFrame * std::max(1, header->frameCount) + 7) / 8;
    const qint64 held = pixelData->getLengthField();
    if (held < needed) {
        return FileError{
            path, concord::tr("truncated: Pixel Data holds %1 bytes, but %2 frames of %3 x %4 "
                              "at %5 bits need %6")
                      .arg(QLocale().toString(held))
                      .arg(std::max(1, header->frameCount))
                      .arg(header->width)
                      .arg(header->height)
                      .arg(header->bitsAllocated * header->samplesPerPixel)
                      .arg(QLocale().toString(needed))};
    }
    return std::nullopt;
}

VoiFunction voiFunctionOf(const ImageMetadata &metadata)
{
    if (metadata.voiLutFunction == QLatin1String("LINEAR_EXACT"))
        return VoiFunction::LinearExact;
    if (metadata.voiLutFunction == QLatin1String("SIGMOID"))
        return VoiFunction::Sigmoid;
    return VoiFunction::Linear;
}

} // namespace concord
