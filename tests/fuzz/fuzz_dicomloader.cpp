// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the DICOM loader: any byte string must give an Image or a FileError,
// never a crash, hang, leak or sanitizer report. loadDicomFromMemory takes the
// same file-based path as loadDicom. Not part of the normal build. Build and run:
//
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCONCORD_FUZZ=ON
//   cmake --build build-fuzz -j1 --target fuzz_dicomloader
//   mkdir -p fuzz-corpus && cp some/*.dcm fuzz-corpus/
//   ASAN_OPTIONS=allocator_may_return_null=1 ./build-fuzz/tests/fuzz/fuzz_dicomloader \
//       -max_len=16384 -rss_limit_mb=2048 -malloc_limit_mb=4096 -timeout=10 fuzz-corpus
//
// See tests/fuzz/README.md for seeding the corpus. Findings become fixtures in tests/data/dicom
// (fuzz-*.dcm), replayed by tst_dicomloadererrors.
#include "core/imaging/dicomloader.h"
#include "core/imaging/pixelreadout.h"
#include "core/imaging/windowlevel.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const concord::Expected<concord::Image> image =
        concord::loadDicomFromMemory(bytes, QStringLiteral("fuzz-input"));
    if (image) {
        // Touch every decoded pixel so a frame that lies about its size is caught by ASan.
        volatile size_t sum = 0;
        for (const cv::Mat &frame : image->frames)
            sum = sum + size_t(cv::sum(frame)[0]);
        // Then display the first frame as the viewer would: a hostile Modality LUT, VOI LUT or
        // rescale must not index out of its tables.
        const cv::Mat &first = image->frames.front();
        const concord::ImageMetadata &meta = image->metadata;
        const concord::DisplayLut lut(meta, first.depth(),
                                      concord::fullRangeWindow(meta, first.depth()));
        sum = sum + size_t(cv::sum(lut.apply(first))[0]);
        sum =
            sum + size_t(concord::pixelReadout(first, meta, first.cols / 2, first.rows / 2).size());
    } else if (image.error().message.isEmpty()) {
        __builtin_trap(); // every failure must say what is wrong
    }
    return 0;
}
