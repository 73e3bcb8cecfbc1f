// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for raster images (PNG, JPEG, TIFF, BMP) read by loadRaster through OpenCV,
// as importing a folder of images does. Any bytes must give an Image or a FileError with a
// message, never a crash, an uncaught exception or a sanitizer report. OpenCV itself is not
// instrumented: the fuzzer steers by Concord's branches only (see README.md beside this file).
#include "core/imaging/rasterloader.h"
#include "tests/fuzz/fuzzsupport.h"

#include <opencv2/core.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    static const QString path = fuzz::tempPath(QStringLiteral("image.raster"));
    fuzz::writeFileOrDie(path, fuzz::bytesOf(data, size));
    const Expected<Image> image = loadRaster(path);
    if (image) {
        // Touch every pixel, so a frame that lies about its size is caught by ASan.
        volatile double sum = 0;
        for (const cv::Mat &frame : image->frames)
            sum = sum + cv::sum(frame)[0];
    } else if (image.error().message.isEmpty()) {
        __builtin_trap(); // every failure must say what is wrong
    }
    return 0;
}
