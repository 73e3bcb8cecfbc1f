// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli dicom info|render: inspect a DICOM file the way Concord decodes it.
#include "app/cli/commandline.h"

#include "core/imaging/dicomloader.h"
#include "core/imaging/imagecodecs.h"
#include "core/imaging/modalitytransform.h"
#include "core/imaging/windowlevel.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace concord::cli {

static const char *depthName(int depth)
{
    switch (depth) {
    case CV_8U: return "uint8";
    case CV_16U: return "uint16";
    case CV_16S: return "int16";
    default: return "other";
    }
}

// A number as QJsonDocument wrote it before the command moved to nlohmann::json: a whole value
// without a fraction ("-600", not "-600.0"), so scripts reading the output see no change.
static Json number(double value)
{
    constexpr double LargestExactInteger = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::abs(value) < LargestExactInteger)
        return Json(qint64(value));
    return Json(value);
}

static Json optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : Json(nullptr);
}

static Json describe(const Image &image)
{
    const ImageMetadata &meta = image.metadata;
    Json json;
    json["file"] = toStd(meta.sourcePath);
    json["transferSyntaxUid"] = toStd(meta.transferSyntaxUid);
    json["width"] = image.width();
    json["height"] = image.height();
    json["frames"] = int(image.frames.size());
    json["photometricInterpretation"] = toStd(photometricName(meta.photometric));
    json["decodedChannels"] = image.channels();
    json["decodedSampleType"] = depthName(image.frames.front().depth());
    json["bitsAllocated"] = meta.bitsAllocated;
    json["bitsStored"] = meta.bitsStored;
    json["signed"] = meta.isSigned;
    double lo = 0, hi = 0;
    cv::minMaxLoc(image.frames.front().reshape(1), &lo, &hi);
    json["storedRangeFirstFrame"] = Json::array({number(lo), number(hi)});
    json["rescale"] = {{"slope", number(meta.rescaleSlope)},
                       {"intercept", number(meta.rescaleIntercept)},
                       {"type", toStd(meta.rescaleUnit)}};
    // The Modality LUT replaces the rescale when present (PS3.3 C.11.1); render applies it.
    if (meta.modalityLut) {
        const auto [lowest, highest] =
            std::minmax_element(meta.modalityLut->data.begin(), meta.modalityLut->data.end());
        json["modalityLut"] = {{"type", toStd(meta.modalityLutType)},
                               {"explanation", toStd(meta.modalityLut->explanation)},
                               {"entries", int(meta.modalityLut->data.size())},
                               {"firstMappedValue", meta.modalityLut->firstMappedValue},
                               {"bitsPerEntry", meta.modalityLut->bitsPerEntry},
                               {"outputRange", Json::array({int(*lowest), int(*highest)})}};
    } else {
        json["modalityLut"] = nullptr;
    }
    json["modalityValueType"] = toStd(modalityValueType(meta));
    json["pixelPaddingValue"] = optionalNumber(meta.pixelPaddingValue);
    Json windows = Json::array();
    for (const WindowPreset &preset : meta.windowPresets)
        windows.push_back({{"name", toStd(preset.name)},
                           {"center", number(preset.center)},
                           {"width", number(preset.width)}});
    json["windows"] = windows;
    json["voiLutFunction"] =
        meta.voiLutFunction.isEmpty() ? std::string("LINEAR") : toStd(meta.voiLutFunction);
    Json luts = Json::array();
    for (const VoiLut &lut : meta.voiLuts)
        luts.push_back({{"explanation", toStd(lut.explanation)},
                        {"entries", int(lut.data.size())},
                        {"firstMappedValue", lut.firstMappedValue},
                        {"bitsPerEntry", lut.bitsPerEntry}});
    json["voiLuts"] = luts;
    if (meta.pixelSpacing)
        json["pixelSpacing"] = {{"rowMm", number(meta.pixelSpacing->rowMm)},
                                {"columnMm", number(meta.pixelSpacing->columnMm)},
                                {"source", toStd(meta.pixelSpacing->source)}};
    else
        json["pixelSpacing"] = nullptr;
    json["modality"] = toStd(meta.modality);
    json["patientId"] = toStd(meta.patientId);
    json["studyInstanceUid"] = toStd(meta.studyInstanceUid);
    json["seriesInstanceUid"] = toStd(meta.seriesInstanceUid);
    json["sopInstanceUid"] = toStd(meta.sopInstanceUid);
    return json;
}

// A value on one line of the text form: strings bare, null as nothing, the rest as compact JSON.
static QString textOf(const Json &value)
{
    if (value.is_string())
        return fromStd(value.get<std::string>());
    if (value.is_null())
        return QString();
    return fromStd(value.dump());
}

static int runInfo(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("dicom info"),
        concord::tr("Decode a DICOM file and describe what Concord sees."),
        {{QStringLiteral("file"), concord::tr("DICOM file")}},
        {{QStringLiteral("json"), concord::tr("Print one JSON object instead of text.")}});
    if (auto exit = line.parse(arguments, 1, 1))
        return *exit;

    const Expected<Image> image = loadDicom(line.positional().constFirst());
    if (!image)
        return failWith(image.error().toString());
    const Json json = describe(*image);
    if (line.json()) {
        standardOutput() << fromStd(json.dump(4)) << '\n';
    } else {
        // Keys in order, as the JSON object has them.
        for (const auto &[key, value] : json.items())
            standardOutput() << fromStd(key) << ": " << textOf(value) << '\n';
    }
    standardOutput().flush();
    return ExitOk;
}

// The window named on the command line: "C,W", a header preset, "full" or "auto".
static std::optional<WindowLevel> chooseWindow(const CommandLine &line, const Image &image,
                                               const cv::Mat &frame, QString *problem)
{
    const ImageMetadata &meta = image.metadata;
    if (line.isSet(QStringLiteral("window"))) {
        const QStringList parts = line.value(QStringLiteral("window")).split(QLatin1Char(','));
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
    QString preset = line.value(QStringLiteral("preset"));
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
    const Expected<bool> written = writeImageFile(path, out);
    if (!written) {
        *problem = written.error().message;
        return false;
    }
    if (!*written)
        *problem =
            concord::tr("cannot write this image type (%1 channels, %2) in that format; try .tif")
                .arg(pixels.channels())
                .arg(QLatin1String(depthName(pixels.depth())));
    return *written;
}

static int runRender(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("dicom render"),
        concord::tr("Write one frame of a DICOM file as an image: the displayed 8-bit picture "
                    "through a window, or with --raw the decoded stored values (16-bit PGM or "
                    "TIFF)."),
        {{QStringLiteral("file"), concord::tr("DICOM file")}},
        {
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
    if (auto exit = line.parse(arguments, 1, 1))
        return *exit;
    const QString out = line.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        standardError() << "concord-cli: " << concord::tr("dicom render needs --out <file>")
                        << Qt::endl;
        return ExitUsage;
    }
    const QString path = line.positional().constFirst();
    const Expected<Image> image = loadDicom(path);
    if (!image)
        return failWith(image.error().toString());
    bool okFrame = false;
    const QString frameText = line.value(QStringLiteral("frame"));
    const int frame = frameText.toInt(&okFrame);
    if (!okFrame || frame < 0 || frame >= int(image->frames.size()))
        return failWith(concord::tr("%1: no frame %2 (the image has %3)")
                            .arg(path, frameText)
                            .arg(image->frames.size()));
    const cv::Mat &pixels = image->frames[size_t(frame)];

    QString problem;
    cv::Mat result = pixels;
    if (!line.isSet(QStringLiteral("raw"))) {
        const std::optional<WindowLevel> window = chooseWindow(line, *image, pixels, &problem);
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
