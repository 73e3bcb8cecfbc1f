// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace concord {

// OpenCV's image codecs (PNG, JPEG, TIFF, BMP ...), the only way core and the programs decode
// or write such images. They live in a module, concord_imagecodecs (core/imaging/codecs/), loaded
// the first time one of these is called, from any thread, so that a program that never touches
// an image does not load libopencv_imgcodecs and the libraries it brings in (app/cli/README.md).
//
// Each mirrors the OpenCV call it stands for. A FileError naming `file` when OpenCV throws on the
// input (the message is OpenCV's) or the module cannot be loaded (it names the paths looked at).

// cv::imdecode with IMREAD_UNCHANGED | IMREAD_ANYDEPTH: the image as stored, every channel (BGR
// order), 8 or 16 bits or more. An empty image when the bytes are no image OpenCV reads.
Expected<cv::Mat> decodeImage(const QByteArray &bytes, const QString &file);

// cv::imencode: `image` in the format of `extension` (".png", ".tif" ...). Empty when OpenCV
// cannot write this image in that format.
Expected<QByteArray> encodeImage(const cv::Mat &image, const QString &extension,
                                 const QString &file);

// cv::imwrite: writes `image` to `path` in the format its suffix names. False when OpenCV cannot
// write this image in that format.
Expected<bool> writeImageFile(const QString &path, const cv::Mat &image);

} // namespace concord
