// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace concord {

// The functions of the image codecs module (concord_imagecodecs, imagecodecsmodule.cpp): OpenCV's
// image codecs, which core reaches only through core/imaging/imagecodecs.h, loading the module
// when an image is first decoded or written. Plain function pointers over OpenCV and standard
// types, no Qt: the module and the program that loads it are built together, from this header,
// and the program checks the module's version against CurrentVersion.
struct ImageCodecsTable
{
    static constexpr int CurrentVersion = 1;

    // What a call came to: done (for a decode, an empty image when the bytes are no image OpenCV
    // reads), refused (OpenCV returned false: it cannot write this image in that format) or
    // failed (OpenCV threw; `error` says why).
    enum Outcome : int { Done, Refused, Failed };

    int version; // first, as loadRuntimeModule() expects
    // cv::imdecode(bytes, IMREAD_UNCHANGED | IMREAD_ANYDEPTH): the image as stored.
    Outcome (*decode)(const unsigned char *bytes, std::size_t size, cv::Mat &image,
                      std::string &error);
    // cv::imencode(extension, image, bytes), extension such as ".png".
    Outcome (*encode)(const char *extension, const cv::Mat &image,
                      std::vector<unsigned char> &bytes, std::string &error);
    // cv::imwrite(path, image), the format chosen by the path's suffix.
    Outcome (*write)(const char *path, const cv::Mat &image, std::string &error);
};

// The module's one exported function; returns its ImageCodecsTable.
inline constexpr char ImageCodecsEntryPoint[] = "concordImageCodecs";

} // namespace concord
