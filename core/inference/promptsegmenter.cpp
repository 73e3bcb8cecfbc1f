// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/promptsegmenter.h"

#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QFile>
#include <QStringList>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <list>
#include <mutex>

namespace concord {

namespace {

// Where the image lands in the encoder input: scaled to `resized` at the top left of `input`
// (equal for "stretch"; the rest is padding for "longest_side").
struct InputGeometry
{
    cv::Size input;
    cv::Size resized;
    double scaleX = 1;
    double scaleY = 1;
};

InputGeometry geometryFor(const PromptSegmenterModel &model, cv::Size image)
{
    InputGeometry geometry;
    geometry.input = {model.input.width, model.input.height};
    if (model.resize == PromptResize::Stretch) {
        geometry.resized = geometry.input;
    } else {
        const double scale = std::min(double(geometry.input.width) / image.width,
                                      double(geometry.input.height) / image.height);
        geometry.resized = {
            std::clamp(int(std::lround(image.width * scale)), 1, geometry.input.width),
            std::clamp(int(std::lround(image.height * scale)), 1, geometry.input.height)};
    }
    geometry.scaleX = double(geometry.resized.width) / image.width;
    geometry.scaleY = double(geometry.resized.height) / image.height;
    return geometry;
}

QString shapeText(const cv::Mat &blob)
{
    QStringList sizes;
    for (int i = 0; i < blob.dims; ++i)
        sizes << QString::number(blob.size[i]);
    return QLatin1Char('[') + sizes.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// OpenCV's messages run over several lines and name its own source files; the first line that
// says what went wrong is enough for the user.
QString openCvReason(const cv::Exception &error)
{
    QString reason = QString::fromStdString(error.err).trimmed();
    if (reason.isEmpty())
        reason = QString::fromStdString(error.what()).trimmed();
    return reason.section(QLatin1Char('\n'), 0, 0);
}

// The [1, C, H, W] input blob: the displayed grey levels resized, scaled and normalised per
// channel as the description says, padded with zeros (after normalisation, as SAM pads).
cv::Mat encoderInput(const PromptSegmenterModel &model, const cv::Mat1b &pixels,
                     const InputGeometry &geometry)
{
    cv::Mat resized;
    const bool shrinking = geometry.resized.width < pixels.cols;
    cv::resize(pixels, resized, geometry.resized, 0, 0,
               shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    const int channels = model.input.channels;
    const int dims[] = {1, channels, geometry.input.height, geometry.input.width};
    cv::Mat blob(4, dims, CV_32F, cv::Scalar(0));
    for (int c = 0; c < channels; ++c) {
        cv::Mat plane(geometry.input.height, geometry.input.width, CV_32F, blob.ptr<float>(0, c));
        cv::Mat target = plane(cv::Rect(cv::Point(0, 0), geometry.resized));
        const double factor = model.input.scale / model.input.std[size_t(c)];
        const double offset = -model.input.mean[size_t(c)] / model.input.std[size_t(c)];
        resized.convertTo(target, CV_32F, factor, offset);
    }
    return blob;
}

cv::Mat constantBlob(const std::vector<int> &shape, float value)
{
    return cv::Mat(int(shape.size()), shape.data(), CV_32F, cv::Scalar(value));
}

} // namespace

struct PromptSegmenter::State
{
    struct CachedEmbedding
    {
        QString key;
        cv::Mat embedding;
        qint64 bytes = 0;
    };

    cv::dnn::Net encoder;
    cv::dnn::Net decoder;
    qint64 cacheLimit = 0;
    mutable std::mutex mutex;
    std::list<CachedEmbedding> cache; // most recently used first
    qint64 cacheBytes = 0;
    int encoderRuns = 0;

    const cv::Mat *find(const QString &key)
    {
        const auto it = std::find_if(cache.begin(), cache.end(), [&](const CachedEmbedding &entry) {
            return entry.key == key;
        });
        if (it == cache.end())
            return nullptr;
        cache.splice(cache.begin(), cache, it);
        return &cache.front().embedding;
    }

    // Keeps the newest embedding even when it alone exceeds the limit: the prompts on the image
    // in front of the reader need it.
    void insert(const QString &key, cv::Mat embedding)
    {
        const auto bytes = qint64(embedding.total()) * qint64(embedding.elemSize());
        cache.push_front({key, std::move(embedding), bytes});
        cacheBytes += bytes;
        while (cache.size() > 1 && cacheBytes > cacheLimit) {
            cacheBytes -= cache.back().bytes;
            cache.pop_back();
        }
    }
};

PromptImage makePromptImage(const QString &itemId, const QString &window, const cv::Mat1b &pixels)
{
    PromptImage image{itemId, window, pixels, {}};
    const cv::Mat1b continuous = pixels.isContinuous() ? pixels : cv::Mat1b(pixels.clone());
    const std::string digest = sha256Hex(reinterpret_cast<const char *>(continuous.data),
                                         continuous.total() * continuous.elemSize());
    image.key = QStringLiteral("%1\n%2\n%3x%4\n%5")
                    .arg(itemId, window)
                    .arg(pixels.cols)
                    .arg(pixels.rows)
                    .arg(QString::fromStdString(digest));
    return image;
}

PromptSegmenter::PromptSegmenter(PromptSegmenterModel model, std::unique_ptr<State> state)
    : m_model(std::move(model))
    , m_state(std::move(state))
{}

PromptSegmenter::~PromptSegmenter() = default;

Expected<std::unique_ptr<PromptSegmenter>> PromptSegmenter::load(PromptSegmenterModel model,
                                                                 qint64 cacheBytes)
{
    auto readNetwork = [](const QString &path) -> Expected<cv::dnn::Net> {
        try {
            cv::dnn::Net net = cv::dnn::readNetFromONNX(QFile::encodeName(path).toStdString());
            if (net.empty())
                return FileError{path, concord::tr("holds no network")};
            return net;
        } catch (const cv::Exception &error) {
            return FileError{
                path, concord::tr("cannot be read as an ONNX model: %1").arg(openCvReason(error))};
        }
    };
    Expected<cv::dnn::Net> encoder = readNetwork(model.encoderPath);
    if (!encoder)
        return encoder.error();
    Expected<cv::dnn::Net> decoder = readNetwork(model.decoderPath);
    if (!decoder)
        return decoder.error();
    auto state = std::make_unique<State>();
    state->encoder = *encoder;
    state->decoder = *decoder;
    state->cacheLimit = cacheBytes;
    return std::unique_ptr<PromptSegmenter>(
        new PromptSegmenter(std::move(model), std::move(state)));
}

bool PromptSegmenter::hasEmbedding(const PromptImage &image) const
{
    const std::lock_guard lock(m_state->mutex);
    return std::any_of(m_state->cache.begin(), m_state->cache.end(),
                       [&](const State::CachedEmbedding &entry) { return entry.key == image.key; });
}

int PromptSegmenter::encoderRuns() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->encoderRuns;
}

int PromptSegmenter::cachedEmbeddings() const
{
    const std::lock_guard lock(m_state->mutex);
    return int(m_state->cache.size());
}

qint64 PromptSegmenter::cachedBytes() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->cacheBytes;
}

MaybeError PromptSegmenter::encode(const PromptImage &image)
{
    const std::lock_guard lock(m_state->mutex);
    const Expected<cv::Mat> embedding = embeddingLocked(image);
    if (!embedding)
        return embedding.error();
    return std::nullopt;
}

Expected<cv::Mat> PromptSegmenter::embeddingLocked(const PromptImage &image)
{
    if (const cv::Mat *cached = m_state->find(image.key))
        return *cached;
    if (image.pixels.empty())
        return FileError{m_model.encoderPath, concord::tr("there is no image to encode")};
    const InputGeometry geometry = geometryFor(m_model, image.pixels.size());
    cv::Mat embedding;
    try {
        m_state->encoder.setInput(encoderInput(m_model, image.pixels, geometry),
                                  m_model.encoderInputName.toStdString());
        ++m_state->encoderRuns;
        // clone(): forward() returns the network's own buffer, which the next run overwrites.
        embedding = m_state->encoder.forward(m_model.encoderOutputName.toStdString()).clone();
    } catch (const cv::Exception &error) {
        return FileError{m_model.encoderPath,
                         concord::tr("running the encoder failed: %1").arg(openCvReason(error))};
    }
    if (embedding.dims != 4 || embedding.size[0] != 1)
        return FileError{m_model.encoderPath,
                         concord::tr("the encoder's output has shape %1; an image embedding "
                                     "[1, channels, height, width] was expected")
                             .arg(shapeText(embedding))};
    m_state->insert(image.key, embedding);
    return embedding;
}

Expected<BinaryMask> PromptSegmenter::segment(const PromptImage &image,
                                              const SegmentationPrompt &prompt)
{
    if (prompt.isEmpty())
        return BinaryMask{};
    const std::lock_guard lock(m_state->mutex);
    const Expected<cv::Mat> embedding = embeddingLocked(image);
    if (!embedding)
        return embedding.error();
    const Expected<cv::Mat> logits = decodeLocked(*embedding, image, prompt);
    if (!logits)
        return logits.error();

    // Logits the size of the image are already in image pixels (a SAM export given
    // orig_im_size); any other size covers the encoder input, of which the image fills the
    // resized part at the top left (docs/model-assisted-masks.md, "From logits to a mask").
    const cv::Size imageSize = image.pixels.size();
    cv::Mat inImage = *logits;
    if (inImage.size() != imageSize) {
        const InputGeometry geometry = geometryFor(m_model, imageSize);
        cv::Mat inInput;
        cv::resize(inImage, inInput, geometry.input, 0, 0, cv::INTER_LINEAR);
        cv::resize(inInput(cv::Rect(cv::Point(0, 0), geometry.resized)), inImage, imageSize, 0, 0,
                   cv::INTER_LINEAR);
    }
    cv::Mat1b above;
    cv::compare(inImage, m_model.threshold, above, cv::CMP_GT);
    return maskFromImage(above);
}

Expected<cv::Mat> PromptSegmenter::decodeLocked(const cv::Mat &embedding, const PromptImage &image,
                                                const SegmentationPrompt &prompt)
{
    const cv::Size imageSize = image.pixels.size();
    const InputGeometry geometry = geometryFor(m_model, imageSize);
    const bool normalized = m_model.coordinates == PromptCoordinates::Normalized;
    auto toInputX = [&](double x) {
        return float(x * geometry.scaleX / (normalized ? geometry.input.width : 1));
    };
    auto toInputY = [&](double y) {
        return float(y * geometry.scaleY / (normalized ? geometry.input.height : 1));
    };

    // Points and their labels as SAM numbers them: 1 positive, 0 negative, 2 and 3 the box's
    // corners, -1 padding at (0, 0).
    std::vector<std::pair<cv::Point2f, float>> points;
    for (const SegmentationPrompt::Point &point : prompt.points)
        points.push_back({{toInputX(point.x), toInputY(point.y)}, point.positive ? 1.f : 0.f});
    if (prompt.box && m_model.boxAsCornerPoints) {
        points.push_back({{toInputX(prompt.box->x), toInputY(prompt.box->y)}, 2.f});
        points.push_back({{toInputX(prompt.box->br().x), toInputY(prompt.box->br().y)}, 3.f});
    }
    if (!prompt.points.empty() && !m_model.takesPoints())
        return FileError{m_model.descriptionPath,
                         concord::tr("this model takes a box, not points: drag a box")};
    if (prompt.box && !m_model.takesBox())
        return FileError{m_model.descriptionPath,
                         concord::tr("this model takes points, not a box: click on the object")};
    if (int(points.size()) > m_model.pointCount && m_model.takesPoints())
        return FileError{m_model.descriptionPath,
                         concord::tr("this model takes at most %n point(s), corners of a box "
                                     "included",
                                     nullptr, m_model.pointCount)};
    // Without a box the box input covers the whole image.
    const cv::Rect2d box = prompt.box.value_or(cv::Rect2d(0, 0, imageSize.width, imageSize.height));

    cv::Mat output;
    cv::Mat scores;
    try {
        for (const DecoderInput &input : m_model.decoderInputs) {
            cv::Mat blob;
            switch (input.role) {
            case DecoderInputRole::Embedding: blob = embedding; break;
            case DecoderInputRole::PointCoords: {
                const int dims[] = {1, m_model.pointCount, 2};
                blob = cv::Mat(3, dims, CV_32F, cv::Scalar(0));
                auto *values = blob.ptr<float>();
                for (size_t i = 0; i < points.size(); ++i) {
                    values[2 * i] = points[i].first.x;
                    values[2 * i + 1] = points[i].first.y;
                }
                break;
            }
            case DecoderInputRole::PointLabels: {
                blob = cv::Mat(1, m_model.pointCount, CV_32F, cv::Scalar(-1));
                for (size_t i = 0; i < points.size(); ++i)
                    blob.at<float>(0, int(i)) = points[i].second;
                break;
            }
            case DecoderInputRole::Box:
                blob = (cv::Mat_<float>(1, 4) << toInputX(box.x), toInputY(box.y),
                        toInputX(box.br().x), toInputY(box.br().y));
                break;
            case DecoderInputRole::ImageSize:
                blob = constantBlob({2}, 0);
                blob.at<float>(0) = float(imageSize.height);
                blob.at<float>(1) = float(imageSize.width);
                break;
            case DecoderInputRole::Constant: blob = constantBlob(input.shape, input.value); break;
            }
            m_state->decoder.setInput(blob, input.tensorName.toStdString());
        }
        if (m_model.scoresOutputName.isEmpty()) {
            output = m_state->decoder.forward(m_model.decoderOutputName.toStdString()).clone();
        } else {
            std::vector<cv::Mat> outputs;
            m_state->decoder.forward(
                outputs, std::vector<cv::String>{m_model.decoderOutputName.toStdString(),
                                                 m_model.scoresOutputName.toStdString()});
            output = outputs.at(0).clone();
            scores = outputs.at(1).clone();
        }
    } catch (const cv::Exception &error) {
        return FileError{m_model.decoderPath,
                         concord::tr("running the decoder failed: %1").arg(openCvReason(error))};
    }
    if (output.dims != 4 || output.size[0] != 1 || output.size[1] < 1)
        return FileError{m_model.decoderPath,
                         concord::tr("the decoder's output has shape %1; mask logits "
                                     "[1, masks, height, width] were expected")
                             .arg(shapeText(output))};
    int channel = 0;
    if (!scores.empty()) {
        if (int(scores.total()) != output.size[1])
            return FileError{
                m_model.decoderPath,
                concord::tr(
                    "the decoder gives a different number of masks (%1) than of scores (%2)")
                    .arg(output.size[1])
                    .arg(scores.total())};
        const float *values = scores.ptr<float>();
        channel = int(std::max_element(values, values + scores.total()) - values);
    }
    return cv::Mat(output.size[2], output.size[3], CV_32F, output.ptr<float>(0, channel)).clone();
}

} // namespace concord
