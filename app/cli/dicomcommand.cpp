// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli dicom info|render: inspect a DICOM file the way Concord decodes it.
#include "app/cli/clicommand.h"

#include "core/imaging/dicomloader.h"
#include "core/imaging/modalitytransform.h"
#include "core/imaging/windowlevel.h"
#include "core/util/translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace concord::cli {

// QCommandLineParser names the executable in its usage line; name the sub-command instead.
static QString helpText(const QCommandLineParser &parser, const QString &sub)
{
    QString text = parser.helpText();
    const qsizetype endOfUsage = text.indexOf(QLatin1Char('\n'));
    text.replace(0, endOfUsage,
                 concord::tr("Usage: concord-cli dicom %1 <file> [options]").arg(sub));
    return text;
}

// Parses `arguments` (after "dicom <sub>") with `parser`; prints help or usage errors.
// Returns -1 to go on, or the exit code to return.
static int parseArguments(QCommandLineParser &parser, const QString &sub,
                          const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("concord-cli dicom ") + sub} + arguments)) {
        standardError() << "concord-cli: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        standardOutput() << helpText(parser, sub);
        standardOutput().flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        standardError() << helpText(parser, sub);
        return ExitUsage;
    }
    return -1;
}

static const char *depthName(int depth)
{
    switch (depth) {
    case CV_8U: return "uint8";
    case CV_16U: return "uint16";
    case CV_16S: return "int16";
    default: return "other";
    }
}

static QJsonObject describe(const Image &image)
{
    const ImageMetadata &meta = image.metadata;
    QJsonObject json;
    json[QStringLiteral("file")] = meta.sourcePath;
    json[QStringLiteral("transferSyntaxUid")] = meta.transferSyntaxUid;
    json[QStringLiteral("width")] = image.width();
    json[QStringLiteral("height")] = image.height();
    json[QStringLiteral("frames")] = int(image.frames.size());
    json[QStringLiteral("photometricInterpretation")] = photometricName(meta.photometric);
    json[QStringLiteral("decodedChannels")] = image.channels();
    json[QStringLiteral("decodedSampleType")] =
        QLatin1String(depthName(image.frames.front().depth()));
    json[QStringLiteral("bitsAllocated")] = meta.bitsAllocated;
    json[QStringLiteral("bitsStored")] = meta.bitsStored;
    json[QStringLiteral("signed")] = meta.isSigned;
    double lo = 0, hi = 0;
    cv::minMaxLoc(image.frames.front().reshape(1), &lo, &hi);
    json[QStringLiteral("storedRangeFirstFrame")] = QJsonArray{lo, hi};
    json[QStringLiteral("rescale")] =
        QJsonObject{{QStringLiteral("slope"), meta.rescaleSlope},
                    {QStringLiteral("intercept"), meta.rescaleIntercept},
                    {QStringLiteral("type"), meta.rescaleUnit}};
    // The Modality LUT replaces the rescale when present (PS3.3 C.11.1); render applies it.
    if (meta.modalityLut) {
        const auto [lowest, highest] =
            std::minmax_element(meta.modalityLut->data.begin(), meta.modalityLut->data.end());
        json[QStringLiteral("modalityLut")] =
            QJsonObject{{QStringLiteral("type"), meta.modalityLutType},
                        {QStringLiteral("explanation"), meta.modalityLut->explanation},
                        {QStringLiteral("entries"), int(meta.modalityLut->data.size())},
                        {QStringLiteral("firstMappedValue"), meta.modalityLut->firstMappedValue},
                        {QStringLiteral("bitsPerEntry"), meta.modalityLut->bitsPerEntry},
                        {QStringLiteral("outputRange"), QJsonArray{int(*lowest), int(*highest)}}};
    } else {
        json[QStringLiteral("modalityLut")] = QJsonValue();
    }
    json[QStringLiteral("modalityValueType")] = modalityValueType(meta);
    json[QStringLiteral("pixelPaddingValue")] =
        meta.pixelPaddingValue ? QJsonValue(*meta.pixelPaddingValue) : QJsonValue();
    QJsonArray windows;
    for (const WindowPreset &preset : meta.windowPresets)
        windows.append(QJsonObject{{QStringLiteral("name"), preset.name},
                                   {QStringLiteral("center"), preset.center},
                                   {QStringLiteral("width"), preset.width}});
    json[QStringLiteral("windows")] = windows;
    json[QStringLiteral("voiLutFunction")] =
        meta.voiLutFunction.isEmpty() ? QStringLiteral("LINEAR") : meta.voiLutFunction;
    QJsonArray luts;
    for (const VoiLut &lut : meta.voiLuts)
        luts.append(QJsonObject{{QStringLiteral("explanation"), lut.explanation},
                                {QStringLiteral("entries"), int(lut.data.size())},
                                {QStringLiteral("firstMappedValue"), lut.firstMappedValue},
                                {QStringLiteral("bitsPerEntry"), lut.bitsPerEntry}});
    json[QStringLiteral("voiLuts")] = luts;
    if (meta.pixelSpacing)
        json[QStringLiteral("pixelSpacing")] =
            QJsonObject{{QStringLiteral("rowMm"), meta.pixelSpacing->rowMm},
                        {QStringLiteral("columnMm"), meta.pixelSpacing->columnMm},
                        {QStringLiteral("source"), meta.pixelSpacing->source}};
    else
        json[QStringLiteral("pixelSpacing")] = QJsonValue();
    json[QStringLiteral("modality")] = meta.modality;
    json[QStringLiteral("patientId")] = meta.patientId;
    json[QStringLiteral("studyInstanceUid")] = meta.studyInstanceUid;
    json[QStringLiteral("seriesInstanceUid")] = meta.seriesInstanceUid;
    json[QStringLiteral("sopInstanceUid")] = meta.sopInstanceUid;
    return json;
}

static int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        concord::tr("Decode a DICOM file and describe what Concord sees."));
    parser.addPositionalArgument(QStringLiteral("file"), concord::tr("DICOM file"));
    parser.addOption(
        {QStringLiteral("json"), concord::tr("Print one JSON object instead of text.")});
    if (const int code = parseArguments(parser, QStringLiteral("info"), arguments); code >= 0)
        return code;

    const Expected<Image> image = loadDicom(parser.positionalArguments().front());
    if (!image)
        return failWith(image.error().toString());
    const QJsonObject json = describe(*image);
    if (parser.isSet(QStringLiteral("json"))) {
        standardOutput() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (auto it = json.begin(); it != json.end(); ++it) {
            const QJsonValue value = it.value();
            const QString text =
                value.isObject() || value.isArray()
                    ? QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant())
                                            .toJson(QJsonDocument::Compact))
                    : value.toVariant().toString();
            standardOutput() << it.key() << ": " << text << '\n';
        }
    }
    standardOutput().flush();
    return ExitOk;
}

// The window named on the command line: "C,W", a header preset, "full" or "auto".
static std::optional<WindowLevel> chooseWindow(const QCommandLineParser &parser, const Image &image,
                                               const cv::Mat &frame, QString *problem)
{
    const ImageMetadata &meta = image.metadata;
    if (parser.isSet(QStringLiteral("window"))) {
        const QStringList parts = parser.value(QStringLiteral("window")).split(QLatin1Char(','));
        bool okCenter = false, okWidth = false;
        WindowLevel window;
        if (parts.size() == 2) {
            window.center = parts[0].toDouble(&okCenter);
            window.width = parts[1].toDouble(&okWidth);
        }
        if (!okCenter || !okWidth || window.width <= 0) {
            *problem = concord::tr("--window needs CENTER,WIDTH with a positive width");
            return std::nullopt;
        }
        window.function = voiFunctionOf(meta);
        return window;
    }
    QString preset = parser.value(QStringLiteral("preset"));
    if (preset.isEmpty())
        preset = meta.windowPresets.empty() || image.channels() == 3
                     ? QStringLiteral("full")
                     : meta.windowPresets.front().name;
    if (preset == QLatin1String("full"))
        return fullRangeWindow(meta, frame.depth());
    if (preset == QLatin1String("auto"))
        return percentileWindow(frame, meta);
    for (const WindowPreset &candidate : meta.windowPresets) {
        if (candidate.name.compare(preset, Qt::CaseInsensitive) == 0)
            return WindowLevel{candidate.center, candidate.width, voiFunctionOf(meta), false};
    }
    QStringList names{QStringLiteral("full"), QStringLiteral("auto")};
    for (const WindowPreset &candidate : meta.windowPresets)
        names.append(candidate.name);
    *problem = concord::tr("no window preset '%1' (available: %2)")
                   .arg(preset, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

// OpenCV converts what a format cannot hold (negative values, extra channels) without saying
// so; raw output must never lose data silently, so such combinations are refused.
static bool formatHolds(const QString &path, const cv::Mat &pixels, QString *problem)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool tiff = suffix == QLatin1String("tif") || suffix == QLatin1String("tiff");
    if (pixels.depth() == CV_16S && !tiff) {
        *problem = concord::tr("signed values need a .tif output");
        return false;
    }
    if (suffix == QLatin1String("pgm") && pixels.channels() != 1) {
        *problem = concord::tr("a .pgm holds one channel; use .ppm or .tif for colour");
        return false;
    }
    if (suffix == QLatin1String("ppm") && pixels.channels() != 3) {
        *problem = concord::tr("a .ppm holds colour; use .pgm or .tif for greyscale");
        return false;
    }
    return true;
}

static bool writeImage(const QString &path, const cv::Mat &pixels, QString *problem)
{
    if (!formatHolds(path, pixels, problem))
        return false;
    cv::Mat out = pixels;
    if (pixels.channels() == 3)
        cv::cvtColor(pixels, out, cv::COLOR_RGB2BGR); // OpenCV writes BGR; the file gets RGB
    try {
        if (cv::imwrite(QFile::encodeName(path).toStdString(), out))
            return true;
        *problem =
            concord::tr("cannot write this image type (%1 channels, %2) in that format; try .tif")
                .arg(pixels.channels())
                .arg(QLatin1String(depthName(pixels.depth())));
    } catch (const cv::Exception &error) {
        *problem = QString::fromStdString(error.msg);
    }
    return false;
}

static int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Write one frame of a DICOM file as an image: the displayed 8-bit picture through a "
        "window, or with --raw the decoded stored values (16-bit PGM or TIFF)."));
    parser.addPositionalArgument(QStringLiteral("file"), concord::tr("DICOM file"));
    parser.addOptions({
        {QStringLiteral("out"), concord::tr("Output image (.png, .pgm, .tif ...)."),
         concord::tr("file")},
        {QStringLiteral("frame"), concord::tr("Frame to render, from 0 (default 0)."),
         concord::tr("N"), QStringLiteral("0")},
        {QStringLiteral("raw"),
         concord::tr("Write stored values, one channel per sample, no window.")},
        {QStringLiteral("window"), concord::tr("Window as CENTER,WIDTH in modality units."),
         concord::tr("C,W")},
        {QStringLiteral("preset"),
         concord::tr(
             "A header window by name, 'full' or 'auto' (percentiles). Default: first header "
             "window, else full."),
         concord::tr("name")},
    });
    if (const int code = parseArguments(parser, QStringLiteral("render"), arguments); code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        standardError() << "concord-cli: " << concord::tr("dicom render needs --out <file>")
                        << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().front();
    const Expected<Image> image = loadDicom(path);
    if (!image)
        return failWith(image.error().toString());
    bool okFrame = false;
    const int frame = parser.value(QStringLiteral("frame")).toInt(&okFrame);
    if (!okFrame || frame < 0 || frame >= int(image->frames.size()))
        return failWith(concord::tr("%1: no frame %2 (the image has %3)")
                            .arg(path, parser.value(QStringLiteral("frame")))
                            .arg(image->frames.size()));
    const cv::Mat &pixels = image->frames[size_t(frame)];

    QString problem;
    cv::Mat result = pixels;
    if (!parser.isSet(QStringLiteral("raw"))) {
        const std::optional<WindowLevel> window = chooseWindow(parser, *image, pixels, &problem);
        if (!window)
            return failWith(QStringLiteral("%1: %2").arg(path, problem));
        result = DisplayLut(image->metadata, pixels.depth(), *window).apply(pixels);
    }
    if (!writeImage(out, result, &problem))
        return failWith(QStringLiteral("%1: %2").arg(out, problem));
    return ExitOk;
}

int runDicomCommand(const QStringList &arguments)
{
    const QString usage =
        concord::tr("Usage: concord-cli dicom <info|render> <file> [options]\n"
                    "  info     describe the decoded image (--json for JSON)\n"
                    "  render   write a frame as an image (--out, --raw, --window, --preset)\n"
                    "Run 'concord-cli dicom <info|render> --help' for details.\n");
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("info"))
        return runInfo(arguments.mid(1));
    if (sub == QLatin1String("render"))
        return runRender(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        standardOutput() << usage;
        standardOutput().flush();
        return ExitOk;
    }
    standardError() << usage;
    return ExitUsage;
}

} // namespace concord::cli
