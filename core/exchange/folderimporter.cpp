// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/folderimporter.h"

#include "core/imaging/dicomloader.h"
#include "core/imaging/dicomtags.h"
#include "core/imaging/imageloader.h"
#include "core/imaging/rasterloader.h"
#include "core/imaging/tiffblocks.h"
#include "core/project/workspace.h"
#include "core/storage/atomicfile.h"
#include "core/storage/safepath.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace concord {

Expected<Item> describeImageFile(const ProjectFolder &project, const QString &path,
                                 const QString &group, const ImageMetadata *dicomHeader)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, concord::tr("cannot read: %1").arg(file.errorString())};
    const std::optional<std::string> hash = sha256Hex(file);
    if (!hash)
        return FileError{path, concord::tr("cannot read: %1").arg(file.errorString())};
    file.close();

    // DICOM headers carry size and identity, so the pixels need not be decoded at import; nor
    // do a big TIFF's, which would take seconds to read (docs/viewer.md, "Big rasters").
    const bool dicom = dicomHeader != nullptr;
    std::optional<TiffLevelLayout> tiledLayout;
    if (!dicom && readsByTile(path)) {
        Expected<std::vector<TiffLevelLayout>> levels = readTiffLevels(path);
        if (!levels)
            return levels.error();
        tiledLayout = levels->front();
    }
    Expected<Image> image = dicom || tiledLayout ? Expected<Image>(Image{}) : loadImage(path);
    if (!image)
        return image.error();
    const ImageMetadata &metadata = dicom ? *dicomHeader : image->metadata;
    Item item;
    item.sha256 = QString::fromStdString(*hash);
    // 64 bits of the content hash: collisions are negligible for any realistic project, and
    // identical files in two copies of a project get the same id.
    item.id = item.sha256.left(16);
    item.path = project.storedItemPath(path);
    item.width = dicom ? metadata.width : tiledLayout ? tiledLayout->width : image->width();
    item.height = dicom ? metadata.height : tiledLayout ? tiledLayout->height : image->height();
    item.group = group;
    item.patientId = metadata.patientId;
    item.studyInstanceUid = metadata.studyInstanceUid;
    item.seriesInstanceUid = metadata.seriesInstanceUid;
    item.sopInstanceUid = metadata.sopInstanceUid;
    item.pixelSpacing = metadata.pixelSpacing;
    return item;
}

// A readable DICOM file without Pixel Data (an SR, a presentation state, a segmentation
// stored as such) is not an error: it is simply not an image to label.
static bool holdsNoImage(const QString &path)
{
    Expected<std::vector<DicomTag>> tags = readDicomTags(path);
    if (!tags)
        return false;
    return std::none_of(tags->begin(), tags->end(), [](const DicomTag &tag) {
        return tag.tag == QLatin1String("(7FE0,0010)") && tag.depth == 0;
    });
}

namespace {

// One file to import: where it is, the group it joins, and the name its copy would get below
// images/ (its path below the folder it was found in, led by that folder's name).
struct ImportCandidate
{
    QString path;
    QString group;
    QString copyName;
};

bool isDicomDirFile(const QFileInfo &info)
{
    return info.isFile() &&
           info.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

// The files `sources` name, in a stable order: each folder's files sorted, sources in turn.
Expected<std::vector<ImportCandidate>> collectCandidates(const QStringList &sources)
{
    std::vector<ImportCandidate> candidates;
    for (const QString &source : sources) {
        QFileInfo info(source);
        // A DICOMDIR indexes the files beside and below it; importing its folder finds them all.
        if (isDicomDirFile(info))
            info = QFileInfo(info.absolutePath());
        if (info.isFile()) {
            candidates.push_back({info.absoluteFilePath(), QString(), info.fileName()});
            continue;
        }
        if (!info.isDir())
            return FileError{source, concord::tr("no such file or folder")};
        const QDir root(info.absoluteFilePath());
        QStringList files;
        QDirIterator it(root.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (looksLikeImageFile(path))
                files << path;
        }
        files.sort(); // a stable, predictable item order
        const QString folderName =
            root.dirName().isEmpty() ? QStringLiteral("import") : root.dirName();
        for (const QString &path : std::as_const(files)) {
            const QString relative = root.relativeFilePath(path);
            QString group = QFileInfo(relative).path();
            if (group == QLatin1String("."))
                group.clear();
            candidates.push_back({path, group, folderName + QLatin1Char('/') + relative});
        }
    }
    return candidates;
}

bool isInsideProject(const ProjectFolder &project, const QString &path)
{
    const QString stored = project.storedItemPath(path);
    return !QDir::isAbsolutePath(stored) && !stored.startsWith(QLatin1String("../")) &&
           stored != QLatin1String("..");
}

// `images/<name>`, or `images/<name>-2.<ext>`, ... where that is taken by other content.
// A name the file system allowed but the project would not (a backslash, a control character)
// becomes the content hash instead.
QString copyPathFor(const QString &copyName, const QString &sha256, int attempt)
{
    QString name = copyName;
    if (!SafePath::relativePathProblem(QStringLiteral("images/") + name).isEmpty())
        name = sha256.left(16) + QLatin1Char('.') + QFileInfo(copyName).suffix();
    if (attempt > 0) {
        const QFileInfo info(name);
        const QString stem = info.path() == QLatin1String(".")
                                 ? info.completeBaseName()
                                 : info.path() + QLatin1Char('/') + info.completeBaseName();
        name = stem + QStringLiteral("-%1").arg(attempt + 1) +
               (info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
    }
    return QStringLiteral("images/") + name;
}

// Copies the image of `item` into images/ and points the item at the copy. An earlier copy of
// the same content under the same name (an import stopped half-way, run again) is reused.
MaybeError copyIntoProject(const ProjectFolder &project, const ImportCandidate &candidate,
                           Item &item)
{
    constexpr int MaxNameAttempts = 100;
    for (int attempt = 0; attempt < MaxNameAttempts; ++attempt) {
        const QString relative = copyPathFor(candidate.copyName, item.sha256, attempt);
        const QString destination = project.root() + QLatin1Char('/') + relative;
        const QString directory = QFileInfo(destination).absolutePath();
        // A link planted in images/ must not carry the copy out of the project.
        if (MaybeError linked = SafePath::refuseLinksBelow(project.root(), directory))
            return linked;
        if (!QDir().mkpath(directory))
            return FileError{directory, concord::tr("cannot create folder")};
        if (MaybeError linked = SafePath::refuseLinksBelow(project.root(), destination))
            return linked;
        Expected<bool> copied = copyFileDurably(candidate.path, destination, item.sha256);
        if (!copied)
            return copied.error();
        if (*copied || fileHasSha256(destination, item.sha256)) {
            item.path = relative;
            return std::nullopt;
        }
    }
    return FileError{candidate.path, concord::tr("no free name for its copy in images/")};
}

} // namespace

Expected<ImportReport> importImages(Workspace &workspace, const QStringList &sources,
                                    const ImportOptions &options,
                                    const std::function<void(int, int)> &progress)
{
    Expected<std::vector<ImportCandidate>> collected = collectCandidates(sources);
    if (!collected)
        return collected.error();
    const std::vector<ImportCandidate> &candidates = *collected;
    const int total = int(candidates.size());

    ImportReport report;
    std::vector<Item> items;
    QSet<QString> newIds;             // this import's own duplicates are copied once
    std::vector<Item> withNewSpacing; // present, imported before spacing was recorded
    report.found = total;
    for (int i = 0; i < total; ++i) {
        if (progress)
            progress(i, total);
        if (options.cancelled && options.cancelled()) {
            report.cancelled = true;
            break;
        }
        report.examined = i + 1;
        const ImportCandidate &candidate = candidates[size_t(i)];
        QString group = candidate.group;
        std::optional<ImageMetadata> dicomHeader;
        if (isDicomFile(candidate.path)) {
            Expected<ImageMetadata> header = readDicomMetadata(candidate.path);
            // Structured reports, segmentations and presentation states have no pixels.
            if (!header || header->width <= 0 || header->height <= 0) {
                if (holdsNoImage(candidate.path))
                    ++report.notImages;
                else
                    report.unreadable.push_back(
                        header ? FileError{candidate.path, concord::tr("image has no size")}
                               : header.error());
                continue;
            }
            // The header alone does not show a file cut short inside its pixels; say so now,
            // naming the file, rather than when a reader opens it.
            if (MaybeError damaged = checkDicomPixelData(candidate.path)) {
                report.unreadable.push_back(*damaged);
                continue;
            }
            // DICOM items group by patient, study and series, wherever the files lie.
            group =
                QStringLiteral("%1/%2/%3")
                    .arg(header->patientId, header->studyInstanceUid, header->seriesInstanceUid);
            dicomHeader = std::move(*header);
        }
        Expected<Item> item = describeImageFile(workspace.folder(), candidate.path, group,
                                                dicomHeader ? &*dicomHeader : nullptr);
        if (!item) {
            report.unreadable.push_back(item.error());
            continue;
        }
        report.itemIdOfFile.insert(QFileInfo(candidate.path).canonicalFilePath(), item->id);
        if (const Item *present = workspace.items().find(item->id)) {
            ++report.alreadyPresent;
            if (!present->pixelSpacing && item->pixelSpacing)
                withNewSpacing.push_back(std::move(*item));
            continue;
        }
        if (newIds.contains(item->id)) {
            ++report.alreadyPresent; // the same content twice in this import
            continue;
        }
        if (options.copyIntoProject && !isInsideProject(workspace.folder(), candidate.path)) {
            if (MaybeError failed = copyIntoProject(workspace.folder(), candidate, *item)) {
                // The source could not be read: skip it. The project could not be written: stop.
                if (failed->path == candidate.path) {
                    report.unreadable.push_back(*failed);
                    continue;
                }
                return *failed;
            }
            ++report.copied;
        }
        newIds.insert(item->id);
        items.push_back(std::move(*item));
    }
    const int before = int(items.size());
    Expected<int> added = workspace.addItems(items);
    if (!added)
        return added.error();
    report.added = *added;
    report.alreadyPresent += before - *added; // added by another writer meanwhile
    Expected<int> recorded = workspace.recordPixelSpacing(withNewSpacing);
    if (!recorded)
        return recorded.error();
    report.spacingRecorded = *recorded;
    if (progress)
        progress(total, total);
    return report;
}

Expected<ImportReport> importFolder(Workspace &workspace, const QString &folder,
                                    const std::function<void(int, int)> &progress)
{
    const QFileInfo info(folder);
    if (!info.isDir() && !isDicomDirFile(info))
        return FileError{folder, concord::tr("not a folder")};
    return importImages(workspace, {folder}, {}, progress);
}

} // namespace concord
