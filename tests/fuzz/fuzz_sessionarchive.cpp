// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for session archives: the bytes are imported into a copy of the fuzz project
// (fuzzproject.h) that lacks the field annotator's work, through importSessionArchive, as
// `concord-cli import-session` does. Any bytes must be imported or refused with a message, never
// crash, hang or trip a sanitizer; and a refused archive must leave the project as it was.
//
// An archive is sealed by checksums (a trailer over every byte, one per journal, a blob's name),
// which random mutations almost never keep right, so the fuzzer would only ever test the
// checksum check. The target therefore seals the input first: it replaces the trailer by a
// correct one and, when the manifest parses, corrects the journal checksums and blob names for
// the sizes it declares. What is left to the fuzzer is everything behind the checksums.
#include "core/storage/jsonsupport.h"
#include "core/storage/projectfile.h"
#include "core/storage/sessionarchive.h"
#include "core/storage/sha256.h"
#include "tests/fuzz/fuzzproject.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDirIterator>

#include <cstdio>
#include <map>

namespace {
using concord::Json;

const QByteArray Magic = QByteArrayLiteral("CONCORD-SESSION-ARCHIVE ");
const QByteArray TrailerTag = QByteArrayLiteral("CONCORD-SESSION-ARCHIVE-END ");

std::string sha256Of(const QByteArray &bytes, qsizetype offset, qsizetype size)
{
    return concord::sha256Hex(bytes.constData() + offset, size_t(size));
}

// Corrects the checksums of the entries of `list` whose declared sizes lie within the payload;
// returns whether any changed. Journals carry "sha256"; a blob's name is its checksum.
bool correctChecksums(Json &list, bool blobs, const QByteArray &archive, qsizetype &offset,
                      qsizetype payloadEnd)
{
    bool changed = false;
    if (!list.is_array())
        return false;
    for (Json &entry : list) {
        if (!entry.is_object() || !entry.contains("size") || !entry["size"].is_number_integer())
            return changed;
        const qint64 size = entry["size"].get<qint64>();
        if (size < 0 || size > payloadEnd - offset)
            return changed;
        const std::string sha = sha256Of(archive, offset, size);
        if (blobs) {
            const std::string name = entry.value("name", std::string(".rle"));
            const size_t dot = name.find('.');
            const std::string sealed =
                sha + (dot == std::string::npos ? std::string() : name.substr(dot));
            changed |= name != sealed;
            entry["name"] = sealed;
        } else {
            changed |= entry.value("sha256", std::string()) != sha;
            entry["sha256"] = sha;
        }
        offset += size;
    }
    return changed;
}

QByteArray seal(QByteArray archive)
{
    // Drop a trailer line the input may have, keep the payload's closing newline.
    const qsizetype lastLine = archive.lastIndexOf('\n', archive.size() - 2) + 1;
    if (lastLine > 0 && archive.mid(lastLine).startsWith(TrailerTag))
        archive.truncate(lastLine);
    const qsizetype magicEnd = archive.indexOf('\n');
    const qsizetype manifestEnd = magicEnd < 0 ? -1 : archive.indexOf('\n', magicEnd + 1);
    if (archive.startsWith(Magic) && manifestEnd > 0) {
        try {
            Json manifest =
                Json::parse(archive.constData() + magicEnd + 1, archive.constData() + manifestEnd);
            const bool version2 =
                archive.mid(Magic.size(), magicEnd - Magic.size()).trimmed() != "1";
            const qsizetype payloadEnd = archive.size() - (version2 ? 1 : 0);
            qsizetype offset = manifestEnd + 1;
            bool changed = manifest.is_object() && manifest.contains("files") &&
                           correctChecksums(manifest["files"], false, archive, offset, payloadEnd);
            if (manifest.is_object() && manifest.contains("blobs"))
                changed |= correctChecksums(manifest["blobs"], true, archive, offset, payloadEnd);
            if (changed) {
                archive = archive.left(magicEnd + 1) + QByteArray::fromStdString(manifest.dump()) +
                          archive.mid(manifestEnd);
            }
        } catch (const Json::exception &) {
            // Left as it is: the reader must refuse it with a message.
        }
    }
    archive += TrailerTag + QByteArray::fromStdString(sha256Of(archive, 0, archive.size())) + '\n';
    return archive;
}

std::map<QString, QByteArray> snapshot(const QString &dir)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Who held the project lock last is not project state (docs/storage.md, "Shared state
        // and the project lock"): the lock file appears with the first import, refused or not.
        if (it.fileName() == QLatin1String("project.lock"))
            continue;
        files[path] = it.fileInfo().isFile() ? concord::fuzz::readFile(path) : QByteArray("<dir>");
    }
    return files;
}

void restore(const QString &dir, const std::map<QString, QByteArray> &files)
{
    QDir(dir).removeRecursively();
    for (const auto &[path, bytes] : files) {
        if (bytes == "<dir>")
            QDir().mkpath(path);
    }
    for (const auto &[path, bytes] : files) {
        if (bytes != "<dir>")
            concord::fuzz::writeFileOrDie(path, bytes);
    }
}

QString projectDir()
{
    return concord::fuzz::tempPath(QStringLiteral("target"));
}

std::map<QString, QByteArray> &pristine()
{
    static std::map<QString, QByteArray> files;
    return files;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    using namespace concord;
    // The project as the lead's copy holds it before the field annotator's archive arrives: no
    // field journals, no blobs, and no field annotator in project.json.
    const QString dir = projectDir();
    if (MaybeError error = fuzz::createFuzzProject(dir)) {
        qWarning("%s", qPrintable(error->toString()));
        std::abort();
    }
    const ProjectFolder folder(dir);
    QDir(folder.annotatorJournalDir(QString::fromLatin1(fuzz::FieldAnnotatorId)))
        .removeRecursively();
    QDir(folder.blobsDir()).removeRecursively();
    QDir().mkpath(folder.blobsDir());
    Expected<Project> project = readProjectFile(folder.projectFile());
    if (!project)
        std::abort();
    std::erase_if(project->annotators,
                  [](const Annotator &a) { return a.id == QLatin1String(fuzz::FieldAnnotatorId); });
    if (writeProjectFile(folder.projectFile(), *project))
        std::abort();
    pristine() = snapshot(dir);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace concord;
    static const QString archive = fuzz::tempPath(QStringLiteral("input.csa"));
    fuzz::writeFileOrDie(archive, seal(fuzz::bytesOf(data, size).toByteArray()));
    const Expected<MergeReport> imported = importSessionArchive(projectDir(), archive);
    if (!imported) {
        if (imported.error().message.isEmpty())
            __builtin_trap(); // every refusal must say why
        const std::map<QString, QByteArray> after = snapshot(projectDir());
        if (after != pristine()) {
            // Name what changed, so that a finding explains itself.
            for (const auto &[path, bytes] : after) {
                if (!pristine().count(path) || pristine().at(path) != bytes)
                    fprintf(stderr, "changed or added: %s\n", qPrintable(path));
            }
            for (const auto &[path, bytes] : pristine()) {
                if (!after.count(path))
                    fprintf(stderr, "removed: %s\n", qPrintable(path));
            }
            fprintf(stderr, "refused with: %s\n", qPrintable(imported.error().toString()));
            __builtin_trap(); // a refused archive changed the project
        }
    } else if (imported->changedAnything()) {
        restore(projectDir(), pristine());
    }
    return 0;
}
