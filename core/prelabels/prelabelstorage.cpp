// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prelabels/prelabelstorage.h"

#include "core/project/prelabelsetjson.h"
#include "core/storage/atomicfile.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace concord {

// A set file larger than this is refused unread: a set of two million boxes is about 300 MB.
static constexpr qint64 MaxPrelabelFileBytes = qint64(1) << 30;

Expected<void> writeImportedPrelabelSet(const QString &projectRoot, PrelabelSet &set,
                                        PrelabelSource source, const QString &file)
{
    if (set.suggestions.empty())
        return FileError{file, concord::tr("the file holds no predictions")};
    set.source = std::move(source);
    return writePrelabelSetUnderNewId(projectRoot, set);
}

QByteArray prelabelSetToJson(const PrelabelSet &set)
{
    return prelabelSetToJsonBytes(set);
}

Expected<PrelabelSet> prelabelSetFromJson(const QByteArray &json, const QString &fileName)
{
    return prelabelSetFromJsonBytes(json, fileName);
}

// Reads one set file, refusing links, oversized files and a file whose id is not its name.
static Expected<PrelabelSet> readSetFile(const QString &projectRoot, const QFileInfo &file)
{
    const QString path = file.filePath();
    if (file.isSymLink())
        return FileError{path, concord::tr("a pre-label set may not be a symbolic link")};
    if (!file.isFile())
        return FileError{path, concord::tr("a pre-label set must be a regular file")};
    if (file.size() > MaxPrelabelFileBytes)
        return FileError{path, concord::tr("the file has %1 bytes; at most %2 are read")
                                   .arg(file.size())
                                   .arg(MaxPrelabelFileBytes)};
    if (MaybeError link = SafePath::refuseLinksBelow(projectRoot, path))
        return *link;
    Expected<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    Expected<PrelabelSet> set = prelabelSetFromJsonBytes(*bytes, path);
    if (!set)
        return set.error();
    if (set->id != file.completeBaseName())
        return FileError{path,
                         concord::tr("the set's id \"%1\" is not its file name").arg(set->id)};
    return set;
}

Expected<std::vector<PrelabelSet>> readPrelabelSets(const QString &projectRoot)
{
    const QFileInfo folder(prelabelFolder(projectRoot));
    if (!folder.exists() && !folder.isSymLink())
        return std::vector<PrelabelSet>();
    if (folder.isSymLink() || !folder.isDir())
        return FileError{folder.filePath(),
                         concord::tr("the pre-label folder must be a folder, not a link")};
    std::vector<PrelabelSet> sets;
    const QFileInfoList files =
        QDir(folder.filePath())
            .entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::System | QDir::Hidden,
                           QDir::Name);
    for (const QFileInfo &file : files) {
        if (!isValidPrelabelSetId(file.completeBaseName()))
            return FileError{file.filePath(), concord::tr("not a valid pre-label set file name")};
        Expected<PrelabelSet> set = readSetFile(projectRoot, file);
        if (!set)
            return set.error();
        sets.push_back(std::move(*set));
    }
    std::sort(sets.begin(), sets.end(),
              [](const PrelabelSet &a, const PrelabelSet &b) { return a.id < b.id; });
    return sets;
}

Expected<PrelabelSet> readPrelabelSet(const QString &projectRoot, const QString &setId)
{
    if (!isValidPrelabelSetId(setId))
        return FileError{prelabelFolder(projectRoot),
                         concord::tr("\"%1\" is not a valid pre-label set id").arg(setId)};
    const QFileInfo file(prelabelSetPath(projectRoot, setId));
    if (!file.exists() && !file.isSymLink())
        return FileError{file.filePath(),
                         concord::tr("there is no pre-label set \"%1\"").arg(setId)};
    return readSetFile(projectRoot, file);
}

// Validates the set and creates its file; false when a set of that id exists (also one another
// process wrote a moment ago: the file is linked into place, never renamed over one).
static Expected<bool> createSetFile(const QString &projectRoot, const PrelabelSet &set)
{
    if (!isValidPrelabelSetId(set.id))
        return FileError{prelabelFolder(projectRoot),
                         concord::tr("\"%1\" is not a valid pre-label set id").arg(set.id)};
    for (const Suggestion &suggestion : set.suggestions) {
        if (const QString problem = suggestionIdProblem(suggestion.id); !problem.isEmpty())
            return FileError{prelabelSetPath(projectRoot, set.id),
                             concord::tr("suggestion \"%1\": %2").arg(suggestion.id, problem)};
    }
    const QString folder = prelabelFolder(projectRoot);
    if (MaybeError link = SafePath::refuseLinksBelow(projectRoot, folder))
        return *link;
    if (!QDir().mkpath(folder))
        return FileError{folder, concord::tr("cannot create the folder")};
    return writeNewFileDurably(prelabelSetPath(projectRoot, set.id), prelabelSetToJsonBytes(set));
}

Expected<void> writePrelabelSet(const QString &projectRoot, const PrelabelSet &set)
{
    const Expected<bool> created = createSetFile(projectRoot, set);
    if (!created)
        return created.error();
    if (!*created)
        return FileError{prelabelSetPath(projectRoot, set.id),
                         concord::tr("a pre-label set \"%1\" exists already; sets are "
                                     "never overwritten")
                             .arg(set.id)};
    return {};
}

Expected<void> writePrelabelSetUnderNewId(const QString &projectRoot, PrelabelSet &set)
{
    // Each lost race means another writer just took the id; the next call skips it. The bound
    // only stops a folder that refuses every name (which createSetFile reports) from spinning.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        set.id = newPrelabelSetId(projectRoot, set.source.modelName);
        const Expected<bool> created = createSetFile(projectRoot, set);
        if (!created)
            return created.error();
        if (*created)
            return {};
    }
    return FileError{prelabelFolder(projectRoot),
                     concord::tr("no free pre-label set id for \"%1\"").arg(set.source.modelName)};
}

QString newPrelabelSetId(const QString &projectRoot, const QString &modelName)
{
    QString stem;
    for (const QChar c : modelName.toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            stem.append(c);
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
            stem.append(QLatin1Char('-'));
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    stem = stem.left(60);
    if (stem.isEmpty())
        stem = QStringLiteral("prelabels");
    stem += QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
    for (int n = 1;; ++n) {
        QString id = stem + QLatin1Char('-') + QString::number(n);
        const QFileInfo file(prelabelSetPath(projectRoot, id));
        if (!file.exists() && !file.isSymLink())
            return id;
    }
}

} // namespace concord
