// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/folderimporter.h"

#include "core/imaging/dicomloader.h"
#include "core/imaging/imageloader.h"
#include "core/project/workspace.h"
#include "core/storage/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace concord {

static QString tr(const char *text)
{
    return QCoreApplication::translate("FolderImporter", text);
}

Expected<Item> describeImageFile(const ProjectFolder &project, const QString &path,
                                 const QString &group)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, tr("cannot read: %1").arg(file.errorString())};
    const std::optional<std::string> hash = sha256Hex(file);
    if (!hash)
        return FileError{path, tr("cannot read: %1").arg(file.errorString())};
    file.close();

    // DICOM headers carry size and identity, so the pixels need not be decoded at import.
    Expected<ImageMetadata> dicomHeader = isDicomFile(path) ? readDicomMetadata(path)
                                                            : Expected<ImageMetadata>(ImageMetadata{});
    if (!dicomHeader)
        return dicomHeader.error();
    Expected<Image> image = isDicomFile(path) ? Expected<Image>(Image{}) : loadImage(path);
    if (!image)
        return image.error();
    const ImageMetadata &metadata = isDicomFile(path) ? *dicomHeader : image->metadata;
    Item item;
    item.sha256 = QString::fromStdString(*hash);
    // 64 bits of the content hash: collisions are negligible for any realistic project, and
    // identical files in two copies of a project get the same id.
    item.id = item.sha256.left(16);
    item.path = project.storedItemPath(path);
    item.width = isDicomFile(path) ? metadata.width : image->width();
    item.height = isDicomFile(path) ? metadata.height : image->height();
    item.group = group;
    item.patientId = metadata.patientId;
    item.studyInstanceUid = metadata.studyInstanceUid;
    item.seriesInstanceUid = metadata.seriesInstanceUid;
    item.sopInstanceUid = metadata.sopInstanceUid;
    return item;
}

Expected<ImportReport> importFolder(Workspace &workspace, const QString &folder,
                                    const std::function<void(int, int)> &progress)
{
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        return FileError{folder, tr("not a folder")};
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (looksLikeImageFile(path))
            files << path;
    }
    files.sort(); // a stable, predictable item order

    ImportReport report;
    std::vector<Item> items;
    const QDir root(folderInfo.absoluteFilePath());
    for (int i = 0; i < files.size(); ++i) {
        if (progress)
            progress(i, int(files.size()));
        const QString group = QFileInfo(root.relativeFilePath(files[i])).path();
        Expected<Item> item = describeImageFile(workspace.folder(), files[i],
                                                group == QLatin1String(".") ? QString() : group);
        if (!item) {
            report.unreadable.push_back(item.error());
            continue;
        }
        if (workspace.items().find(item->id)) {
            ++report.alreadyPresent;
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
    if (progress)
        progress(int(files.size()), int(files.size()));
    return report;
}

} // namespace concord
