// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/datasetexporters.h"

#include "core/exchange/datasetwriters.h"
#include "core/exchange/dicomdeidentifier.h"
#include "core/exchange/exportstaging.h"
#include "core/exchange/pseudonymkey.h"
#include "core/geometry/polygonraster.h"
#include "core/imaging/imageloader.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/storage/atomicfile.h"
#include "core/storage/projectfolder.h"
#include "core/storage/safepath.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace concord {

std::optional<DatasetFormat> datasetFormatNamed(const QString &name)
{
    if (name == QLatin1String("voc"))
        return DatasetFormat::PascalVoc;
    if (name == QLatin1String("yolo"))
        return DatasetFormat::Yolo;
    if (name == QLatin1String("csv"))
        return DatasetFormat::Csv;
    if (name == QLatin1String("jsonl"))
        return DatasetFormat::JsonLines;
    return std::nullopt;
}

std::optional<DatasetImages> datasetImagesNamed(const QString &name)
{
    if (name == QLatin1String("copy"))
        return DatasetImages::Copy;
    if (name == QLatin1String("link"))
        return DatasetImages::Link;
    return std::nullopt;
}

namespace {

ImageRect polygonBounds(const std::vector<ImagePoint> &vertices)
{
    double left = vertices.front().x, right = left, top = vertices.front().y, bottom = top;
    for (const ImagePoint &vertex : vertices) {
        left = std::min(left, vertex.x);
        right = std::max(right, vertex.x);
        top = std::min(top, vertex.y);
        bottom = std::max(bottom, vertex.y);
    }
    return {left, top, right - left, bottom - top};
}

DatasetShape shapeOf(DatasetShapeKind kind, int labelId, const Provenance &provenance,
                     const QHash<int, int> &classIndex, const QStringList &classNames)
{
    DatasetShape shape;
    shape.kind = kind;
    shape.classIndex = classIndex.value(labelId);
    shape.label = classNames.at(shape.classIndex);
    shape.reader = provenance.annotatorId;
    shape.session = provenance.sessionId;
    shape.guidelineVersion = provenance.guidelineVersion;
    return shape;
}

// The boxes, polygons and masks of `work` whose label is in the taxonomy, as COCO writes them:
// boxes clamped to a known image, masks clipped to it, masks erased to nothing left out.
void addShapes(const ItemWork &work, cv::Size imageSize, bool withOutlines,
               const QHash<int, int> &classIndex, const QStringList &classNames,
               std::vector<DatasetShape> &shapes)
{
    const bool sizeKnown = !imageSize.empty();
    for (const BoxAnnotation &box : work.boxes) {
        if (!classIndex.contains(box.labelId))
            continue;
        DatasetShape shape =
            shapeOf(DatasetShapeKind::Box, box.labelId, box.provenance, classIndex, classNames);
        shape.bounds = sizeKnown ? box.rect.clampedTo(imageSize.width, imageSize.height) : box.rect;
        shape.area = shape.bounds.width * shape.bounds.height;
        shapes.push_back(std::move(shape));
    }
    for (const PolygonAnnotation &polygon : work.polygons) {
        if (!classIndex.contains(polygon.labelId) || polygon.vertices.size() < 3)
            continue;
        DatasetShape shape = shapeOf(DatasetShapeKind::Polygon, polygon.labelId, polygon.provenance,
                                     classIndex, classNames);
        shape.points = polygon.vertices;
        shape.bounds = polygonBounds(polygon.vertices);
        if (sizeKnown)
            shape.bounds = shape.bounds.clampedTo(imageSize.width, imageSize.height);
        Polygon ring;
        for (const ImagePoint &vertex : polygon.vertices)
            ring.emplace_back(vertex.x, vertex.y);
        shape.area = polygonArea(ring);
        shapes.push_back(std::move(shape));
    }
    for (const MaskAnnotation &mask : work.masks) {
        if (!classIndex.contains(mask.labelId))
            continue;
        const BinaryMask content =
            cropToContent(sizeKnown ? clipToImage(mask.mask, imageSize) : mask.mask);
        if (content.bounds.empty())
            continue;
        DatasetShape shape =
            shapeOf(DatasetShapeKind::Mask, mask.labelId, mask.provenance, classIndex, classNames);
        shape.bounds = {double(content.bounds.x), double(content.bounds.y),
                        double(content.bounds.width), double(content.bounds.height)};
        shape.area = double(maskArea(content));
        if (withOutlines) {
            for (const Polygon &outline : maskToPolygons(content)) {
                std::vector<ImagePoint> points;
                for (const cv::Point2d &point : outline)
                    points.push_back({point.x, point.y});
                shape.outlines.push_back(std::move(points));
            }
        }
        shapes.push_back(std::move(shape));
    }
}

// A file name that names one file in one folder: no separator, no "..", not hidden.
bool isSafeFileName(const QString &name)
{
    return SafePath::idProblem(name).isEmpty() && !name.contains(QLatin1String("..")) &&
           !name.startsWith(QLatin1Char('.'));
}

// The item's file name, or one made from its id (and its extension when that is plain).
QString baseNameOf(const Item &item)
{
    QString name = QFileInfo(item.path).fileName();
    if (isSafeFileName(name))
        return name;
    const QString suffix = QFileInfo(item.path).suffix();
    const bool plain =
        !suffix.isEmpty() && suffix.size() <= 8 &&
        std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return SafePath::fileNameFor(item.id) + (plain ? QLatin1Char('.') + suffix : QString());
}

QString stemOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? fileName.left(dot) : fileName;
}

// Unique names: an item whose stem (case folded, as on macOS and Windows) another item shares is
// prefixed with its id, so Annotations/<stem>.xml and labels/<stem>.txt never collide either.
void nameImages(std::vector<DatasetImage> &images, const std::vector<QString> &baseNames)
{
    QHash<QString, int> stems;
    for (const QString &name : baseNames)
        ++stems[stemOf(name).toCaseFolded()];
    QHash<QString, int> taken;
    for (size_t index = 0; index < images.size(); ++index) {
        DatasetImage &image = images[index];
        QString name = baseNames[index];
        if (stems.value(stemOf(name).toCaseFolded()) > 1) {
            name = SafePath::fileNameFor(image.itemId) + QLatin1Char('_') + name;
            if (!isSafeFileName(name))
                name = SafePath::fileNameFor(image.itemId);
        }
        // Item ids are unique, so this only tells apart names an id prefix made alike.
        for (int n = 2; taken.contains(stemOf(name).toCaseFolded()); ++n)
            name = QStringLiteral("%1-%2").arg(n).arg(baseNames[index]);
        ++taken[stemOf(name).toCaseFolded()];
        image.fileName = name;
        image.stem = stemOf(name);
    }
}

// --- Images: copied, linked or de-identified (docs/dataset-formats.md, "Images") ---

bool isBelow(const QString &path, const QString &root)
{
    return path.startsWith(root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/'));
}

// The file a link to `item`'s image is made to: its path with every symbolic link resolved, so
// the dataset never holds a link, only the file. An image in the project folder must stay there:
// a symbolic link on its way that leads out of the project is refused rather than followed, so a
// link planted in the project cannot make the dataset share a file elsewhere (copying reads
// through it instead, checked by the hash like any copy).
Expected<QString> linkTarget(const ProjectFolder &projectFolder, const Item &item)
{
    const QString path = projectFolder.absoluteItemPath(item.path);
    const QString root = QDir::cleanPath(QFileInfo(projectFolder.root()).absoluteFilePath());
    if (isBelow(path, root)) {
        const Expected<QString> inside = SafePath::resolveInside(root, path.mid(root.size() + 1));
        if (!inside)
            return FileError{inside.error().path,
                             inside.error().message +
                                 concord::tr("; a linked dataset links only files inside the "
                                             "project, copy the images instead (--images copy)")};
    }
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return FileError{path, concord::tr("cannot read: no such file")};
    return target;
}

// Hard-links `target` (the project's file, resolved) at `staged`, then checks that what was
// linked is a plain file with the item's SHA-256: the link is the same file, so this checks the
// bytes the dataset holds, as copyFileDurably checks a copy.
MaybeError linkImage(const QString &target, const QString &staged, const QString &sha256,
                     const QString &dataset)
{
    const QByteArray from = QFile::encodeName(target);
    const QByteArray to = QFile::encodeName(staged);
    // Flags 0: linkat never follows a symbolic link, so a link swapped in after `target` was
    // resolved is linked as a link, and refused below.
    if (::linkat(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), 0) != 0) {
        const int error = errno;
        if (error == EXDEV)
            return FileError{target,
                             concord::tr("cannot be linked into %1: a hard link needs the image "
                                         "and the dataset on one file system, and they are on "
                                         "two; export to a folder on the project's file system, "
                                         "or copy the images (--images copy)")
                                 .arg(QDir::toNativeSeparators(dataset))};
        return FileError{target, concord::tr("cannot be linked into %1: %2; copy the images "
                                             "instead (--images copy)")
                                     .arg(QDir::toNativeSeparators(dataset),
                                          QString::fromLocal8Bit(std::strerror(error)))};
    }
    struct stat linked
    {
    };
    const bool plainFile = ::lstat(to.constData(), &linked) == 0 && S_ISREG(linked.st_mode);
    if (!plainFile || !fileHasSha256(staged, sha256)) {
        QFile::remove(staged);
        return FileError{target, plainFile ? concord::tr("has changed since it was imported; "
                                                         "import it again")
                                           : concord::tr("is not a plain file; refused")};
    }
    return std::nullopt;
}

// The first `size` bytes of a file, fewer when it is shorter or cannot be read.
QByteArray headOf(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

const QByteArray &pngSignature()
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    return signature;
}

// The chunks a de-identified PNG keeps: the four critical ones, and the ancillary ones that say
// how its pixels are shown (transparency, gamma, colour space, significant bits, background,
// pixel size). Everything else goes: text (tEXt, zTXt, iTXt: author, comment, description,
// software), EXIF (eXIf), the modification time (tIME), the ICC profile (iCCP, which names
// itself) and any private or unknown chunk, whatever it holds, also one whose type says
// "critical" (a decoder would refuse such a file anyway).
bool keepsPngChunk(const QByteArray &type)
{
    static const QList<QByteArray> kept{"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
                                        "sRGB", "sBIT", "bKGD", "pHYs", "cICP", "mDCV", "cLLI"};
    return kept.contains(type);
}

bool isPngChunkType(const QByteArray &type)
{
    return type.size() == 4 && std::all_of(type.cbegin(), type.cend(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
           });
}

// `png` with only the chunks keepsPngChunk keeps, each byte for byte (the image data untouched,
// so the pixels decode the same), and nothing after IEND. None when the chunks do not add up,
// the first is not IHDR or a type is not four ASCII letters: in a damaged file, metadata cannot
// be told apart.
std::optional<QByteArray> withoutPngMetadata(const QByteArray &png)
{
    QByteArray kept = pngSignature();
    qsizetype at = pngSignature().size();
    while (png.size() - at >= 12) {
        const auto *bytes = reinterpret_cast<const uchar *>(png.constData() + at);
        const quint32 length = quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 |
                               quint32(bytes[2]) << 8 | quint32(bytes[3]);
        if (length > 0x7fffffffU || qint64(length) > qint64(png.size() - at - 12))
            return std::nullopt;
        const QByteArray type = png.mid(at + 4, 4);
        if (!isPngChunkType(type) || (at == pngSignature().size()) != (type == "IHDR"))
            return std::nullopt;
        const qsizetype chunk = qsizetype(length) + 12;
        if (keepsPngChunk(type))
            kept += png.mid(at, chunk);
        at += chunk;
        if (type == "IEND")
            return kept;
    }
    return std::nullopt;
}

bool isJpeg(const QByteArray &head)
{
    return head.startsWith("\xff\xd8\xff");
}

// The JPEG segments a de-identified JPEG keeps before its image data: the frame (SOF0..SOF15),
// Huffman, arithmetic-coding and quantisation tables, restart interval, number of lines and the
// scans, all the decoder needs. APP0 is kept only as JFIF and APP14 only as Adobe (which says
// how the colours are coded); every other APPn (EXIF, XMP, ICC profile, maker notes, Photoshop
// IRB) and every comment (COM) goes. Any other marker: none, the file is refused.
enum class JpegSegment { Keep, Drop, Unknown };

JpegSegment jpegSegment(uchar marker, const QByteArray &payload)
{
    if ((marker >= 0xc0 && marker <= 0xcf && marker != 0xc8) || marker == 0xdb || marker == 0xdc ||
        marker == 0xdd || marker == 0xda)
        return JpegSegment::Keep;
    if (marker == 0xe0)
        return payload.startsWith(QByteArray("JFIF\0", 5)) ? JpegSegment::Keep : JpegSegment::Drop;
    if (marker == 0xee)
        return payload.startsWith("Adobe") ? JpegSegment::Keep : JpegSegment::Drop;
    if ((marker >= 0xe1 && marker <= 0xef) || marker == 0xfe)
        return JpegSegment::Drop;
    return JpegSegment::Unknown;
}

// `jpeg` without its metadata segments (jpegSegment), the entropy-coded data of every scan copied
// byte for byte, so the pixels decode the same, and nothing after EOI. None when the segments
// do not add up or a marker is unknown: in a damaged file, metadata cannot be told apart.
std::optional<QByteArray> withoutJpegMetadata(const QByteArray &jpeg)
{
    const auto byte = [&](qsizetype at) { return uchar(jpeg.at(at)); };
    if (jpeg.size() < 4 || byte(0) != 0xff || byte(1) != 0xd8)
        return std::nullopt;
    QByteArray kept = jpeg.left(2);
    qsizetype at = 2;
    bool scanned = false;
    for (;;) {
        if (at >= jpeg.size() || byte(at) != 0xff)
            return std::nullopt;
        while (at < jpeg.size() && byte(at) == 0xff) // fill bytes
            ++at;
        if (at >= jpeg.size())
            return std::nullopt;
        const uchar marker = byte(at++);
        if (marker == 0xd9) // EOI
            return scanned ? std::optional<QByteArray>(kept + "\xff\xd9") : std::nullopt;
        if (jpeg.size() - at < 2)
            return std::nullopt;
        const qsizetype length = qsizetype(byte(at)) << 8 | byte(at + 1);
        if (length < 2 || length > jpeg.size() - at)
            return std::nullopt;
        const JpegSegment segment = jpegSegment(marker, jpeg.mid(at + 2, length - 2));
        if (segment == JpegSegment::Unknown)
            return std::nullopt;
        if (segment == JpegSegment::Keep)
            kept += char(0xff) + (char(marker) + jpeg.mid(at, length));
        at += length;
        if (marker != 0xda)
            continue;
        // The scan's entropy-coded data, up to the next marker other than a stuffed zero or a
        // restart (RST0..RST7).
        scanned = true;
        const qsizetype data = at;
        while (at + 1 < jpeg.size() && !(byte(at) == 0xff && byte(at + 1) != 0x00 &&
                                         (byte(at + 1) < 0xd0 || byte(at + 1) > 0xd7)))
            ++at;
        if (at + 1 >= jpeg.size())
            return std::nullopt;
        kept += jpeg.mid(data, at - data);
    }
}

// `item`'s image de-identified at `staged` (docs/deidentification.md, "Exports"): first copied
// into `scratch`, a folder in the project, and checked against its hash, so the bytes checked
// are the bytes de-identified; a DICOM image then put through the PS3.15 basic profile with
// `key`, exactly as `concord-cli deidentify --project` does; a PNG without its metadata chunks,
// a JPEG without its metadata segments, a BMP (which has no field for text) as it is; any other
// image is refused. Only de-identified bytes are written to `staged`, in the destination: the
// identified copy stays in the project, so an export killed half-way leaves none beside the
// dataset.
MaybeError stageDeidentified(const ProjectFolder &projectFolder, const Item &item,
                             const PseudonymKey &key, const QString &staged, const QString &scratch,
                             DatasetExportResult &result)
{
    const QString source = projectFolder.absoluteItemPath(item.path);
    const QString copy = scratch + QStringLiteral("/original");
    QFile::remove(copy);
    const Expected<bool> copied = copyFileDurably(source, copy, item.sha256);
    if (!copied)
        return copied.error();
    if (!*copied)
        return FileError{copy, concord::tr("cannot write")};
    const auto removeCopy = qScopeGuard([&] { QFile::remove(copy); });
    // A DICOM file without a preamble is known by its extension (the item's); the preamble is
    // looked for in the checked copy, the bytes that are de-identified. One without either and
    // without a recorded UID is no image Concord reads as DICOM.
    if (!item.sopInstanceUid.isEmpty() || isDicomFile(source) || isDicomFile(copy)) {
        const Expected<DeidentifiedFile> done =
            deidentifyDicomFile(copy, scratch, key, DeidentificationOptions{});
        if (!done)
            return FileError{source, done.error().message};
        const auto removeOutput = qScopeGuard([&] { QFile::remove(done->outputFile); });
        // The name every de-identified export gives the image is made from the UID the
        // project recorded; the file must hold the same one.
        if (!item.sopInstanceUid.isEmpty() && done->sopInstanceUid != key.uid(item.sopInstanceUid))
            return FileError{source, concord::tr("holds another SOP Instance UID than the "
                                                 "project recorded; import it again")};
        // Copied, not renamed: the project and the destination may be two file systems.
        QFile output(done->outputFile);
        const std::optional<std::string> hash =
            output.open(QIODevice::ReadOnly) ? sha256Hex(output) : std::nullopt;
        output.close();
        if (!hash)
            return FileError{done->outputFile, concord::tr("cannot read")};
        const Expected<bool> placed =
            copyFileDurably(done->outputFile, staged, QString::fromStdString(*hash));
        if (!placed)
            return placed.error();
        if (!*placed)
            return FileError{staged, concord::tr("cannot write")};
        for (const QString &warning : done->warnings)
            result.warnings << QStringLiteral("%1: %2").arg(item.path, warning);
        return std::nullopt;
    }
    const QByteArray head = headOf(copy, pngSignature().size());
    if (head == pngSignature() || isJpeg(head)) {
        const bool png = head == pngSignature();
        const Expected<QByteArray> bytes = readWholeFile(copy);
        if (!bytes)
            return bytes.error();
        const std::optional<QByteArray> stripped =
            png ? withoutPngMetadata(*bytes) : withoutJpegMetadata(*bytes);
        if (!stripped)
            return FileError{source, png ? concord::tr("is not a well-formed PNG, so its "
                                                       "metadata cannot be removed; refused")
                                         : concord::tr("is not a well-formed JPEG, so its "
                                                       "metadata cannot be removed; refused")};
        return writeFileAtomically(staged, *stripped);
    }
    if (head.startsWith("BM")) {
        // A BMP has no field for text, a name or a date: its header says how its pixels are
        // laid out, nothing more.
        const Expected<bool> placed = copyFileDurably(copy, staged, item.sha256);
        if (!placed)
            return placed.error();
        return *placed ? MaybeError{} : MaybeError{FileError{staged, concord::tr("cannot write")}};
    }
    return FileError{source, concord::tr("is neither DICOM, PNG, JPEG nor BMP: its metadata "
                                         "cannot be removed without re-encoding; convert it to "
                                         "PNG, or export without --deidentify")};
}

// Puts `item`'s image at `staged` as `options` ask. `dataset` is the export's folder, for
// messages; `scratch` a folder for the de-identifier's files.
MaybeError stageImage(const ProjectFolder &projectFolder, const Item &item,
                      const DatasetExportOptions &options, const QString &staged,
                      const QString &dataset, const QString &scratch, DatasetExportResult &result)
{
    if (options.deidentifyWith)
        return stageDeidentified(projectFolder, item, *options.deidentifyWith, staged, scratch,
                                 result);
    if (options.images == DatasetImages::Link) {
        const Expected<QString> target = linkTarget(projectFolder, item);
        if (!target)
            return target.error();
        return linkImage(*target, staged, item.sha256, dataset);
    }
    const Expected<bool> copied =
        copyFileDurably(projectFolder.absoluteItemPath(item.path), staged, item.sha256);
    if (!copied)
        return copied.error();
    return std::nullopt;
}

} // namespace

Expected<DatasetExportResult> exportDataset(const ProjectFolder &projectFolder,
                                            const Project &project, const ItemList &items,
                                            const AnnotationStore &store, const QString &folder,
                                            const DatasetExportOptions &options)
{
    const PseudonymKey *key = options.deidentifyWith;
    if (key && options.images == DatasetImages::Link)
        return FileError{folder, concord::tr("a de-identified dataset cannot link its images: a "
                                             "link is the original file, with everything in it "
                                             "that names the patient; copy them instead")};
    const QFileInfo destination(folder);
    if (destination.exists() && !destination.isDir())
        return FileError{folder, concord::tr("not a folder")};
    const QString root = destination.absoluteFilePath();
    const bool folderIsNew = !destination.exists();
    if (!QDir().mkpath(root))
        return FileError{root, concord::tr("cannot create folder")};
    ExportStaging staging(root, QStringLiteral("dataset"), folderIsNew);
    if (!QDir().mkdir(staging.path()))
        return FileError{staging.path(), concord::tr("cannot create folder")};
    // De-identifying, the identified copy of each image and the de-identifier's files stay in the
    // project, where the identified image already is; the destination only ever holds
    // de-identified bytes (docs/deidentification.md, "Exports").
    std::optional<QTemporaryDir> scratch;
    if (key) {
        const QString cache = projectFolder.cacheDir();
        if (!QDir().mkpath(cache))
            return FileError{cache, concord::tr("cannot create folder")};
        scratch.emplace(cache + QStringLiteral("/dataset-export-XXXXXX"));
        if (!scratch->isValid())
            return FileError{cache, scratch->errorString()};
    }

    QHash<int, int> classIndex;
    QStringList classNames;
    for (const Label &label : project.taxonomy.labels()) {
        classIndex.insert(label.id, int(classNames.size()));
        classNames.append(project.taxonomy.pathOf(label.id));
    }
    const DatasetFormat format = options.format;
    DatasetExportResult result;
    std::vector<DatasetImage> images;
    std::vector<QString> baseNames;
    std::vector<const Item *> sources;
    for (int index = 0; index < items.size(); ++index) {
        if (options.control.stopRequested()) {
            result.cancelled = true;
            return result;
        }
        options.control.report(index, items.size());
        const Item &item = items.at(index);
        QString split = QLatin1String(DefaultDatasetSplit);
        if (!options.splitOfItem.empty()) {
            const auto found = options.splitOfItem.find(item.id);
            if (found == options.splitOfItem.end())
                continue;
            split = found->second;
        }
        DatasetImage image;
        image.itemId = key ? key->pseudonym(QLatin1String(ItemPseudonymKind), item.id) : item.id;
        image.split = SafePath::fileNameFor(split);
        image.width = item.width;
        image.height = item.height;
        // VOC records the channels, and YOLO cannot normalise without the size: read the image.
        if (format == DatasetFormat::PascalVoc ||
            (format == DatasetFormat::Yolo && (item.width <= 0 || item.height <= 0))) {
            Expected<Image> loaded = loadImage(projectFolder.absoluteItemPath(item.path));
            if (!loaded)
                return loaded.error();
            image.width = loaded->width();
            image.height = loaded->height();
            image.depth = loaded->channels();
        }
        for (const auto &[annotatorId, work] : store.allWork()) {
            if (!options.annotatorIds.isEmpty() && !options.annotatorIds.contains(annotatorId))
                continue;
            if (const ItemWork *itemWork = work.item(item.id))
                addShapes(*itemWork, {image.width, image.height}, format == DatasetFormat::Yolo,
                          classIndex, classNames, image.shapes);
        }
        if (key) {
            // The same pseudonyms a de-identified COCO file gives readers and sessions.
            for (DatasetShape &shape : image.shapes) {
                shape.reader = key->pseudonym(QLatin1String(PersonPseudonymKind), shape.reader);
                shape.session = key->pseudonym(QLatin1String(SessionPseudonymKind), shape.session);
            }
        }
        images.push_back(std::move(image));
        baseNames.push_back(key ? deidentifiedImageName(*key, item) : baseNameOf(item));
        sources.push_back(&item);
    }
    nameImages(images, baseNames);

    // The splits in the order given, then any others sorted; only those holding an image.
    QStringList splits;
    QStringList ordered;
    for (const QString &name : options.splitNames)
        ordered.append(SafePath::fileNameFor(name));
    QStringList others;
    for (const DatasetImage &image : images) {
        if (!ordered.contains(image.split) && !others.contains(image.split))
            others.append(image.split);
    }
    others.sort();
    for (const QString &split : ordered + others) {
        const bool used = std::any_of(images.cbegin(), images.cend(),
                                      [&](const DatasetImage &i) { return i.split == split; });
        if (used && !splits.contains(split))
            splits.append(split);
    }

    // One dataset holding every split, or one per split in a sub-folder of its name.
    std::vector<StagedFile> staged;
    auto stagedName = [&](const QString &suffix) {
        return staging.path() + QStringLiteral("/%1%2").arg(qsizetype(staged.size())).arg(suffix);
    };
    auto place = [&](const QString &stagedPath, const QString &datasetRoot, const QString &path) {
        const QString target = datasetRoot + QLatin1Char('/') + path;
        staged.push_back({stagedPath, QFileInfo(target).path(), target});
    };
    const QStringList roots = options.perSplitFolders ? splits : QStringList{QString()};
    for (const QString &subfolder : roots) {
        const QString datasetRoot =
            subfolder.isEmpty() ? root : root + QLatin1Char('/') + subfolder;
        std::vector<DatasetImage> inRoot;
        for (size_t index = 0; index < images.size(); ++index) {
            if (!subfolder.isEmpty() && images[index].split != subfolder)
                continue;
            if (options.control.stopRequested()) {
                result.cancelled = true;
                return result;
            }
            const QString image = stagedName(QStringLiteral(".image"));
            if (MaybeError error = stageImage(projectFolder, *sources[index], options, image, root,
                                              scratch ? scratch->path() : QString(), result))
                return *error;
            place(image, datasetRoot, datasetImagePath(format, images[index]));
            result.shapes += int(images[index].shapes.size());
            inRoot.push_back(images[index]);
        }
        const QStringList rootSplits = subfolder.isEmpty() ? splits : QStringList{subfolder};
        // De-identified, no file names the folder: YOLO's data.yaml has no "path" (an absolute
        // folder may name whoever exported it, and Ultralytics takes the folder of data.yaml
        // without one), VOC's <folder> is a constant.
        const QString namedRoot = key ? QString() : datasetRoot;
        for (const DatasetFile &file :
             datasetFiles(format, inRoot, rootSplits, classNames, namedRoot)) {
            const QString text = stagedName(QStringLiteral(".text"));
            if (MaybeError error = writeFileAtomically(text, file.contents))
                return *error;
            place(text, datasetRoot, file.path);
        }
        result.images += int(inRoot.size());
    }
    if (options.control.stopRequested()) {
        result.cancelled = true;
        return result;
    }
    options.control.report(items.size(), items.size());
    staging.keepDestination();
    if (MaybeError error = moveStagedFilesIntoPlace(root, staged))
        return *error;
    return result;
}

} // namespace concord
