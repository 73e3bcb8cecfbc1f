// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/stagedcommit.h"

#include "core/storage/atomicfile.h"
#include "core/storage/failpoint.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

namespace concord {

static const QString MovesFile = QStringLiteral("moves.json");

// A target must stay inside the project, whatever a staging folder on disk says.
static bool isInsideProject(const QString &relativePath)
{
    const QString clean = QDir::cleanPath(relativePath);
    return !clean.isEmpty() && !QDir::isAbsolutePath(clean) && clean != QLatin1String("..") &&
           !clean.startsWith(QLatin1String("../"));
}

// Renames each staged file of `directory` into place (skipping those already moved by an
// earlier, interrupted attempt) and syncs every folder whose entries changed, and the parent
// of every folder it created (so that journal/<annotator>/ itself survives a power cut).
static MaybeError applyMoves(const QString &root, const QString &directory,
                             const std::vector<std::pair<QString, QString>> &moves)
{
    std::set<QString> touched;
    bool first = true;
    for (const auto &[staged, target] : moves) {
        const QString from = directory + QLatin1Char('/') + staged;
        const QString to = root + QLatin1Char('/') + target;
        if (!isInsideProject(target))
            return FileError{directory,
                             concord::tr("staged file \"%1\" would leave the project").arg(target)};
        if (!QFileInfo::exists(from))
            continue;
        QString folder = QFileInfo(to).absolutePath();
        for (QString missing = folder; !QFileInfo::exists(missing);
             missing = QFileInfo(missing).absolutePath())
            touched.insert(QFileInfo(missing).absolutePath());
        if (!QDir().mkpath(folder))
            return FileError{folder, concord::tr("cannot create folder")};
        if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) !=
            0)
            return FileError{to, concord::tr("cannot move the new version into place: %1")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno)))};
        touched.insert(folder);
        if (first)
            reachFailpoint("staged-commit-after-first-move");
        first = false;
    }
    for (const QString &folder : touched) {
        if (MaybeError error = syncDirectory(folder))
            return error;
    }
    return std::nullopt;
}

Expected<StagedCommit> StagedCommit::begin(const QString &projectRoot)
{
    const QString root = QDir(projectRoot).absolutePath();
    const QString directory = root + QStringLiteral("/.staging-") +
                              QString::number(QRandomGenerator::global()->generate64(), 16);
    if (!QDir().mkdir(directory))
        return FileError{directory, concord::tr("cannot create the staging folder")};
    return StagedCommit(root, directory);
}

StagedCommit::StagedCommit(QString root, QString directory)
    : m_root(std::move(root))
    , m_directory(std::move(directory))
{}

StagedCommit::StagedCommit(StagedCommit &&other) noexcept
    : m_root(std::move(other.m_root))
    , m_directory(std::exchange(other.m_directory, QString()))
    , m_moves(std::move(other.m_moves))
{}

StagedCommit::~StagedCommit()
{
    if (!m_directory.isEmpty())
        QDir(m_directory).removeRecursively();
}

MaybeError StagedCommit::stage(const QString &relativePath, const QByteArray &contents)
{
    if (!isInsideProject(relativePath))
        return FileError{m_root,
                         concord::tr("\"%1\" is not a path inside the project").arg(relativePath)};
    const QString name = QString::number(m_moves.size());
    if (MaybeError error = writeFileAtomically(m_directory + QLatin1Char('/') + name, contents))
        return error;
    m_moves.emplace_back(name, relativePath);
    return std::nullopt;
}

MaybeError StagedCommit::commit()
{
    if (m_moves.empty())
        return std::nullopt;
    // What would stop a move (a file where a folder must be, a folder where a file must go) is
    // found before the commit point, so that it fails with the project untouched.
    for (const auto &[staged, target] : m_moves) {
        const QFileInfo info(m_root + QLatin1Char('/') + target);
        if (info.isDir())
            return FileError{info.filePath(), concord::tr("a folder is in the way of this file")};
        for (QFileInfo folder(info.absolutePath()); folder.filePath().size() > m_root.size();
             folder = QFileInfo(folder.absolutePath())) {
            if (folder.exists() && !folder.isDir())
                return FileError{folder.filePath(),
                                 concord::tr("a file is in the way of this folder")};
        }
    }
    reachFailpoint("staged-commit-before-commit-point");
    Json moves = Json::array();
    for (const auto &[staged, target] : m_moves)
        moves.push_back({{"staged", toStd(staged)}, {"target", toStd(target)}});
    // The commit point: once the list is durable, the change happens even if this process dies.
    if (MaybeError error = writeFileAtomically(m_directory + QLatin1Char('/') + MovesFile,
                                               QByteArray::fromStdString(moves.dump())))
        return error;
    if (MaybeError error = applyMoves(m_root, m_directory, m_moves)) {
        error->message +=
            concord::tr(" (the change is recorded in %1 and will be completed the next "
                        "time the project lock is taken)")
                .arg(QDir::toNativeSeparators(m_directory));
        m_directory.clear(); // keep it for recovery
        return error;
    }
    QDir(std::exchange(m_directory, QString())).removeRecursively();
    return std::nullopt;
}

void StagedCommit::recoverInterrupted(const QString &projectRoot)
{
    const QDir root(projectRoot);
    const QStringList leftovers = root.entryList({QStringLiteral(".staging-*")},
                                                 QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : leftovers) {
        const QString directory = root.filePath(name);
        Expected<QByteArray> list = readWholeFile(directory + QLatin1Char('/') + MovesFile);
        if (list) {
            std::vector<std::pair<QString, QString>> moves;
            try {
                for (const Json &move : Json::parse(list->toStdString()))
                    moves.emplace_back(requireString(move, "staged"),
                                       requireString(move, "target"));
            } catch (const std::exception &) {
                moves.clear(); // a torn list is not a commit point: discard
            }
            if (!moves.empty() && applyMoves(root.absolutePath(), directory, moves))
                continue; // keep it for the next attempt
        }
        QDir(directory).removeRecursively();
    }
}

} // namespace concord
