// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/safepath.h"

#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace concord {

static bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QString SafePath::idProblem(const QString &id)
{
    if (id.isEmpty())
        return concord::tr("an id may not be empty");
    if (id.size() > MaxIdLength)
        return concord::tr("an id may have at most %1 characters, this one has %2")
            .arg(MaxIdLength)
            .arg(id.size());
    if (id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')))
        return concord::tr("\"%1\" is not a valid id: it contains a path separator").arg(id);
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return concord::tr("\"%1\" is not a valid id").arg(id);
    if (hasControlCharacter(id))
        return concord::tr("an id may not contain control characters");
    return {};
}

QString SafePath::relativePathProblem(const QString &path)
{
    if (path.isEmpty())
        return concord::tr("a path may not be empty");
    if (path.size() > MaxRelativePathLength)
        return concord::tr("a path may have at most %1 characters, this one has %2")
            .arg(MaxRelativePathLength)
            .arg(path.size());
    if (hasControlCharacter(path))
        return concord::tr("a path may not contain control characters");
    if (path.contains(QLatin1Char('\\')))
        return concord::tr("\"%1\" is not a valid path: it contains a backslash").arg(path);
    if (QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('/')))
        return concord::tr("\"%1\" is an absolute path; only paths inside the folder are accepted")
            .arg(path);
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return concord::tr("\"%1\" climbs out of its folder with \"..\"").arg(path);
    }
    return {};
}

// The canonical form of `path`: its longest existing ancestor resolved through symbolic links,
// with the parts that do not exist yet appended.
static QString canonicalOfExistingPart(const QString &path)
{
    QString existing = QDir::cleanPath(path);
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return {};
        missing.prepend(existing.mid(slash + 1));
        existing.truncate(slash);
    }
    QString canonical = QFileInfo(existing).canonicalFilePath();
    for (const QString &part : std::as_const(missing))
        canonical += QLatin1Char('/') + part;
    return canonical;
}

static bool isBelow(const QString &path, const QString &root)
{
    return path == root ||
           path.startsWith(root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/'));
}

Expected<QString> SafePath::resolveInside(const QString &root, const QString &relative)
{
    if (const QString problem = relativePathProblem(relative); !problem.isEmpty())
        return FileError{root, problem};
    const QString joined = QDir::cleanPath(root + QLatin1Char('/') + relative);
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = canonicalOfExistingPart(joined);
    if (canonicalRoot.isEmpty() || canonical.isEmpty() || !isBelow(canonical, canonicalRoot)) {
        return FileError{joined, concord::tr("leads outside %1 through a symbolic link; refused")
                                     .arg(QDir::toNativeSeparators(root))};
    }
    return joined;
}

MaybeError SafePath::refuseLinksBelow(const QString &root, const QString &path)
{
    const QString cleanRoot = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QString cleanPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!isBelow(cleanPath, cleanRoot) || cleanPath == cleanRoot)
        return FileError{cleanPath, concord::tr("is not inside %1; refused").arg(cleanRoot)};
    QString current = cleanRoot;
    for (const QString &part : cleanPath.mid(cleanRoot.size() + 1).split(QLatin1Char('/'))) {
        current += QLatin1Char('/') + part;
        struct stat status
        {
        };
        if (::lstat(QFile::encodeName(current).constData(), &status) != 0)
            return std::nullopt; // nothing exists from here on, so nothing can be a link
        if (S_ISLNK(status.st_mode)) {
            return FileError{current,
                             concord::tr("is a symbolic link; Concord never writes through a "
                                         "link inside a project. Replace it with a real "
                                         "folder or file.")};
        }
    }
    return std::nullopt;
}

QString SafePath::fileNameFor(const QString &id)
{
    if (idProblem(id).isEmpty())
        return id;
    const QByteArray utf8 = id.toUtf8();
    const std::string hash = sha256Hex(utf8.constData(), size_t(utf8.size()));
    return QStringLiteral("id-") + QString::fromLatin1(hash.data(), 16);
}

} // namespace concord
