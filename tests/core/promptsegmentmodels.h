// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tiny interactive segmentation models of tst_promptsegmenter and tst_promptsegmenttool,
// written at test time by tests/data/onnx/make_promptsegment_models.py (never downloaded), and
// descriptions of them (docs/model-assisted-masks.md).
#include "core/storage/jsonsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

#include <opencv2/imgproc.hpp>

namespace concord::testing {

// The side of the models' input, embedding and mask, and the points the point decoder takes.
inline constexpr int PromptModelSize = 64;
inline constexpr int PromptModelPoints = 4;
inline constexpr double PromptModelRadius = 8;

// Writes encoder.onnx, decoder_box.onnx, decoder_points.onnx and decoder_flat.onnx into
// `folder`; returns the script's complaint, or an empty string.
inline QString writePromptSegmentModels(const QString &folder)
{
    QProcess python;
    python.start(
        QStringLiteral(CONCORD_TEST_PYTHON),
        {QStringLiteral(CONCORD_TEST_DATA_DIR "/onnx/make_promptsegment_models.py"), folder});
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0)
        return QString::fromLocal8Bit(python.readAllStandardError()) + python.errorString();
    return {};
}

// A description of the encoder with `decoderFile` (decoder_points.onnx takes points, the
// others a box).
inline Json promptModelDescription(const QString &decoderFile)
{
    const bool points = decoderFile.contains(QLatin1String("points"));
    Json inputs = Json::array({Json{{"tensor", "embedding"}, {"role", "embedding"}}});
    if (points) {
        inputs.push_back({{"tensor", "point_coords"}, {"role", "point_coords"}});
        inputs.push_back({{"tensor", "point_labels"}, {"role", "point_labels"}});
    } else {
        inputs.push_back({{"tensor", "box"}, {"role", "box"}});
    }
    Json decoder{
        {"model", toStd(decoderFile)}, {"inputs", inputs}, {"output", "masks"}, {"threshold", 0.0}};
    if (points)
        decoder["points"] = PromptModelPoints;
    return Json{{"format", 1},
                {"task", "prompt_segmentation"},
                {"name", "Tiny test model"},
                {"encoder",
                 {{"model", "encoder.onnx"},
                  {"input",
                   {{"tensor", "image"},
                    {"width", PromptModelSize},
                    {"height", PromptModelSize},
                    {"channels", 3},
                    {"intensity", "window"},
                    {"resize", "stretch"},
                    {"scale", 1.0 / 255.0},
                    {"mean", 0.0},
                    {"std", 1.0}}},
                  {"output", "embedding"}}},
                {"decoder", decoder}};
}

// Writes `description` as `folder`/`fileName`; returns its path.
inline QString writePromptModelDescription(const QString &folder, const QString &fileName,
                                           const Json &description)
{
    const QString path = QDir(folder).filePath(fileName);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::fromStdString(description.dump(1)));
    return path;
}

// A black image with a white disc (centre (32, 32), radius 12) and a white square
// (x 44..59, y 4..19): the models keep the bright pixels (grey level above 127.5).
inline cv::Mat1b promptTestImage(cv::Size size = {PromptModelSize, PromptModelSize})
{
    cv::Mat1b image(size, uchar(0));
    const double sx = size.width / double(PromptModelSize);
    const double sy = size.height / double(PromptModelSize);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const double u = (x + 0.5) / sx, v = (y + 0.5) / sy;
            const bool disc = (u - 32) * (u - 32) + (v - 32) * (v - 32) <= 144;
            const bool square = u >= 44 && u < 60 && v >= 4 && v < 20;
            image(y, x) = disc || square ? 255 : 0;
        }
    }
    return image;
}

} // namespace concord::testing
