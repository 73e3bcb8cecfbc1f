// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/exportstaging.h"

#include "core/storage/atomicfile.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

namespace concord {

ExportStaging::ExportStaging(const QString &destination, const QString &kind, bool destinationIsNew)
    : m_destination(destination)
    , m_path(destination + QStringLiteral("/.concord-") + kind + QLatin1Char('-') +
             QString::number(QRandomGenerator::global()->generate(), 16))
    , m_destinationIsNew(destinationIsNew)
{}

ExportStaging::~ExportStaging()
{
    QDir(m_path).removeRecursively();
    if (m_destinationIsNew)
        QDir().rmdir(m_destination); // only when empty
}

MaybeError moveStagedFilesIntoPlace(const QString &destination,
                                    const std::vector<StagedFile> &files)
{
    QStringList directories;
    for (const StagedFile &file : files) {
        if (!directories.contains(file.directory)) {
            if (!QDir().mkpath(file.directory))
                return FileError{file.directory, concord::tr("cannot create folder")};
            directories.append(file.directory);
        }
        if (MaybeError link = SafePath::refuseLinksBelow(destination, file.target))
            return *link;
        if (::rename(QFile::encodeName(file.staged).constData(),
                     QFile::encodeName(file.target).constData()) != 0)
            return FileError{file.target, concord::tr("cannot replace file")};
    }
    for (const QString &directory : std::as_const(directories)) {
        if (MaybeError error = syncDirectory(directory))
            return *error;
    }
    return std::nullopt;
}

} // namespace concord
