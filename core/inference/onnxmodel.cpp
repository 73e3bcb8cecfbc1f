// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/onnxmodel.h"

#include "core/imaging/modalitytransform.h"
#include "core/imaging/tiledimage.h"
#include "core/imaging/windowlevel.h"
#include "core/imaging/windowpresets.h"
#include "core/model/binarymask.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace concord {

struct OnnxModel::Network
{
    cv::dnn::Net net;
};

namespace {

QString shapeText(const cv::Mat &output)
{
    QStringList sizes;
    for (int d = 0; d < output.dims; ++d)
        sizes << QString::number(output.size[d]);
    return QLatin1Char('[') + sizes.join(QStringLiteral(", ")) + QLatin1Char(']');
}

std::vector<double> softmax(const std::vector<double> &scores)
{
    const double top = *std::max_element(scores.begin(), scores.end());
    std::vector<double> result(scores.size());
    double sum = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        result[i] = std::exp(scores[i] - top);
        sum += result[i];
    }
    for (double &p : result)
        p /= sum;
    return result;
}

// The frame a model sees: the first frame, or for a raster too big to decode whole the
// smallest level of its pyramid that is at least the input's size (docs/model-inference.md).
Expected<cv::Mat> sourcePixels(const Image &image, const ModelInput &input, const QString &file)
{
    if (image.isTiled()) {
        const TiledImage &tiled = *image.tiled;
        int chosen = 0;
        for (int level = tiled.levelCount() - 1; level >= 0; --level) {
            const cv::Size size = tiled.levelSize(level);
            if (size.width >= input.width && size.height >= input.height) {
                chosen = level;
                break;
            }
        }
        const cv::Size size = tiled.levelSize(chosen);
        cv::Mat pixels = tiled.region(chosen, cv::Rect(0, 0, size.width, size.height));
        if (pixels.empty())
            return FileError{file, concord::tr("cannot read the image: %1").arg(tiled.lastError())};
        return pixels;
    }
    if (image.isEmpty())
        return FileError{file, concord::tr("the image has no pixels")};
    return image.frames.front();
}

// Stored values to 0-255 floats from the image's lowest to its highest modality value
// (MONOCHROME1 inverted, so that bright means what it means on screen).
cv::Mat minMaxMapped(const cv::Mat &stored, const ImageMetadata &metadata)
{
    cv::Mat modality;
    if (hasModalityTransform(metadata) && stored.depth() != CV_8U) {
        // A Modality LUT need not be linear: map every stored value through it once.
        double lowest = 0;
        double highest = 0;
        cv::minMaxLoc(stored.reshape(1), &lowest, &highest);
        const int first = int(lowest);
        std::vector<float> table(size_t(int(highest) - first + 1));
        for (size_t i = 0; i < table.size(); ++i)
            table[i] = float(modalityValue(double(first + int(i)), metadata));
        cv::Mat values;
        stored.convertTo(values, CV_32S);
        modality.create(stored.size(), CV_MAKETYPE(CV_32F, stored.channels()));
        const cv::Mat flatValues = values.reshape(1);
        cv::Mat flatModality = modality.reshape(1);
        for (int r = 0; r < flatValues.rows; ++r) {
            const int *in = flatValues.ptr<int>(r);
            float *out = flatModality.ptr<float>(r);
            for (int c = 0; c < flatValues.cols; ++c)
                out[c] = table[size_t(in[c] - first)];
        }
    } else if (hasModalityTransform(metadata)) {
        stored.convertTo(modality, CV_32F, metadata.rescaleSlope, metadata.rescaleIntercept);
    } else {
        stored.convertTo(modality, CV_32F);
    }
    double lowest = 0;
    double highest = 0;
    cv::minMaxLoc(modality.reshape(1), &lowest, &highest);
    const double range = highest - lowest;
    cv::Mat mapped;
    if (range <= 0) {
        mapped = cv::Mat(modality.size(), modality.type(), cv::Scalar::all(0));
    } else {
        modality.convertTo(mapped, CV_32F, 255.0 / range, -lowest * 255.0 / range);
    }
    if (metadata.photometric == Photometric::Monochrome1)
        mapped = 255.0 - mapped;
    return mapped;
}

} // namespace

double topProbabilityUncertainty(const std::vector<double> &probabilities)
{
    if (probabilities.empty())
        return 0;
    return std::clamp(1.0 - *std::max_element(probabilities.begin(), probabilities.end()), 0.0,
                      1.0);
}

double marginUncertainty(const std::vector<double> &probabilities)
{
    if (probabilities.size() < 2)
        return topProbabilityUncertainty(probabilities);
    std::vector<double> sorted = probabilities;
    std::partial_sort(sorted.begin(), sorted.begin() + 2, sorted.end(), std::greater<>());
    return std::clamp(1.0 - (sorted[0] - sorted[1]), 0.0, 1.0);
}

double normalizedEntropy(const std::vector<double> &probabilities)
{
    if (probabilities.size() < 2)
        return 0;
    double entropy = 0;
    for (double p : probabilities) {
        if (p > 0)
            entropy -= p * std::log(p);
    }
    return std::clamp(entropy / std::log(double(probabilities.size())), 0.0, 1.0);
}

Expected<cv::Mat> modelInputPixels(const Image &image, const ModelInput &input, const QString &file)
{
    const Expected<cv::Mat> source = sourcePixels(image, input, file);
    if (!source)
        return source.error();
    const cv::Mat &stored = *source;
    if (stored.channels() != 1 && stored.channels() != 3)
        return FileError{file, concord::tr("images with %n channel(s) cannot be given to a model",
                                           nullptr, stored.channels())};
    cv::Mat mapped;
    if (input.intensity == IntensityMapping::DisplayWindow) {
        const WindowLevel window = initialWindow(image.metadata, stored);
        cv::Mat display = DisplayLut(image.metadata, stored.depth(), window).apply(stored);
        display.convertTo(mapped, CV_32F);
    } else {
        mapped = minMaxMapped(stored, image.metadata);
    }
    if (mapped.channels() == 3 && input.channels == 1)
        cv::cvtColor(mapped, mapped, cv::COLOR_RGB2GRAY);
    else if (mapped.channels() == 1 && input.channels == 3)
        cv::cvtColor(mapped, mapped, cv::COLOR_GRAY2RGB);
    const cv::Size size(input.width, input.height);
    if (mapped.size() != size) {
        const bool shrinking = mapped.cols > size.width || mapped.rows > size.height;
        cv::resize(mapped, mapped, size, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    return mapped;
}

OnnxModel::OnnxModel(ModelDescription description, std::vector<int> labelIds,
                     std::unique_ptr<Network> network)
    : m_description(std::move(description))
    , m_labelIds(std::move(labelIds))
    , m_network(std::move(network))
{}

OnnxModel::OnnxModel(OnnxModel &&) noexcept = default;
OnnxModel &OnnxModel::operator=(OnnxModel &&) noexcept = default;
OnnxModel::~OnnxModel() = default;

Expected<OnnxModel> OnnxModel::load(const ModelDescription &description, std::vector<int> labelIds)
{
    if (description.task != ModelTask::Embedding && labelIds.size() != description.classes.size())
        return FileError{description.descriptionPath,
                         concord::tr("the classes are not matched to labels")};
    auto network = std::make_unique<Network>();
    try {
        network->net = cv::dnn::readNetFromONNX(description.modelPath.toStdString());
    } catch (const cv::Exception &error) {
        // OpenCV's message names its own source file; what the user needs is which model and
        // that it is no ONNX model OpenCV can read.
        return FileError{description.modelPath,
                         concord::tr("cannot load the ONNX model (damaged, or uses operators "
                                     "OpenCV %1 does not support): %2")
                             .arg(QLatin1String(CV_VERSION), QString::fromStdString(error.err))};
    }
    if (network->net.empty())
        return FileError{description.modelPath, concord::tr("the ONNX model has no layers")};
    network->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    network->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    return OnnxModel(description, std::move(labelIds), std::move(network));
}

Expected<cv::Mat> OnnxModel::forward(const Image &image, const QString &file)
{
    const ModelInput &input = m_description.input;
    const Expected<cv::Mat> pixels = modelInputPixels(image, input, file);
    if (!pixels)
        return pixels.error();
    // NCHW: one plane per channel, each value (v * scale - mean) / std.
    const int shape[] = {1, input.channels, input.height, input.width};
    cv::Mat blob(4, shape, CV_32F);
    std::vector<cv::Mat> channels;
    cv::split(*pixels, channels);
    for (int c = 0; c < input.channels; ++c) {
        cv::Mat plane(input.height, input.width, CV_32F, blob.ptr<float>(0, c));
        const double deviation = input.std[size_t(c)];
        channels[size_t(c)].convertTo(plane, CV_32F, input.scale / deviation,
                                      -input.mean[size_t(c)] / deviation);
    }
    cv::Mat output;
    try {
        m_network->net.setInput(blob);
        output = m_description.output.tensorName.isEmpty()
                     ? m_network->net.forward()
                     : m_network->net.forward(m_description.output.tensorName.toStdString());
    } catch (const cv::Exception &error) {
        return FileError{m_description.modelPath,
                         concord::tr("the model failed to run on a [1, %1, %2, %3] input (see "
                                     "\"input\" in %4): %5")
                             .arg(input.channels)
                             .arg(input.height)
                             .arg(input.width)
                             .arg(QDir::toNativeSeparators(m_description.descriptionPath),
                                  QString::fromStdString(error.err))};
    }
    if (const MaybeError mismatch = checkOutputShape(output))
        return *mismatch;
    return output;
}

MaybeError OnnxModel::checkOutputShape(const cv::Mat &output) const
{
    const int classes = int(m_description.classes.size());
    const auto dim = [&](int d) { return d < output.dims ? output.size[d] : -1; };
    QString expected;
    bool matches = output.type() == CV_32F;
    switch (m_description.task) {
    case ModelTask::Classification:
        expected = concord::tr("[1, %1] (one score per class in \"classes\")").arg(classes);
        matches = matches && dim(0) == 1 && dim(1) == classes &&
                  (output.dims == 2 || (output.dims == 4 && dim(2) == 1 && dim(3) == 1));
        break;
    case ModelTask::Detection:
        expected = concord::tr("[1, N, 6] (x1, y1, x2, y2, score, class per row)");
        matches = matches && output.dims == 3 && dim(0) == 1 && dim(2) == 6;
        break;
    case ModelTask::Segmentation:
        expected =
            concord::tr("[1, %1, H, W] (one score map per class in \"classes\")").arg(classes);
        matches = matches && output.dims == 4 && dim(0) == 1 && dim(1) == classes;
        break;
    case ModelTask::Embedding: {
        const int declared = m_description.output.dimension;
        expected =
            declared > 0 ? QStringLiteral("[1, %1]").arg(declared) : QStringLiteral("[1, D]");
        matches = matches && dim(0) == 1 && (declared == 0 || dim(1) == declared) &&
                  (output.dims == 2 || (output.dims == 4 && dim(2) == 1 && dim(3) == 1));
        break;
    }
    }
    if (matches)
        return std::nullopt;
    return FileError{m_description.descriptionPath,
                     concord::tr("the output of %1 does not match the description: it is %2, a "
                                 "%3 model's output must be %4")
                         .arg(QFileInfo(m_description.modelPath).fileName(), shapeText(output),
                              modelTaskName(m_description.task), expected)};
}

Expected<ModelPrediction> OnnxModel::predict(const Image &image, const QString &itemId,
                                             const QString &file)
{
    if (m_description.task == ModelTask::Embedding)
        return FileError{m_description.descriptionPath,
                         concord::tr("an embedding model makes no pre-labels")};
    const Expected<cv::Mat> output = forward(image, file);
    if (!output)
        return output.error();
    const cv::Size imageSize(image.width(), image.height());
    switch (m_description.task) {
    case ModelTask::Classification: return classify(*output, itemId);
    case ModelTask::Detection: return detect(*output, itemId, imageSize);
    case ModelTask::Segmentation: return segment(*output, itemId, imageSize);
    case ModelTask::Embedding: break;
    }
    return FileError{m_description.descriptionPath, concord::tr("unknown task")};
}

Image blankInputImage(const ModelInput &input)
{
    Image blank;
    blank.frames = {cv::Mat(input.height, input.width, input.channels == 3 ? CV_8UC3 : CV_8UC1,
                            cv::Scalar::all(0))};
    blank.metadata.width = input.width;
    blank.metadata.height = input.height;
    blank.metadata.frameCount = 1;
    blank.metadata.samplesPerPixel = input.channels;
    blank.metadata.photometric = input.channels == 3 ? Photometric::Rgb : Photometric::Monochrome2;
    return blank;
}

Expected<std::vector<float>> OnnxModel::embed(const Image &image, const QString &file)
{
    if (m_description.task != ModelTask::Embedding)
        return FileError{
            m_description.descriptionPath,
            concord::tr("a %1 model gives no embedding").arg(modelTaskName(m_description.task))};
    const Expected<cv::Mat> output = forward(image, file);
    if (!output)
        return output.error();
    const float *values = output->ptr<float>();
    return std::vector<float>(values, values + output->total());
}

Expected<ModelPrediction> OnnxModel::classify(const cv::Mat &output, const QString &itemId) const
{
    const float *values = output.ptr<float>();
    std::vector<double> scores(values, values + output.total());
    ModelPrediction prediction;
    prediction.probabilities = m_description.output.softmax ? softmax(scores) : scores;
    for (double &p : prediction.probabilities)
        p = std::clamp(p, 0.0, 1.0);
    prediction.uncertainty = topProbabilityUncertainty(prediction.probabilities);
    const auto best =
        size_t(std::max_element(prediction.probabilities.begin(), prediction.probabilities.end()) -
               prediction.probabilities.begin());
    if (m_labelIds[best] != 0) {
        Suggestion suggestion;
        suggestion.itemId = itemId;
        suggestion.kind = SuggestionKind::ImageLabel;
        suggestion.labelId = m_labelIds[best];
        suggestion.score = prediction.probabilities[best];
        prediction.suggestions.push_back(std::move(suggestion));
    }
    return prediction;
}

namespace {

struct Candidate
{
    cv::Rect2d box;
    double score = 0;
    size_t modelClass = 0;
};

double intersectionOverUnion(const cv::Rect2d &a, const cv::Rect2d &b)
{
    const double intersection = (a & b).area();
    const double united = a.area() + b.area() - intersection;
    return united > 0 ? intersection / united : 0.0;
}

} // namespace

Expected<ModelPrediction> OnnxModel::detect(const cv::Mat &output, const QString &itemId,
                                            cv::Size imageSize) const
{
    const ModelOutput &layout = m_description.output;
    const int rows = output.size[1];
    const float *values = output.ptr<float>();
    // From the model's units to image pixels: the input was the image stretched to its size.
    const double toInputX = layout.boxUnits == BoxUnits::Normalized ? m_description.input.width : 1;
    const double toInputY =
        layout.boxUnits == BoxUnits::Normalized ? m_description.input.height : 1;
    const double scaleX = toInputX * imageSize.width / m_description.input.width;
    const double scaleY = toInputY * imageSize.height / m_description.input.height;
    std::vector<Candidate> candidates;
    for (int r = 0; r < rows; ++r) {
        const float *row = values + size_t(r) * 6;
        const double score = row[4];
        if (!std::isfinite(score) || score < layout.scoreThreshold)
            continue;
        const double classValue = std::round(row[5]);
        if (!(classValue >= 0 && classValue < double(m_labelIds.size())))
            return FileError{m_description.descriptionPath,
                             concord::tr("the model gave class %1 in row %2 of its output, but "
                                         "\"classes\" lists %n class(es)",
                                         nullptr, int(m_labelIds.size()))
                                 .arg(double(row[5]))
                                 .arg(r)};
        const auto modelClass = size_t(classValue);
        if (m_labelIds[modelClass] == 0)
            continue;
        const cv::Rect2d box(row[0] * scaleX, row[1] * scaleY, (row[2] - row[0]) * scaleX,
                             (row[3] - row[1]) * scaleY);
        const cv::Rect2d clipped = box & cv::Rect2d(0, 0, imageSize.width, imageSize.height);
        if (!(clipped.width > 0 && clipped.height > 0))
            continue;
        candidates.push_back({clipped, std::min(score, 1.0), modelClass});
    }
    // Greedy non-maximum suppression within each class, best score first.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    std::vector<Candidate> kept;
    for (const Candidate &candidate : candidates) {
        const bool suppressed = std::any_of(kept.begin(), kept.end(), [&](const Candidate &k) {
            return k.modelClass == candidate.modelClass &&
                   intersectionOverUnion(k.box, candidate.box) > layout.nmsIou;
        });
        if (!suppressed)
            kept.push_back(candidate);
    }
    ModelPrediction prediction;
    // Nothing found is a confident "nothing here" (docs/model-inference.md).
    prediction.uncertainty = kept.empty() ? 0.0 : 1.0 - kept.front().score;
    for (const Candidate &candidate : kept) {
        Suggestion suggestion;
        suggestion.itemId = itemId;
        suggestion.kind = SuggestionKind::Box;
        suggestion.labelId = m_labelIds[candidate.modelClass];
        suggestion.score = candidate.score;
        suggestion.rect = {candidate.box.x, candidate.box.y, candidate.box.width,
                           candidate.box.height};
        prediction.suggestions.push_back(std::move(suggestion));
    }
    return prediction;
}

Expected<ModelPrediction> OnnxModel::segment(const cv::Mat &output, const QString &itemId,
                                             cv::Size imageSize) const
{
    const int classes = output.size[1];
    const int height = output.size[2];
    const int width = output.size[3];
    std::vector<cv::Mat> planes;
    planes.reserve(static_cast<size_t>(classes));
    for (int c = 0; c < classes; ++c)
        planes.emplace_back(height, width, CV_32F,
                            const_cast<float *>(output.ptr<float>(0, c))); // NOLINT: read only
    std::vector<cv::Mat1f> probabilities(static_cast<size_t>(classes));
    for (int c = 0; c < classes; ++c)
        probabilities[size_t(c)] = planes[size_t(c)].clone();
    // Per pixel: the softmax when the model gives logits, then entropy and top probability.
    double entropySum = 0;
    double topSum = 0;
    std::vector<double> pixel(static_cast<size_t>(classes));
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < classes; ++c)
                pixel[size_t(c)] = probabilities[size_t(c)](y, x);
            if (m_description.output.softmax)
                pixel = softmax(pixel);
            for (int c = 0; c < classes; ++c) {
                pixel[size_t(c)] = std::clamp(pixel[size_t(c)], 0.0, 1.0);
                probabilities[size_t(c)](y, x) = float(pixel[size_t(c)]);
            }
            entropySum += normalizedEntropy(pixel);
            topSum += *std::max_element(pixel.begin(), pixel.end());
        }
    }
    const double pixels = double(width) * height;
    ModelPrediction prediction;
    prediction.uncertainty = pixels > 0 ? entropySum / pixels : 0.0;
    prediction.meanTopProbabilityUncertainty = pixels > 0 ? 1.0 - topSum / pixels : 0.0;
    // Probabilities resized to the image, then the arg max: smoother edges than resizing the
    // class map.
    cv::Mat_<quint16> classMap(imageSize, 0);
    cv::Mat1f best(imageSize, -1.0f);
    std::vector<cv::Mat1f> resized(static_cast<size_t>(classes));
    for (int c = 0; c < classes; ++c) {
        cv::resize(probabilities[size_t(c)], resized[size_t(c)], imageSize, 0, 0, cv::INTER_LINEAR);
        const cv::Mat1b better = resized[size_t(c)] > best;
        resized[size_t(c)].copyTo(best, better);
        classMap.setTo(c, better);
    }
    for (int c = 0; c < classes; ++c) {
        if (m_labelIds[size_t(c)] == 0)
            continue;
        const cv::Mat1b inClass = classMap == c;
        const int area = cv::countNonZero(inClass);
        if (area == 0)
            continue;
        Suggestion suggestion;
        suggestion.itemId = itemId;
        suggestion.kind = SuggestionKind::Mask;
        suggestion.labelId = m_labelIds[size_t(c)];
        suggestion.score = std::clamp(cv::mean(resized[size_t(c)], inClass)[0], 0.0, 1.0);
        suggestion.mask = maskFromImage(inClass);
        prediction.suggestions.push_back(std::move(suggestion));
    }
    return prediction;
}

} // namespace concord
