// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a small seed corpus for fuzz_dicomloader: one tiny, valid DICOM file per transfer
// syntax and pixel layout the loader supports, so the fuzzer starts from every decoder path.
//   fuzz_makeseeds <output-folder>
#include "core/imaging/dicomwriter.h"

#include <QDir>

#include <cstdio>

using namespace concord;

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    const DicomTransferSyntax syntaxes[] = {
        DicomTransferSyntax::ExplicitLittleEndian, DicomTransferSyntax::ImplicitLittleEndian,
        DicomTransferSyntax::ExplicitBigEndian, DicomTransferSyntax::DeflatedExplicitLittleEndian,
        DicomTransferSyntax::JpegLsLossless, DicomTransferSyntax::RleLossless,
        DicomTransferSyntax::Jpeg2000Lossless};
    int written = 0;
    for (int s = 0; s < int(std::size(syntaxes)); ++s) {
        for (const int type : {CV_8UC1, CV_16UC1, CV_8UC3}) {
            Image image;
            cv::Mat pixels(12, 10, type);
            cv::randu(pixels, 0, type == CV_16UC1 ? 4096 : 256);
            image.frames.push_back(pixels);
            image.metadata.bitsStored = type == CV_16UC1 ? 12 : 8;
            image.metadata.photometric = type == CV_8UC3 ? Photometric::Rgb : Photometric::Monochrome2;
            image.metadata.windowPresets.push_back({QStringLiteral("W"), 100, 200});
            DicomWriteOptions options;
            options.transferSyntax = syntaxes[s];
            const QString path = QStringLiteral("%1/seed-%2-%3.dcm").arg(folder).arg(s).arg(type);
            if (MaybeError error = writeDicom(image, path, options))
                std::fprintf(stderr, "skipped %s\n", qPrintable(error->toString()));
            else
                ++written;
        }
    }
    std::printf("%d seeds written to %s\n", written, qPrintable(folder));
    return written > 0 ? 0 : 1;
}
