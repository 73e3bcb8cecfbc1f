// SPDX-License-Identifier: GPL-3.0-or-later
// concord_imagecodecs: the one module that links OpenCV's image codecs (CMakeLists.txt beside
// this file says why they are a module). No Qt, no core: only the calls of ImageCodecsTable.
#include "core/imaging/codecs/imagecodecstable.h"

#include <opencv2/imgcodecs.hpp>

namespace {

using concord::ImageCodecsTable;

// OpenCV reports bad input by throwing cv::Exception; nothing may escape into the program.
template <typename Call> ImageCodecsTable::Outcome guarded(std::string &error, Call call)
{
    try {
        return call() ? ImageCodecsTable::Done : ImageCodecsTable::Refused;
    } catch (const cv::Exception &exception) {
        error = exception.msg;
    } catch (const std::exception &exception) {
        error = exception.what();
    }
    return ImageCodecsTable::Failed;
}

ImageCodecsTable::Outcome decode(const unsigned char *bytes, std::size_t size, cv::Mat &image,
                                 std::string &error)
{
    return guarded(error, [&] {
        const cv::Mat buffer(1, int(size), CV_8U, const_cast<unsigned char *>(bytes));
        image = cv::imdecode(buffer, cv::IMREAD_UNCHANGED | cv::IMREAD_ANYDEPTH);
        return true; // an empty image says "not an image"
    });
}

ImageCodecsTable::Outcome encode(const char *extension, const cv::Mat &image,
                                 std::vector<unsigned char> &bytes, std::string &error)
{
    return guarded(error, [&] { return cv::imencode(extension, image, bytes); });
}

ImageCodecsTable::Outcome write(const char *path, const cv::Mat &image, std::string &error)
{
    return guarded(error, [&] { return cv::imwrite(path, image); });
}

const ImageCodecsTable table = {ImageCodecsTable::CurrentVersion, decode, encode, write};

} // namespace

extern "C" __attribute__((visibility("default"))) const void *concordImageCodecs()
{
    return &table;
}
