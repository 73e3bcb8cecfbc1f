// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpus of every fuzz target, one folder per target named as the target
// without its fuzz_ prefix, each seed a file Concord itself writes:
//   fuzz_makeseeds <output-folder>
// - dicomloader: one tiny valid DICOM file per transfer syntax and pixel layout the loader
//   supports, so the fuzzer starts from every decoder path;
// - projectfile, itemlist, journalreplay: project.json, items.jsonl and the journals of the
//   fuzz project (fuzzproject.h);
// - sessionarchive: the field annotator's archive (version 2, with a blob) and the lead's
//   (version 1);
// - cocoimport: the fuzz project's COCO export, and a file with uncompressed RLE, several rings
//   and an image of unknown size;
// - ratingcsv: quoted fields, a BOM, CRLF line ends;
// - maskrle: the fuzz project's masks in both input forms of fuzz_maskrle;
// - rasterloader: small PNG, JPEG, TIFF and BMP images of every depth and channel count.
// Files from tests/data are added by run-ci.sh.
#include "core/exchange/cocoexporter.h"
#include "core/geometry/maskrle.h"
#include "core/imaging/dicomwriter.h"
#include "core/model/maskannotation.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/sessionarchive.h"
#include "tests/fuzz/fuzzproject.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>

using namespace concord;

namespace {
int dicomSeeds(const QString &folder)
{
    const DicomTransferSyntax syntaxes[] = {DicomTransferSyntax::ExplicitLittleEndian,
                                            DicomTransferSyntax::ImplicitLittleEndian,
                                            DicomTransferSyntax::ExplicitBigEndian,
                                            DicomTransferSyntax::DeflatedExplicitLittleEndian,
                                            DicomTransferSyntax::JpegLsLossless,
                                            DicomTransferSyntax::RleLossless,
                                            DicomTransferSyntax::Jpeg2000Lossless};
    int written = 0;
    for (int s = 0; s < int(std::size(syntaxes)); ++s) {
        for (const int type : {CV_8UC1, CV_16UC1, CV_8UC3}) {
            Image image;
            cv::Mat pixels(12, 10, type);
            cv::randu(pixels, 0, type == CV_16UC1 ? 4096 : 256);
            image.frames.push_back(pixels);
            image.metadata.bitsStored = type == CV_16UC1 ? 12 : 8;
            image.metadata.photometric =
                type == CV_8UC3 ? Photometric::Rgb : Photometric::Monochrome2;
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
    return written;
}

// Copies `from` to `folder`/`name`; false when it cannot.
bool copySeed(const QString &from, const QString &folder, const QString &name)
{
    const QByteArray bytes = fuzz::readFile(from);
    if (bytes.isEmpty())
        return false;
    fuzz::writeFileOrDie(folder + QLatin1Char('/') + name, bytes);
    return true;
}

int projectSeeds(const QString &project, const QString &root)
{
    int written = 0;
    const ProjectFolder folder(project);
    written += copySeed(folder.projectFile(), root + QStringLiteral("/projectfile"),
                        QStringLiteral("project.json"));
    written += copySeed(folder.itemsFile(), root + QStringLiteral("/itemlist"),
                        QStringLiteral("items.jsonl"));
    for (QDirIterator it(folder.journalRoot(), {QStringLiteral("*.jsonl")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString journal = it.next();
        written += copySeed(journal, root + QStringLiteral("/journalreplay"),
                            it.fileInfo().dir().dirName() + QLatin1Char('-') + it.fileName());
    }
    for (const char *annotator : {fuzz::FieldAnnotatorId, fuzz::LeadAnnotatorId}) {
        const QString archive =
            QStringLiteral("%1/sessionarchive/%2.csa").arg(root, QLatin1String(annotator));
        if (auto exported = exportSessionArchive(project, QString::fromLatin1(annotator), archive))
            ++written;
        else
            std::fprintf(stderr, "skipped %s\n", qPrintable(exported.error().toString()));
    }
    return written;
}

int cocoAndRleSeeds(const QString &project, const QString &root)
{
    auto opened = Workspace::open(project);
    if (!opened)
        return 0;
    const Workspace &workspace = **opened;
    int written = 0;
    const Json coco = buildCocoDocument(workspace.project(), workspace.items(),
                                        WorkspaceInternals::store(workspace));
    fuzz::writeFileOrDie(root + QStringLiteral("/cocoimport/export.json"),
                         QByteArray::fromStdString(coco.dump(1)));
    ++written;
    // What the exporter never writes but other tools do.
    fuzz::writeFileOrDie(root + QStringLiteral("/cocoimport/other-tools.json"),
                         QByteArrayLiteral(R"({
"images": [{"id": 1, "file_name": "a.png", "width": 320, "height": 240},
           {"id": 3, "file_name": "c.png", "width": 40, "height": 30}],
"categories": [{"id": 5, "name": "Nodule"}, {"id": 6, "name": "Effusion"}],
"annotations": [
 {"id": 1, "image_id": 1, "category_id": 5, "bbox": [1.5, 2, 10, 20]},
 {"id": 2, "image_id": 3, "category_id": 6, "segmentation": {"size": [30, 40], "counts": [35, 4, 26, 4, 1131]}},
 {"id": 3, "image_id": 3, "category_id": 5, "segmentation": [[1, 1, 9, 1, 9, 9], [20, 20, 30, 20, 30, 28, 21, 27]]},
 {"id": 4, "image_id": 1, "category_id": 6, "segmentation": {"size": [240, 320], "counts": "PYa05f0O10000O1"}}]})"));
    ++written;

    const ItemWork *work = WorkspaceInternals::store(workspace).itemWork(
        QString::fromLatin1(fuzz::FieldAnnotatorId), QStringLiteral("i1"));
    if (!work)
        return written;
    const Item *item = workspace.items().find(QStringLiteral("i1"));
    for (const MaskAnnotation &mask : work->masks) {
        const CocoRle rle = encodeCocoRle(mask.mask, cv::Size(item->width, item->height));
        QByteArray header(5, 0);
        qToLittleEndian<quint16>(quint16(rle.height), header.data() + 1);
        qToLittleEndian<quint16>(quint16(rle.width), header.data() + 3);
        header[0] = 0; // counts as pycocotools' string
        fuzz::writeFileOrDie(QStringLiteral("%1/maskrle/string-%2").arg(root).arg(mask.id),
                             header + cocoRleCountsToString(rle.counts));
        header[0] = 1; // counts as 32-bit values
        QByteArray counts;
        for (const quint32 count : rle.counts) {
            char bytes[4];
            qToLittleEndian(count, bytes);
            counts.append(bytes, 4);
        }
        fuzz::writeFileOrDie(QStringLiteral("%1/maskrle/binary-%2").arg(root).arg(mask.id),
                             header + counts);
        written += 2;
    }
    return written;
}

int ratingSeeds(const QString &folder)
{
    fuzz::writeFileOrDie(folder + QStringLiteral("/quoted.csv"),
                         QByteArrayLiteral("\xEF\xBB\xBFunit,coder,label\r\n"
                                           "\"img,1\",ann,nodule\r\n"
                                           "img1, bob ,\"say \"\"no\"\"\"\r\n"
                                           "\r\n"
                                           "img2,ann,normal\r\n"
                                           "img2,bob,normal\r\n"
                                           "img3,carl,nodule\r\n"));
    fuzz::writeFileOrDie(folder + QStringLiteral("/numeric.csv"),
                         QByteArrayLiteral("unit,coder,label\nu1,a,1\nu1,b,2\nu2,a,3\nu2,b,3\n"
                                           "u3,a,2\nu3,b,1\nu3,c,2\n"));
    return 2;
}

int rasterSeeds(const QString &folder)
{
    int written = 0;
    const struct
    {
        const char *extension;
        int type;
    } formats[] = {{"png", CV_8UC1},  {"png", CV_16UC1}, {"png", CV_8UC3},  {"png", CV_8UC4},
                   {"jpg", CV_8UC1},  {"jpg", CV_8UC3},  {"tif", CV_16UC1}, {"tif", CV_8UC3},
                   {"tif", CV_32FC1}, {"bmp", CV_8UC1},  {"bmp", CV_8UC3}};
    for (const auto &format : formats) {
        cv::Mat pixels(12, 16, format.type);
        cv::randu(pixels, 0, CV_MAT_DEPTH(format.type) == CV_16U ? 4096 : 256);
        std::vector<uchar> encoded;
        if (!cv::imencode(std::string(".") + format.extension, pixels, encoded))
            continue;
        fuzz::writeFileOrDie(QStringLiteral("%1/seed-%2.%3")
                                 .arg(folder)
                                 .arg(format.type)
                                 .arg(QLatin1String(format.extension)),
                             QByteArrayView(reinterpret_cast<const char *>(encoded.data()),
                                            qsizetype(encoded.size())));
        ++written;
    }
    return written;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    const QString root = QString::fromLocal8Bit(argv[1]);
    for (const char *target :
         {"dicomloader", "projectfile", "itemlist", "journalreplay", "sessionarchive", "cocoimport",
          "ratingcsv", "maskrle", "rasterloader"})
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(target));
    int written = dicomSeeds(root + QStringLiteral("/dicomloader"));
    const QTemporaryDir scratch;
    const QString project = scratch.filePath(QStringLiteral("fuzz-project"));
    if (MaybeError error = fuzz::createFuzzProject(project)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 1;
    }
    written += projectSeeds(project, root);
    written += cocoAndRleSeeds(project, root);
    written += ratingSeeds(root + QStringLiteral("/ratingcsv"));
    written += rasterSeeds(root + QStringLiteral("/rasterloader"));
    std::printf("%d seeds written under %s\n", written, qPrintable(root));
    return written > 0 ? 0 : 1;
}
