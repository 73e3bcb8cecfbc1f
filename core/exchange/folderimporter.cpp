// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/folderimporter.h"

#include "core/imaging/dicomloader.h"
#include "core/imaging/dicomtags.h"
#include "core/imaging/imageloader.h"
#include "core/project/workspace.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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

    // DICOM headers carry size and identity, so the pixels need not be decoded at import.
    const bool dicom = dicomHeader != nullptr;
    Expected<Image> image = dicom ? Expected<Image>(Image{}) : loadImage(path);
    if (!image)
        return image.error();
    const ImageMetadata &metadata = dicom ? *dicomHeader : image->metadata;
    Item item;
    item.sha256 = QString::fromStdString(*hash);
    // 64 bits of the content hash: collisions are negligible for any realistic project, and
    // identical files in two copies of a project get the same id.
    item.id = item.sha256.left(16);
    item.path = project.storedItemPath(path);
    item.width = dicom ? metadata.width : image->width();
    item.height = dicom ? metadata.height : image->height();
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

Expected<ImportReport> importFolder(Workspace &workspace, const QString &folder,
                                    const std::function<void(int, int)> &progress)
{
    // A DICOMDIR indexes the files beside and below it; importing its folder finds them all.
    QFileInfo folderInfo(folder);
    if (folderInfo.isFile() &&
        folderInfo.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
        folderInfo = QFileInfo(folderInfo.absolutePath());
    if (!folderInfo.isDir())
        return FileError{folder, concord::tr("not a folder")};
    QStringList files;
    QDirIterator it(folderInfo.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (looksLikeImageFile(path))
            files << path;
    }
    files.sort(); // a stable, predictable item order

    ImportReport report;
    std::vector<Item> items;
    std::vector<Item> withNewSpacing; // present, imported before spacing was recorded
    const QDir root(folderInfo.absoluteFilePath());
    for (int i = 0; i < files.size(); ++i) {
        if (progress)
            progress(i, int(files.size()));
        QString group = QFileInfo(root.relativeFilePath(files[i])).path();
        if (group == QLatin1String("."))
            group.clear();
        std::optional<ImageMetadata> dicomHeader;
        if (isDicomFile(files[i])) {
            Expected<ImageMetadata> header = readDicomMetadata(files[i]);
            // Structured reports, segmentations and presentation states have no pixels.
            if (!header || header->width <= 0 || header->height <= 0) {
                if (holdsNoImage(files[i]))
                    ++report.notImages;
                else
                    report.unreadable.push_back(
                        header ? FileError{files[i], concord::tr("image has no size")}
                               : header.error());
                continue;
            }
            // The header alone does not show a file cut short inside its pixels; say so now,
            // naming the file, rather than when a reader opens it.
            if (MaybeError damaged = checkDicomPixelData(files[i])) {
                report.unreadable.push_back(*damaged);
                continue;
            }
            // DICOM items group by patient, study and series, wherever the files lie.
            group =
                QStringLiteral("%1/%2/%3")
                    .arg(header->patientId, header->studyInstanceUid, header->seriesInstanceUid);
            dicomHeader = std::move(*header);
        }
        Expected<Item> item = describeImageFile(workspace.folder(), files[i], group,
                                                dicomHeader ? &*dicomHeader : nullptr);
        if (!item) {
            report.unreadable.push_back(item.error());
            continue;
        }
        if (const Item *present = workspace.items().find(item->id)) {
            ++report.alreadyPresent;
            if (!present->pixelSpacing && item->pixelSpacing)
                withNewSpacing.push_back(std::move(*item));
            continue;
        }
        items.push_back(std::move(*item));
    }
    const int before = int(items.size());
    Expected<int> added = workspace.addItems(items);
    if (!added)
        return added.error();
    report.added = *added;
    report.alreadyPresent += before - *added; // duplicates within the folder itself
    Expected<int> recorded = workspace.recordPixelSpacing(withNewSpacing);
    if (!recorded)
        return recorded.error();
    report.spacingRecorded = *recorded;
    if (progress)
        progress(int(files.size()), int(files.size()));
    return report;
}

} // namespace concord
