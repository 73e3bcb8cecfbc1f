// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/promptsegmentermodel.h"

#include "core/inference/descriptionfields.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace concord {

namespace {

// An encoder input larger than this is a typo; it would allocate gigabytes per image.
constexpr int MaxInputSide = 8192;
// A constant decoder input larger than this (SAM's mask_input is 65,536 values) is a typo.
constexpr qint64 MaxConstantValues = qint64(16) * 1024 * 1024;

using namespace descriptionfields;

// Every text of a prompt model's description must say something.
QString textField(const Json &object, const QString &prefix, const char *key)
{
    return descriptionfields::stringField(object, prefix, key, Text::NonEmpty);
}

QString optionalTextField(const Json &object, const QString &prefix, const char *key,
                          const QString &fallback = {})
{
    return descriptionfields::optionalStringField(object, prefix, key, fallback, Text::NonEmpty);
}

// The ONNX file named by `prefix`.model, which must stay in the description's folder.
QString modelFile(const Json &object, const QString &prefix, const QString &descriptionPath)
{
    const QString field = joined(prefix, "model");
    const QString relative = textField(object, prefix, "model");
    if (const QString problem = SafePath::relativePathProblem(relative); !problem.isEmpty())
        fail(field, concord::tr("must name a file in the description's folder: %1").arg(problem));
    const QString folder = QFileInfo(descriptionPath).absolutePath();
    const Expected<QString> inside = SafePath::resolveInside(folder, relative);
    if (!inside)
        fail(field, concord::tr("\"%1\" leads outside the description's folder through a "
                                "symbolic link; refused")
                        .arg(relative));
    const QFileInfo file(*inside);
    if (!file.exists())
        fail(field,
             concord::tr("names %1, which does not exist").arg(QDir::toNativeSeparators(*inside)));
    if (!file.isFile())
        fail(field,
             concord::tr("names %1, which is not a file").arg(QDir::toNativeSeparators(*inside)));
    return *inside;
}

void readEncoder(const Json &document, PromptSegmenterModel &model)
{
    const QString prefix = QStringLiteral("encoder");
    const Json &encoder = objectField(document, {}, "encoder");
    model.encoderPath = modelFile(encoder, prefix, model.descriptionPath);
    model.encoderOutputName = optionalTextField(encoder, prefix, "output");

    const QString inputPrefix = QStringLiteral("encoder.input");
    const Json &object = objectField(encoder, prefix, "input");
    model.encoderInputName = optionalTextField(object, inputPrefix, "tensor");
    ModelInput &input = model.input;
    input.width = integerField(object, inputPrefix, "width", 1, MaxInputSide);
    input.height = integerField(object, inputPrefix, "height", 1, MaxInputSide);
    input.channels = integerField(object, inputPrefix, "channels", 1, 3);
    if (input.channels == 2)
        fail(QStringLiteral("encoder.input.channels"), concord::tr("must be 1 or 3"));
    // The tool segments what the reader sees, so a DICOM image arrives through its display
    // window (docs/model-assisted-masks.md, "Intensities").
    const QString intensity =
        optionalTextField(object, inputPrefix, "intensity", QStringLiteral("window"));
    if (intensity != QLatin1String("window"))
        fail(QStringLiteral("encoder.input.intensity"),
             concord::tr("must be \"window\" (the image as displayed), not \"%1\"").arg(intensity));
    input.intensity = IntensityMapping::DisplayWindow;
    const QString resize =
        optionalTextField(object, inputPrefix, "resize", QStringLiteral("stretch"));
    if (resize == QLatin1String("stretch"))
        model.resize = PromptResize::Stretch;
    else if (resize == QLatin1String("longest_side"))
        model.resize = PromptResize::LongestSide;
    else
        fail(QStringLiteral("encoder.input.resize"),
             concord::tr("must be \"stretch\" or \"longest_side\", not \"%1\"").arg(resize));
    input.scale = numberField(object, inputPrefix, "scale", 1.0 / 255.0);
    input.mean = perChannel(object, inputPrefix, "mean", input.channels, 0.0);
    input.std = perChannel(object, inputPrefix, "std", input.channels, 1.0);
    for (double deviation : input.std) {
        if (!(deviation > 0))
            fail(QStringLiteral("encoder.input.std"), concord::tr("must be greater than 0"));
    }
}

DecoderInputRole readRole(const QString &field, const QString &role)
{
    static const std::pair<const char *, DecoderInputRole> roles[] = {
        {"embedding", DecoderInputRole::Embedding},
        {"point_coords", DecoderInputRole::PointCoords},
        {"point_labels", DecoderInputRole::PointLabels},
        {"box", DecoderInputRole::Box},
        {"image_size", DecoderInputRole::ImageSize},
        {"constant", DecoderInputRole::Constant}};
    for (const auto &[name, value] : roles) {
        if (role == QLatin1String(name))
            return value;
    }
    fail(field, concord::tr("must be embedding, point_coords, point_labels, box, image_size or "
                            "constant, not \"%1\"")
                    .arg(role));
}

DecoderInput readDecoderInput(const Json &object, const QString &prefix)
{
    if (!object.is_object())
        fail(prefix, concord::tr("must be an object with \"tensor\" and \"role\""));
    DecoderInput input;
    input.tensorName = textField(object, prefix, "tensor");
    input.role = readRole(joined(prefix, "role"), textField(object, prefix, "role"));
    if (input.role != DecoderInputRole::Constant)
        return input;
    const Json &shape = requireMember(object, prefix, "shape");
    if (!shape.is_array() || shape.empty() || shape.size() > 6)
        fail(joined(prefix, "shape"), concord::tr("must be an array of 1 to 6 sizes"));
    qint64 values = 1;
    for (const Json &size : shape) {
        if (!size.is_number_integer() || size.get<qint64>() < 1 || size.get<qint64>() > (1 << 20))
            fail(joined(prefix, "shape"), concord::tr("must hold positive integers only"));
        values *= size.get<qint64>();
        if (values > MaxConstantValues)
            fail(joined(prefix, "shape"),
                 concord::tr("holds more than %1 values").arg(MaxConstantValues));
        input.shape.push_back(int(size.get<qint64>()));
    }
    input.value = float(numberField(object, prefix, "value", 0.0));
    return input;
}

void readDecoder(const Json &document, PromptSegmenterModel &model)
{
    const QString prefix = QStringLiteral("decoder");
    const Json &decoder = objectField(document, {}, "decoder");
    model.decoderPath = modelFile(decoder, prefix, model.descriptionPath);
    model.decoderOutputName = optionalTextField(decoder, prefix, "output");
    model.scoresOutputName = optionalTextField(decoder, prefix, "scores");
    // Alone, the mask is the network's last output; beside a scores output it has to be named,
    // or OpenCV is asked for an output called "" and answers with an error that names nothing.
    if (!model.scoresOutputName.isEmpty() && model.decoderOutputName.isEmpty())
        fail(QStringLiteral("decoder.output"),
             concord::tr("must name the mask logits output when \"scores\" is given"));
    model.threshold = numberField(decoder, prefix, "threshold", 0.0);
    model.boxAsCornerPoints = boolField(decoder, prefix, "box_as_points", false);
    const QString coordinates =
        optionalTextField(decoder, prefix, "coordinates", QStringLiteral("input_pixels"));
    if (coordinates == QLatin1String("input_pixels"))
        model.coordinates = PromptCoordinates::InputPixels;
    else if (coordinates == QLatin1String("normalized"))
        model.coordinates = PromptCoordinates::Normalized;
    else
        fail(
            QStringLiteral("decoder.coordinates"),
            concord::tr("must be \"input_pixels\" or \"normalized\", not \"%1\"").arg(coordinates));

    const Json &inputs = requireMember(decoder, prefix, "inputs");
    if (!inputs.is_array() || inputs.empty())
        fail(QStringLiteral("decoder.inputs"),
             concord::tr("must be an array of {\"tensor\", \"role\"} objects, one per input of "
                         "the decoder"));
    int embeddings = 0;
    int coords = 0;
    int labels = 0;
    for (size_t i = 0; i < inputs.size(); ++i) {
        DecoderInput input =
            readDecoderInput(inputs[i], QStringLiteral("decoder.inputs[%1]").arg(i));
        for (const DecoderInput &earlier : model.decoderInputs) {
            if (earlier.tensorName == input.tensorName)
                fail(QStringLiteral("decoder.inputs[%1].tensor").arg(i),
                     concord::tr("names \"%1\" a second time").arg(input.tensorName));
        }
        embeddings += input.role == DecoderInputRole::Embedding;
        coords += input.role == DecoderInputRole::PointCoords;
        labels += input.role == DecoderInputRole::PointLabels;
        model.decoderInputs.push_back(std::move(input));
    }
    if (embeddings != 1)
        fail(QStringLiteral("decoder.inputs"),
             concord::tr("must have exactly one input with role \"embedding\""));
    if (coords != labels || coords > 1)
        fail(QStringLiteral("decoder.inputs"),
             concord::tr("must have one \"point_coords\" and one \"point_labels\" input, or "
                         "neither"));
    if (coords == 1)
        model.pointCount =
            integerField(decoder, prefix, "points", 1, PromptSegmenterModel::MaxPoints);
    if (model.boxAsCornerPoints && model.pointCount < 2)
        fail(QStringLiteral("decoder.box_as_points"),
             concord::tr("needs point inputs with \"points\" of at least 2"));
    if (!model.takesPoints() && !model.takesBox())
        fail(QStringLiteral("decoder.inputs"),
             concord::tr("must take points (\"point_coords\" and \"point_labels\") or a box"));
}

PromptSegmenterModel readDescription(const Json &document, const QString &path)
{
    if (!document.is_object())
        throw JsonFieldError{concord::tr("a model description must be a JSON object")};
    const int format = integerField(document, {}, "format", 1, 1 << 30);
    if (format > PromptSegmenterModel::FormatVersion)
        fail(QStringLiteral("format"), concord::tr("is %1; this version of Concord reads format %2")
                                           .arg(format)
                                           .arg(PromptSegmenterModel::FormatVersion));
    const QString task = textField(document, {}, "task");
    if (task != QLatin1String("prompt_segmentation"))
        fail(QStringLiteral("task"),
             concord::tr("must be \"prompt_segmentation\", not \"%1\"").arg(task));
    PromptSegmenterModel model;
    model.descriptionPath = path;
    model.name = textField(document, {}, "name").trimmed();
    readEncoder(document, model);
    readDecoder(document, model);
    return model;
}

} // namespace

bool PromptSegmenterModel::takesBox() const
{
    if (boxAsCornerPoints)
        return true;
    for (const DecoderInput &input : decoderInputs) {
        if (input.role == DecoderInputRole::Box)
            return true;
    }
    return false;
}

Expected<PromptSegmenterModel> readPromptSegmenterModel(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return FileError{absolute, concord::tr("no such model description")};
    return readJsonFile<PromptSegmenterModel>(absolute,
                                              [&](const Json &document, const QByteArray &) {
                                                  return readDescription(document, absolute);
                                              });
}

} // namespace concord
