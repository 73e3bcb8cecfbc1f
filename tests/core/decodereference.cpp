// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/decodereference.h"

#include <QFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <openjpeg.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace concord::test {

namespace {

struct Attributes
{
    Uint16 rows = 0, columns = 0, samples = 1, bitsAllocated = 8, bitsStored = 8, highBit = 7;
    Uint16 pixelRepresentation = 0, planar = 0;
    Sint32 frames = 1;
    OFString photometric;
};

quint8 clamp8(double value)
{
    return quint8(std::clamp(std::lround(value), 0L, 255L));
}

// PS3.3 C.7.6.3.1.2, written out here rather than shared with the decoder under test.
cv::Vec3b ybrToRgb(int luma, int cb, int cr)
{
    return {clamp8(luma + 1.402 * (cr - 128)),
            clamp8(luma - 0.344136 * (cb - 128) - 0.714136 * (cr - 128)),
            clamp8(luma + 1.772 * (cb - 128))};
}

} // namespace

Expected<ReferencePixels> readNativeReference(const QString &path)
{
    auto fail = [&](const QString &why) { return FileError{path, why}; };
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(path).constData()).bad())
        return fail(QStringLiteral("cannot be read by DCMTK"));
    DcmDataset &data = *file.getDataset();
    if (DcmXfer(data.getOriginalXfer()).isEncapsulated())
        return fail(QStringLiteral("the reference decoder left the pixel data compressed"));
    Attributes a;
    data.findAndGetUint16(DCM_Rows, a.rows);
    data.findAndGetUint16(DCM_Columns, a.columns);
    data.findAndGetUint16(DCM_SamplesPerPixel, a.samples);
    data.findAndGetUint16(DCM_BitsAllocated, a.bitsAllocated);
    data.findAndGetUint16(DCM_BitsStored, a.bitsStored);
    a.highBit = Uint16(a.bitsStored - 1);
    data.findAndGetUint16(DCM_HighBit, a.highBit);
    data.findAndGetUint16(DCM_PixelRepresentation, a.pixelRepresentation);
    data.findAndGetUint16(DCM_PlanarConfiguration, a.planar);
    data.findAndGetSint32(DCM_NumberOfFrames, a.frames);
    data.findAndGetOFString(DCM_PhotometricInterpretation, a.photometric);
    a.frames = std::max<Sint32>(a.frames, 1);
    if (a.bitsAllocated != 8 && a.bitsAllocated != 16)
        return fail(QStringLiteral("%1 bits allocated").arg(a.bitsAllocated));

    DcmElement *element = nullptr;
    if (data.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return fail(QStringLiteral("no Pixel Data"));
    // The host is little-endian, so an OW value read as words is also its bytes in order.
    const uchar *bytes = nullptr;
    Uint8 *byteArray = nullptr;
    Uint16 *wordArray = nullptr;
    if (element->getVR() == EVR_OB && element->getUint8Array(byteArray).good())
        bytes = byteArray;
    else if (element->getUint16Array(wordArray).good())
        bytes = reinterpret_cast<const uchar *>(wordArray);
    if (!bytes)
        return fail(QStringLiteral("Pixel Data cannot be read"));

    const bool ybr422 = a.photometric == "YBR_FULL_422";
    const size_t pixels = size_t(a.rows) * a.columns;
    const size_t samplesPerFrame = ybr422 ? pixels * 2 : pixels * a.samples;
    const size_t bytesPerSample = a.bitsAllocated / 8;
    if (element->getLength() < samplesPerFrame * bytesPerSample * size_t(a.frames))
        return fail(QStringLiteral("Pixel Data is too short"));

    const bool isSigned = a.pixelRepresentation == 1;
    const int shift = a.highBit + 1 - a.bitsStored;
    const int mask = (1 << a.bitsStored) - 1;
    auto sample = [&](size_t index) {
        int raw = bytes[index * bytesPerSample];
        if (bytesPerSample == 2)
            raw |= bytes[index * 2 + 1] << 8;
        const int value = (raw >> shift) & mask;
        return isSigned && (value >> (a.bitsStored - 1)) ? value - mask - 1 : value;
    };
    const int depth = isSigned ? CV_16S : (a.bitsAllocated == 8 ? CV_8U : CV_16U);
    const bool ybr = ybr422 || a.photometric == "YBR_FULL";

    ReferencePixels result;
    result.photometric = QString::fromLatin1(a.photometric.c_str());
    result.isSigned = isSigned;
    for (int f = 0; f < a.frames; ++f) {
        const size_t base = size_t(f) * samplesPerFrame;
        cv::Mat frame(a.rows, a.columns, CV_MAKETYPE(ybr ? CV_8U : depth, a.samples));
        for (size_t p = 0; p < pixels; ++p) {
            for (int c = 0; c < a.samples; ++c) {
                size_t at = a.planar == 1 ? c * pixels + p : p * a.samples + c;
                if (ybr422) { // Y1 Y2 Cb Cr for each pair of pixels in a row
                    const size_t y = p / a.columns, x = p % a.columns;
                    at = y * a.columns * 2 + (x / 2) * 4 + (c == 0 ? x % 2 : size_t(c) + 1);
                }
                const int value = sample(base + at);
                const size_t out = p * a.samples + c;
                switch (frame.depth()) {
                case CV_8U: frame.ptr<quint8>()[out] = quint8(value); break;
                case CV_16U: frame.ptr<quint16>()[out] = quint16(value); break;
                default: frame.ptr<qint16>()[out] = qint16(value); break;
                }
            }
        }
        if (ybr) {
            frame.forEach<cv::Vec3b>(
                [](cv::Vec3b &p, const int *) { p = ybrToRgb(p[0], p[1], p[2]); });
        }
        result.frames.push_back(frame);
    }
    return result;
}

std::optional<int> maxAbsoluteDifference(const std::vector<cv::Mat> &a,
                                         const std::vector<cv::Mat> &b)
{
    if (a.size() != b.size())
        return std::nullopt;
    int worst = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size() || a[i].channels() != b[i].channels())
            return std::nullopt;
        cv::Mat left, right;
        a[i].convertTo(left, CV_MAKETYPE(CV_32S, a[i].channels()));
        b[i].convertTo(right, CV_MAKETYPE(CV_32S, b[i].channels()));
        worst = std::max(worst, int(cv::norm(left, right, cv::NORM_INF)));
    }
    return worst;
}

namespace {

struct Output
{
    QByteArray bytes;
    size_t position = 0;
};

OPJ_SIZE_T writeBytes(void *buffer, OPJ_SIZE_T count, void *user)
{
    auto *out = static_cast<Output *>(user);
    if (out->position + count > size_t(out->bytes.size()))
        out->bytes.resize(qsizetype(out->position + count));
    std::memcpy(out->bytes.data() + out->position, buffer, count);
    out->position += count;
    return count;
}

OPJ_OFF_T skipBytes(OPJ_OFF_T count, void *user)
{
    static_cast<Output *>(user)->position += size_t(count);
    return count;
}

OPJ_BOOL seekTo(OPJ_OFF_T position, void *user)
{
    static_cast<Output *>(user)->position = size_t(position);
    return OPJ_TRUE;
}

} // namespace

QByteArray encodeJpeg2000(const cv::Mat &frame, const Jpeg2000Options &options)
{
    const int channels = frame.channels();
    const bool frameSigned = frame.depth() == CV_16S;
    std::vector<opj_image_cmptparm_t> parameters(static_cast<size_t>(channels));
    for (opj_image_cmptparm_t &component : parameters) {
        std::memset(&component, 0, sizeof component);
        component.dx = component.dy = 1;
        component.w = OPJ_UINT32(frame.cols);
        component.h = OPJ_UINT32(frame.rows);
        component.prec = OPJ_UINT32(options.bitsStored);
        component.sgnd = options.codestreamSigned ? 1 : 0;
    }
    std::unique_ptr<opj_image_t, decltype(&opj_image_destroy)> image(
        opj_image_create(OPJ_UINT32(channels), parameters.data(),
                         channels == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY),
        &opj_image_destroy);
    if (!image)
        return {};
    image->x1 = OPJ_UINT32(frame.cols);
    image->y1 = OPJ_UINT32(frame.rows);
    const int mask = (1 << options.bitsStored) - 1;
    const int signBit = 1 << (options.bitsStored - 1);
    for (int c = 0; c < channels; ++c) {
        for (size_t i = 0; i < frame.total(); ++i) {
            const size_t at = i * size_t(channels) + size_t(c);
            int value = frame.depth() == CV_8U    ? frame.ptr<quint8>()[at]
                        : frame.depth() == CV_16U ? frame.ptr<quint16>()[at]
                                                  : frame.ptr<qint16>()[at];
            if (options.codestreamSigned != frameSigned) {
                // Same bits, other signedness: two's complement within bitsStored.
                value &= mask;
                if (options.codestreamSigned && (value & signBit))
                    value -= mask + 1;
            }
            image->comps[c].data[i] = value;
        }
    }
    opj_cparameters_t encoder;
    opj_set_default_encoder_parameters(&encoder);
    encoder.tcp_numlayers = 1;
    encoder.tcp_rates[0] = options.lossy ? 6 : 0;
    encoder.cp_disto_alloc = 1;
    encoder.irreversible = options.lossy ? 1 : 0;
    encoder.tcp_mct = channels == 3 && options.colourTransform ? 1 : 0;
    encoder.numresolution = 3;

    Output output;
    std::unique_ptr<opj_codec_t, decltype(&opj_destroy_codec)> codec(
        opj_create_compress(options.jp2Wrapper ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K),
        &opj_destroy_codec);
    std::unique_ptr<opj_stream_t, decltype(&opj_stream_destroy)> stream(
        opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE), &opj_stream_destroy);
    opj_stream_set_user_data(stream.get(), &output, nullptr);
    opj_stream_set_write_function(stream.get(), writeBytes);
    opj_stream_set_skip_function(stream.get(), skipBytes);
    opj_stream_set_seek_function(stream.get(), seekTo);
    if (!opj_setup_encoder(codec.get(), &encoder, image.get()) ||
        !opj_start_compress(codec.get(), image.get(), stream.get()) ||
        !opj_encode(codec.get(), stream.get()) || !opj_end_compress(codec.get(), stream.get()))
        return {};
    return output.bytes;
}

QString writeEncapsulated(const QString &source, const QString &target,
                          const std::vector<QByteArray> &frames, E_TransferSyntax syntax,
                          const char *photometric, const FragmentLayout &layout,
                          std::optional<int> pixelRepresentation)
{
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(source).constData()).bad())
        return QStringLiteral("cannot read %1").arg(source);
    file.loadAllDataIntoMemory();
    DcmDataset &data = *file.getDataset();

    auto *sequence = new DcmPixelSequence(DcmTag(DCM_PixelData, EVR_OB));
    auto *offsetTable = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
    sequence->insert(offsetTable);
    std::vector<Uint32> offsets;
    Uint32 position = 0; // from the first byte of the first item after the table
    for (const QByteArray &frame : frames) {
        offsets.push_back(position);
        QByteArray padded = frame;
        if (padded.size() % 2 != 0)
            padded.append('\0'); // items have even lengths (PS3.5 A.4)
        const int pieces = std::max(1, layout.fragmentsPerFrame);
        const qsizetype step = (padded.size() / pieces + 1) & ~qsizetype(1);
        for (qsizetype at = 0; at < padded.size(); at += step) {
            const QByteArray piece = padded.mid(at, step);
            auto *item = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
            item->putUint8Array(reinterpret_cast<const Uint8 *>(piece.constData()),
                                Uint32(piece.size()));
            sequence->insert(item);
            position += Uint32(8 + piece.size());
        }
    }
    if (layout.offsetTable) {
        QByteArray table;
        for (Uint32 offset : offsets) {
            for (int shift = 0; shift < 32; shift += 8)
                table.append(char((offset >> shift) & 0xFF));
        }
        offsetTable->putUint8Array(reinterpret_cast<const Uint8 *>(table.constData()),
                                   Uint32(table.size()));
    }
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    pixelData->putOriginalRepresentation(syntax, nullptr, sequence);
    data.insert(pixelData, true);
    data.putAndInsertString(DCM_PhotometricInterpretation, photometric);
    data.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(qsizetype(frames.size())));
    if (pixelRepresentation)
        data.putAndInsertUint16(DCM_PixelRepresentation, Uint16(*pixelRepresentation));
    const OFCondition status = file.saveFile(QFile::encodeName(target).constData(), syntax);
    return status.good() ? QString() : QString::fromLatin1(status.text());
}

EncapsulatedFrames readSingleFrame(const QString &path)
{
    EncapsulatedFrames result;
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(path).constData()).bad())
        return result;
    file.loadAllDataIntoMemory();
    DcmDataset &data = *file.getDataset();
    DcmElement *element = nullptr;
    DcmPixelSequence *sequence = nullptr;
    auto *pixels = data.findAndGetElement(DCM_PixelData, element).good()
                       ? dynamic_cast<DcmPixelData *>(element)
                       : nullptr;
    if (!pixels ||
        pixels->getEncapsulatedRepresentation(data.getOriginalXfer(), nullptr, sequence).bad() ||
        !sequence)
        return result;
    QByteArray frame;
    for (unsigned long i = 1; i < sequence->card(); ++i) {
        DcmPixelItem *item = nullptr;
        Uint8 *bytes = nullptr;
        if (sequence->getItem(item, i).good() && item->getUint8Array(bytes).good() && bytes)
            frame.append(reinterpret_cast<const char *>(bytes), qsizetype(item->getLength()));
    }
    OFString photometric;
    data.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    result.frames.push_back(frame);
    result.syntax = data.getOriginalXfer();
    result.photometric = QByteArray(photometric.c_str());
    return result;
}

} // namespace concord::test
