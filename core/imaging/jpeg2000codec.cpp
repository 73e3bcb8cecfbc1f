// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/jpeg2000codec.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace concord {

namespace {

// An OpenJPEG stream over a byte buffer: reads from `input`, or appends to `output`.
struct MemoryStream
{
    const uchar *input = nullptr;
    size_t size = 0;
    size_t position = 0;
    QByteArray *output = nullptr;
};

OPJ_SIZE_T readBytes(void *buffer, OPJ_SIZE_T count, void *user)
{
    auto *stream = static_cast<MemoryStream *>(user);
    if (stream->position >= stream->size)
        return OPJ_SIZE_T(-1); // end of stream, as OpenJPEG expects
    const size_t n = std::min(size_t(count), stream->size - stream->position);
    std::memcpy(buffer, stream->input + stream->position, n);
    stream->position += n;
    return n;
}

OPJ_SIZE_T writeBytes(void *buffer, OPJ_SIZE_T count, void *user)
{
    auto *stream = static_cast<MemoryStream *>(user);
    QByteArray &out = *stream->output;
    if (stream->position + count > size_t(out.size()))
        out.resize(qsizetype(stream->position) + qsizetype(count));
    std::memcpy(out.data() + stream->position, buffer, count);
    stream->position += count;
    return count;
}

OPJ_OFF_T skipBytes(OPJ_OFF_T count, void *user)
{
    auto *stream = static_cast<MemoryStream *>(user);
    const size_t limit = stream->output ? size_t(-1) / 2 : stream->size;
    const auto target =
        std::clamp<OPJ_OFF_T>(OPJ_OFF_T(stream->position) + count, 0, OPJ_OFF_T(limit));
    const OPJ_OFF_T moved = target - OPJ_OFF_T(stream->position);
    stream->position = size_t(target);
    return moved;
}

OPJ_BOOL seekTo(OPJ_OFF_T position, void *user)
{
    auto *stream = static_cast<MemoryStream *>(user);
    if (position < 0 || (!stream->output && size_t(position) > stream->size))
        return OPJ_FALSE;
    stream->position = size_t(position);
    return OPJ_TRUE;
}

void keepMessage(const char *message, void *user)
{
    auto *text = static_cast<QString *>(user);
    if (text->isEmpty())
        *text = QString::fromLocal8Bit(message).trimmed();
}

struct CodecDeleter
{
    void operator()(opj_codec_t *c) const { opj_destroy_codec(c); }
};
struct StreamDeleter
{
    void operator()(opj_stream_t *s) const { opj_stream_destroy(s); }
};
struct ImageDeleter
{
    void operator()(opj_image_t *i) const { opj_image_destroy(i); }
};
using CodecPtr = std::unique_ptr<opj_codec_t, CodecDeleter>;
using StreamPtr = std::unique_ptr<opj_stream_t, StreamDeleter>;
using ImagePtr = std::unique_ptr<opj_image_t, ImageDeleter>;

StreamPtr makeStream(MemoryStream &memory, bool input)
{
    StreamPtr stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, input ? OPJ_TRUE : OPJ_FALSE));
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    if (input) {
        opj_stream_set_user_data_length(stream.get(), memory.size);
        opj_stream_set_read_function(stream.get(), readBytes);
    } else {
        opj_stream_set_write_function(stream.get(), writeBytes);
    }
    opj_stream_set_skip_function(stream.get(), skipBytes);
    opj_stream_set_seek_function(stream.get(), seekTo);
    return stream;
}

} // namespace

// Decodes one codestream into a frame of `rows` x `columns` with `channels` samples of `depth`.
static Expected<cv::Mat> decodeCodestream(const QByteArray &bytes, const ImageMetadata &layout,
                                          int depth, const QString &path, int frameNumber)
{
    auto fail = [&](const QString &why) {
        return FileError{
            path,
            concord::tr("JPEG 2000 frame %1 cannot be decoded: %2").arg(frameNumber).arg(why)};
    };
    // DICOM stores bare J2K codestreams, but some writers wrap them in a JP2 file.
    static const char jp2Signature[] = {0, 0, 0, 12, 'j', 'P', ' ', ' '};
    const bool isJp2 = bytes.startsWith(QByteArray(jp2Signature, sizeof jp2Signature));
    MemoryStream memory{reinterpret_cast<const uchar *>(bytes.constData()), size_t(bytes.size())};
    StreamPtr stream = makeStream(memory, true);
    CodecPtr codec(opj_create_decompress(isJp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    QString message;
    opj_set_error_handler(codec.get(), keepMessage, &message);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    opj_image_t *raw = nullptr;
    if (!opj_setup_decoder(codec.get(), &parameters) ||
        !opj_read_header(stream.get(), codec.get(), &raw))
        return fail(message.isEmpty() ? concord::tr("bad header") : message);
    ImagePtr image(raw);
    // Check the geometry before decoding, so a hostile header cannot make OpenJPEG allocate
    // far more than the DICOM header promised.
    const int channels = layout.samplesPerPixel;
    if (int(image->numcomps) != channels)
        return fail(concord::tr("%1 components, expected %2").arg(image->numcomps).arg(channels));
    for (int c = 0; c < channels; ++c) {
        const opj_image_comp_t &component = image->comps[c];
        if (int(component.w) != layout.width || int(component.h) != layout.height ||
            component.dx != 1 || component.dy != 1 || component.prec > 16)
            return fail(concord::tr("component %1 is %2 x %3 with %4 bits, expected %5 x %6")
                            .arg(c)
                            .arg(component.w)
                            .arg(component.h)
                            .arg(component.prec)
                            .arg(layout.width)
                            .arg(layout.height));
    }
    if (!opj_decode(codec.get(), stream.get(), image.get()) ||
        !opj_end_decompress(codec.get(), stream.get()))
        return fail(message.isEmpty() ? concord::tr("corrupt codestream") : message);
    for (int c = 0; c < channels; ++c) {
        if (!image->comps[c].data)
            return fail(concord::tr("component %1 was not decoded").arg(c));
    }
    // When the codestream's signedness disagrees with Pixel Representation, the header wins and
    // the decoded bits are read as it says, two's complement within Bits Stored, as for native
    // data (docs/dicom-decoding.md, "Signedness: the header wins").
    const unsigned mask = (1u << std::clamp(layout.bitsStored, 1, 16)) - 1u;
    const unsigned signBit = (mask >> 1) + 1u;
    auto reinterpret = [&](OPJ_INT32 value) {
        const unsigned bits = unsigned(value) & mask;
        return layout.isSigned && (bits & signBit) ? OPJ_INT32(bits) - OPJ_INT32(mask) - 1
                                                   : OPJ_INT32(bits);
    };
    cv::Mat frame(layout.height, layout.width, CV_MAKETYPE(depth, channels));
    const size_t pixels = size_t(layout.width) * size_t(layout.height);
    for (int c = 0; c < channels; ++c) {
        const OPJ_INT32 *in = image->comps[c].data;
        const bool mismatched = (image->comps[c].sgnd != 0) != layout.isSigned;
        for (size_t i = 0; i < pixels; ++i) {
            const size_t at = i * size_t(channels) + size_t(c);
            const OPJ_INT32 value = mismatched ? reinterpret(in[i]) : in[i];
            switch (depth) {
            case CV_8U: frame.ptr<quint8>()[at] = cv::saturate_cast<quint8>(value); break;
            case CV_16U: frame.ptr<quint16>()[at] = cv::saturate_cast<quint16>(value); break;
            default: frame.ptr<qint16>()[at] = cv::saturate_cast<qint16>(value); break;
            }
        }
    }
    return frame;
}

// Whether a fragment begins a JPEG 2000 codestream: SOC then SIZ (ISO/IEC 15444-1 A.4), or a
// JP2 signature box. Entropy-coded data never holds these marker pairs, so a fragment that
// continues a frame cannot begin with them.
static bool beginsCodestream(DcmPixelSequence &sequence, Uint32 index)
{
    DcmPixelItem *item = nullptr;
    Uint8 *bytes = nullptr;
    if (sequence.getItem(item, index).bad() || !item || item->getUint8Array(bytes).bad() ||
        !bytes || item->getLength() < 8)
        return false;
    static const Uint8 codestream[] = {0xFF, 0x4F, 0xFF, 0x51};
    static const Uint8 jp2[] = {0, 0, 0, 12, 'j', 'P', ' ', ' '};
    return std::memcmp(bytes, codestream, sizeof codestream) == 0 ||
           std::memcmp(bytes, jp2, sizeof jp2) == 0;
}

// The first fragment of every frame (PS3.5 A.4): from the Basic Offset Table, or one fragment
// per frame, as DCMTK reads them. With an empty table and more fragments than frames, DCMTK
// gives up; the frames are then found by the codestream each one begins with
// (docs/dicom-decoding.md, "Frames found by their codestream").
static Expected<std::vector<Uint32>> frameStartFragments(DcmPixelSequence &sequence, int frameCount,
                                                         const QString &path)
{
    std::vector<Uint32> starts;
    if (frameCount == 1)
        return std::vector<Uint32>{1}; // item 0 is the Basic Offset Table
    bool known = true;
    for (int f = 0; f < frameCount && known; ++f) {
        Uint32 first = 0;
        known = DcmCodec::determineStartFragment(Uint32(f), frameCount, &sequence, first).good() &&
                (starts.empty() || first > starts.back());
        starts.push_back(first);
    }
    if (known)
        return starts;
    starts.clear();
    for (Uint32 i = 1; i < Uint32(sequence.card()) && int(starts.size()) <= frameCount; ++i) {
        if (beginsCodestream(sequence, i))
            starts.push_back(i);
    }
    if (int(starts.size()) != frameCount || starts.front() != 1) {
        // Name the first frame whose start is unknown (the first, if item 1 begins none).
        const int frame = starts.empty() || starts.front() != 1
                              ? 1
                              : std::min(int(starts.size()), frameCount - 1) + 1;
        return FileError{path,
                         concord::tr("cannot find the fragments of JPEG 2000 frame %1").arg(frame)};
    }
    return starts;
}

Expected<std::vector<cv::Mat>>
decodeJpeg2000PixelData(DcmDataset &dataset, const ImageMetadata &layout, const QString &path)
{
    switch (layout.photometric) {
    case Photometric::Monochrome1:
    case Photometric::Monochrome2:
    case Photometric::Rgb:
    case Photometric::YbrIct:
    case Photometric::YbrRct: break;
    default:
        return FileError{path, concord::tr("JPEG 2000 with %1 is not supported")
                                   .arg(photometricName(layout.photometric))};
    }
    // OpenJPEG holds every sample of a frame as a 32-bit integer; cap a frame at 2 GB of those
    // so a hostile header cannot drive the allocation.
    const qint64 samples = qint64(layout.width) * layout.height * layout.samplesPerPixel;
    if (samples > (qint64(1) << 29))
        return FileError{path, concord::tr("JPEG 2000 frame of %1 x %2 is too large to decode")
                                   .arg(layout.width)
                                   .arg(layout.height)};
    DcmElement *element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return FileError{path, concord::tr("no Pixel Data element (7FE0,0010)")};
    auto *pixelData = dynamic_cast<DcmPixelData *>(element);
    DcmPixelSequence *sequence = nullptr;
    if (!pixelData ||
        pixelData->getEncapsulatedRepresentation(dataset.getOriginalXfer(), nullptr, sequence)
            .bad() ||
        !sequence || sequence->card() < 2)
        return FileError{path,
                         concord::tr("JPEG 2000 Pixel Data is not encapsulated in fragments")};

    Expected<std::vector<Uint32>> starts = frameStartFragments(*sequence, layout.frameCount, path);
    if (!starts)
        return starts.error();
    const int depth = layout.isSigned ? CV_16S : (layout.bitsAllocated == 8 ? CV_8U : CV_16U);
    std::vector<cv::Mat> frames;
    for (int f = 0; f < layout.frameCount; ++f) {
        // Fragments of one frame run up to the first fragment of the next (PS3.5 A.4).
        const Uint32 first = (*starts)[size_t(f)];
        const Uint32 next =
            f + 1 < layout.frameCount ? (*starts)[size_t(f) + 1] : Uint32(sequence->card());
        QByteArray codestream;
        for (Uint32 i = first; i < next && i < sequence->card(); ++i) {
            DcmPixelItem *item = nullptr;
            Uint8 *bytes = nullptr;
            if (sequence->getItem(item, i).bad() || !item || item->getUint8Array(bytes).bad())
                return FileError{path, concord::tr("JPEG 2000 fragment %1 cannot be read").arg(i)};
            if (bytes)
                codestream.append(reinterpret_cast<const char *>(bytes),
                                  qsizetype(item->getLength()));
        }
        Expected<cv::Mat> frame = decodeCodestream(codestream, layout, depth, path, f + 1);
        if (!frame)
            return frame.error();
        frames.push_back(std::move(*frame));
    }
    return frames;
}

QByteArray encodeJpeg2000Lossless(const cv::Mat &frame, int bitsStored)
{
    const int channels = frame.channels();
    const bool isSigned = frame.depth() == CV_16S;
    std::vector<opj_image_cmptparm_t> components(static_cast<size_t>(channels));
    for (opj_image_cmptparm_t &component : components) {
        std::memset(&component, 0, sizeof component);
        component.dx = component.dy = 1;
        component.w = OPJ_UINT32(frame.cols);
        component.h = OPJ_UINT32(frame.rows);
        component.prec = OPJ_UINT32(bitsStored);
        component.sgnd = isSigned ? 1 : 0;
    }
    ImagePtr image(opj_image_create(OPJ_UINT32(channels), components.data(),
                                    channels == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY));
    if (!image)
        return {};
    image->x1 = OPJ_UINT32(frame.cols);
    image->y1 = OPJ_UINT32(frame.rows);
    const size_t pixels = frame.total();
    const cv::Mat continuous = frame.isContinuous() ? frame : frame.clone();
    for (int c = 0; c < channels; ++c) {
        OPJ_INT32 *out = image->comps[c].data;
        for (size_t i = 0; i < pixels; ++i) {
            const size_t at = i * size_t(channels) + size_t(c);
            switch (frame.depth()) {
            case CV_8U: out[i] = continuous.ptr<quint8>()[at]; break;
            case CV_16U: out[i] = continuous.ptr<quint16>()[at]; break;
            default: out[i] = continuous.ptr<qint16>()[at]; break;
            }
        }
    }
    opj_cparameters_t parameters;
    opj_set_default_encoder_parameters(&parameters);
    parameters.tcp_numlayers = 1;
    parameters.tcp_rates[0] = 0; // lossless
    parameters.cp_disto_alloc = 1;
    parameters.irreversible = 0; // reversible 5/3 wavelet
    parameters.tcp_mct = channels == 3 ? 1 : 0;
    // Each resolution level halves the image; small images allow fewer.
    int levels = 1;
    while (levels < 6 && (std::min(frame.cols, frame.rows) >> levels) > 0)
        ++levels;
    parameters.numresolution = levels;

    QByteArray output;
    MemoryStream memory;
    memory.output = &output;
    CodecPtr codec(opj_create_compress(OPJ_CODEC_J2K));
    StreamPtr stream = makeStream(memory, false);
    if (!opj_setup_encoder(codec.get(), &parameters, image.get()) ||
        !opj_start_compress(codec.get(), image.get(), stream.get()) ||
        !opj_encode(codec.get(), stream.get()) || !opj_end_compress(codec.get(), stream.get()))
        return {};
    return output;
}

} // namespace concord
