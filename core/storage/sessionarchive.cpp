// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sessionarchive.h"

#include "core/storage/atomicfile.h"
#include "core/storage/blobreferences.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectfolder.h"
#include "core/storage/safepath.h"
#include "core/storage/sha256.h"
#include "core/storage/sharedfileupdate.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace concord {

namespace {

// Version 2 adds the blobs the journals refer to. An archive without blobs is still written as
// version 1, so a Concord that predates masks reads it.
constexpr int JournalsOnlyVersion = 1;
constexpr int ArchiveVersion = 2;
const QByteArray Magic = QByteArrayLiteral("CONCORD-SESSION-ARCHIVE ");
const QByteArray TrailerTag = QByteArrayLiteral("CONCORD-SESSION-ARCHIVE-END ");

std::string sha256Of(const QByteArray &bytes, qsizetype from, qsizetype size)
{
    return sha256Hex(bytes.constData() + from, size_t(size));
}

// A journal file name as it may appear in an archive: a plain "*.jsonl" name, never a path, so
// an archive can only ever write inside journal/<annotator>/.
bool isPlainJournalName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\.jsonl$"));
    return pattern.match(name).hasMatch();
}

struct ArchivedFile
{
    QString name;
    QByteArray contents;
};

// An archive read and fully verified, ready to merge.
struct VerifiedArchive
{
    QString projectId;
    QString projectName;
    Annotator annotator;
    std::vector<ArchivedFile> files;
    std::vector<NamedBlob> blobs;
};

Expected<VerifiedArchive> readArchive(const QString &path)
{
    Expected<QByteArray> read = readWholeFile(path);
    if (!read)
        return read.error();
    const QByteArray &bytes = *read;
    if (!bytes.startsWith(Magic))
        return FileError{path,
                         concord::tr("not a Concord session archive (its first line is wrong)")};
    const qsizetype magicEnd = bytes.indexOf('\n');
    bool versionOk = false;
    const int version = bytes.mid(Magic.size(), magicEnd - Magic.size()).toInt(&versionOk);
    if (magicEnd < 0 || !versionOk)
        return FileError{path,
                         concord::tr("damaged session archive: the format version is unreadable")};
    if (version < JournalsOnlyVersion || version > ArchiveVersion) {
        return FileError{path,
                         concord::tr("session archive format version %1 is not supported by this "
                                     "version of Concord (it reads versions 1 to %2)")
                             .arg(version)
                             .arg(ArchiveVersion)};
    }

    // The trailer is checked first: it covers every byte, so truncation or any flipped byte is
    // caught before the manifest is trusted.
    if (!bytes.endsWith('\n'))
        return FileError{path,
                         concord::tr("damaged session archive: it is truncated (no end line)")};
    const qsizetype trailerStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
    const QByteArray trailer = bytes.mid(trailerStart, bytes.size() - 1 - trailerStart);
    if (trailerStart <= magicEnd || !trailer.startsWith(TrailerTag))
        return FileError{path,
                         concord::tr("damaged session archive: it is truncated (no end line)")};
    const std::string expected = trailer.mid(TrailerTag.size()).toStdString();
    if (sha256Of(bytes, 0, trailerStart) != expected)
        return FileError{path, concord::tr("damaged session archive: its checksum does not match")};

    const qsizetype manifestEnd = bytes.indexOf('\n', magicEnd + 1);
    if (manifestEnd < 0 || manifestEnd >= trailerStart)
        return FileError{path, concord::tr("damaged session archive: the manifest is missing")};
    // Journals end with a newline, so in version 1 the trailer line follows them directly;
    // blobs need not, so version 2 ends its payload with one newline of its own.
    const qsizetype payloadEnd = version > JournalsOnlyVersion ? trailerStart - 1 : trailerStart;
    if (payloadEnd <= manifestEnd)
        return FileError{path,
                         concord::tr("damaged session archive: it is truncated (no end line)")};
    VerifiedArchive archive;
    qsizetype offset = manifestEnd + 1;
    try {
        const Json manifest =
            Json::parse(bytes.constData() + magicEnd + 1, bytes.constData() + manifestEnd);
        if (requireString(manifest, "format") != QLatin1String("concord-session-archive"))
            throw JsonFieldError{concord::tr("the manifest is not a session archive manifest")};
        const Json &project = manifest.at("project");
        archive.projectId = requireString(project, "id");
        archive.projectName = optionalString(project, "name");
        const Json &annotator = manifest.at("annotator");
        archive.annotator.id = requireString(annotator, "id");
        archive.annotator.displayName = optionalString(annotator, "name", archive.annotator.id);
        archive.annotator.role = roleFromKey(optionalString(annotator, "role"));
        if (!isValidAnnotatorId(archive.annotator.id))
            throw JsonFieldError{
                concord::tr("\"%1\" is not a valid annotator id").arg(archive.annotator.id)};
        for (const Json &entry : manifest.at("files")) {
            ArchivedFile file;
            file.name = requireString(entry, "name");
            const qint64 size = requireInteger(entry, "size");
            const QString sha = requireString(entry, "sha256");
            if (!isPlainJournalName(file.name))
                throw JsonFieldError{
                    concord::tr("\"%1\" is not a journal file name").arg(file.name)};
            if (size < 0 || size > payloadEnd - offset)
                throw JsonFieldError{concord::tr("%1 is cut short").arg(file.name)};
            if (fromStd(sha256Of(bytes, offset, size)) != sha)
                throw JsonFieldError{
                    concord::tr("the checksum of %1 does not match").arg(file.name)};
            file.contents = bytes.mid(offset, size);
            offset += size;
            archive.files.push_back(std::move(file));
        }
        // A blob's name is the SHA-256 of its bytes: that is its checksum.
        for (const Json &entry :
             version > JournalsOnlyVersion ? manifest.at("blobs") : Json::array()) {
            NamedBlob blob;
            blob.name = requireString(entry, "name");
            const qint64 size = requireInteger(entry, "size");
            if (!BlobStore::isBlobName(blob.name))
                throw JsonFieldError{concord::tr("\"%1\" is not a blob file name").arg(blob.name)};
            if (size < 0 || size > payloadEnd - offset)
                throw JsonFieldError{concord::tr("blob %1 is cut short").arg(blob.name)};
            blob.contents = bytes.mid(offset, size);
            if (!BlobStore::matchesName(blob.name, blob.contents))
                throw JsonFieldError{
                    concord::tr("blob %1 is damaged: its contents do not match its name")
                        .arg(blob.name)};
            offset += size;
            archive.blobs.push_back(std::move(blob));
        }
    } catch (const JsonFieldError &error) {
        return FileError{path, concord::tr("damaged session archive: %1").arg(error.message)};
    } catch (const Json::exception &error) {
        return FileError{path,
                         concord::tr("damaged session archive: the manifest is unreadable (%1)")
                             .arg(QString::fromUtf8(error.what()))};
    }
    if (offset != payloadEnd)
        return FileError{path,
                         concord::tr("damaged session archive: it holds bytes no manifest entry "
                                     "accounts for")};
    return archive;
}

} // namespace

Expected<SessionArchiveSummary> exportSessionArchive(const QString &projectDirectory,
                                                     const QString &annotatorId,
                                                     const QString &archiveFile)
{
    const ProjectFolder folder(projectDirectory);
    if (!folder.exists())
        return notAProjectError(folder);
    Expected<Project> project = readProjectFile(folder.projectFile());
    if (!project)
        return project.error();
    const Annotator *annotator = project->findAnnotator(annotatorId);
    if (!annotator) {
        return FileError{
            folder.projectFile(),
            concord::tr("unknown annotator \"%1\": there is nothing to export").arg(annotatorId)};
    }

    SessionArchiveSummary summary;
    Json files = Json::array();
    QByteArray payload;
    BlobReferences referenced;
    for (const QString &journal : folder.sessionJournalFiles(annotatorId)) {
        Expected<QByteArray> contents = readWholeFile(journal);
        if (!contents)
            return contents.error();
        files.push_back({{"name", toStd(QFileInfo(journal).fileName())},
                         {"size", contents->size()},
                         {"sha256", sha256Of(*contents, 0, contents->size())}});
        referenced.addJournal(*contents, journal);
        payload += *contents;
        ++summary.files;
    }
    if (summary.files == 0) {
        return FileError{
            folder.annotatorJournalDir(annotatorId),
            concord::tr("annotator \"%1\" has no session journals to export").arg(annotatorId)};
    }
    summary.journalBytes = payload.size();
    // Every blob the journals need travels with them, read back and checked first: an archive
    // never carries a damaged blob, nor leaves one behind.
    Expected<std::vector<NamedBlob>> blobs =
        referenced.loadMissingFrom(BlobStore(folder.blobsDir()));
    if (!blobs)
        return blobs.error();
    Json blobEntries = Json::array();
    for (const NamedBlob &blob : *blobs) {
        blobEntries.push_back({{"name", toStd(blob.name)}, {"size", blob.contents.size()}});
        payload += blob.contents;
        summary.blobBytes += blob.contents.size();
        ++summary.blobs;
    }
    const int version = blobs->empty() ? JournalsOnlyVersion : ArchiveVersion;

    Json manifest{
        {"format", "concord-session-archive"},
        {"version", version},
        {"project", {{"id", toStd(project->projectId)}, {"name", toStd(project->name)}}},
        {"annotator",
         {{"id", toStd(annotator->id)},
          {"name", toStd(annotator->displayName)},
          {"role", toStd(roleKey(annotator->role))}}},
        {"created", toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))},
        {"files", files},
    };
    if (version > JournalsOnlyVersion)
        manifest["blobs"] = blobEntries;
    QByteArray archive = Magic + QByteArray::number(version) + '\n';
    archive += QByteArray::fromStdString(manifest.dump()) + '\n';
    archive += payload;
    if (version > JournalsOnlyVersion)
        archive += '\n'; // the trailer starts a line of its own even when a blob ends the payload
    archive += TrailerTag + QByteArray::fromStdString(sha256Of(archive, 0, archive.size())) + '\n';
    if (MaybeError error = writeFileAtomically(archiveFile, archive))
        return *error;
    return summary;
}

Expected<MergeReport> importSessionArchive(const QString &projectDirectory,
                                           const QString &archiveFile)
{
    const ProjectFolder target(projectDirectory);
    if (!target.exists())
        return notAProjectError(target);
    Expected<VerifiedArchive> archive = readArchive(archiveFile);
    if (!archive)
        return archive.error();

    // The archive is verified; the rest runs under the project lock, reading project.json again
    // inside it, and every new file is staged and moved into place at once: all or nothing, and
    // a concurrent writer's change is never overwritten.
    Expected<LockedRead<ProjectDocument>> locked = lockAndReadProjectDocument(target);
    if (!locked)
        return locked.error();
    const ProjectDocument &project = locked->contents;
    if (archive->projectId != project.project.projectId) {
        return FileError{
            archiveFile,
            concord::tr("belongs to a different project (\"%1\", id %2); this project is "
                        "\"%3\", id %4. Nothing was imported.")
                .arg(archive->projectName, archive->projectId, project.project.name,
                     project.project.projectId)};
    }

    // Every blob the journals refer to must arrive with them or be here already.
    const BlobStore targetBlobs(target.blobsDir());
    BlobReferences referenced;
    for (const ArchivedFile &file : archive->files)
        referenced.addJournal(file.contents, file.name);
    QSet<QString> carried;
    for (const NamedBlob &blob : archive->blobs)
        carried.insert(blob.name);
    for (const BlobReference &reference : referenced.references()) {
        if (!carried.contains(reference.blobName) && !targetBlobs.contains(reference.blobName)) {
            return FileError{
                archiveFile,
                concord::tr("incomplete session archive: %1 refers to blob %2, which neither "
                            "the archive nor this project holds. Nothing was imported.")
                    .arg(reference.journal, reference.blobName)};
        }
    }

    // A link planted in this project would carry the writes below elsewhere: refuse it now,
    // before the first write, so a refused import changes nothing.
    for (const ArchivedFile &file : archive->files) {
        if (MaybeError link = SafePath::refuseLinksBelow(
                target.root(),
                target.annotatorJournalDir(archive->annotator.id) + QLatin1Char('/') + file.name))
            return FileError{link->path,
                             concord::tr("%1 Nothing was imported.").arg(link->message)};
    }
    for (const NamedBlob &blob : archive->blobs) {
        if (MaybeError link = SafePath::refuseLinksBelow(
                target.root(), target.blobsDir() + QLatin1Char('/') + blob.name))
            return FileError{link->path,
                             concord::tr("%1 Nothing was imported.").arg(link->message)};
    }

    // Everything is verified; from here on the writes are staged and moved in at once.
    Expected<StagedCommit> staged = StagedCommit::begin(target.root());
    if (!staged)
        return staged.error();
    MergeReport report;
    // Blobs first: no journal line here ever names a blob that is not yet on disk.
    if (MaybeError error = adoptBlobs(target, archive->blobs, archiveFile, report, *staged))
        return *error;
    if (!project.project.findAnnotator(archive->annotator.id)) {
        Project changed = project.project;
        changed.annotators.push_back(archive->annotator);
        if (MaybeError error = staged->stage(QStringLiteral("project.json"),
                                             projectFileBytes(changed, project.bytes)))
            return *error;
        ++report.annotatorsAdded;
    }
    for (const ArchivedFile &file : archive->files) {
        const QString origin = archiveFile + QLatin1String(" (") + file.name + QLatin1Char(')');
        if (MaybeError error = mergeJournalFile(target, archive->annotator.id, file.name,
                                                file.contents, origin, report, *staged))
            return *error;
    }
    if (MaybeError error = staged->commit())
        return *error;
    return report;
}

} // namespace concord
