// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/demo/demoproject.h"
#include "core/project/workspace.h"
#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>

namespace concord::cli {

// Makes the project with `create` in a hidden folder beside `directory` and renames it into
// place once complete, so a killed init leaves no project or a whole one (and at most a hidden
// .<name>.tmp-* folder beside it), never a half-made one that a second init would refuse. A
// folder that already holds files cannot be renamed onto: there the project is made in place.
static MaybeError createWhole(const QString &directory,
                              const std::function<MaybeError(const QString &)> &create)
{
    const QFileInfo target(directory);
    const bool vacant = !target.exists() ||
                        (target.isDir() && QDir(directory).isEmpty(QDir::AllEntries | QDir::Hidden |
                                                                   QDir::NoDotAndDotDot));
    if (!vacant)
        return create(directory);
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return FileError{parent, concord::tr("cannot create the folder")};
    const QString staging = parent + QStringLiteral("/.") + target.fileName() +
                            QStringLiteral(".tmp-") +
                            QString::number(QRandomGenerator::global()->generate(), 16);
    if (MaybeError error = create(staging)) {
        QDir(staging).removeRecursively();
        return error;
    }
    if (::rename(QFile::encodeName(staging).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QDir(staging).removeRecursively();
        return FileError{directory,
                         concord::tr("cannot move the new project into place: %1").arg(reason)};
    }
    return syncDirectory(parent);
}

int runInitCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("init"), concord::tr("Create an empty project in <dir>."),
        {{QStringLiteral("dir"), concord::tr("Folder for the new project.")}},
        {{QStringLiteral("name"), concord::tr("Project name."), QStringLiteral("name")},
         {QStringLiteral("taxonomy"), concord::tr("Text file with the labels as an indented list."),
          QStringLiteral("file")},
         {QStringLiteral("demo"),
          concord::tr("Fill the project with the built-in demo radiographs.")}});
    if (auto exit = line.parse(arguments, 1, 1))
        return *exit;
    const QString directory = line.positional().constFirst();

    if (QFileInfo::exists(directory + QStringLiteral("/project.json"))) {
        return failWith(FileError{QDir(directory).absoluteFilePath(QStringLiteral("project.json")),
                                  concord::tr("a project already exists here")}
                            .toString());
    }
    if (line.isSet(QStringLiteral("demo"))) {
        if (MaybeError error = createWhole(
                directory, [](const QString &folder) { return createDemoProject(folder); }))
            return failWith(error->toString());
        standardOutput()
            << concord::tr("Created demo project in %1\n").arg(QDir(directory).absolutePath());
        return ExitOk;
    }
    Taxonomy labels;
    if (line.isSet(QStringLiteral("taxonomy"))) {
        QFile file(line.value(QStringLiteral("taxonomy")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return failWith(FileError{file.fileName(), file.errorString()}.toString());
        QString problem;
        labels = Taxonomy::fromIndentedText(QString::fromUtf8(file.readAll()), &problem);
        if (!problem.isEmpty())
            return failWith(FileError{file.fileName(), problem}.toString());
    }
    const QString projectName = line.isSet(QStringLiteral("name"))
                                    ? line.value(QStringLiteral("name"))
                                    : QDir(directory).dirName();
    if (MaybeError error = createWhole(directory, [&](const QString &folder) -> MaybeError {
            auto workspace = Workspace::create(folder, Project::create(projectName, labels));
            if (!workspace)
                return workspace.error();
            return std::nullopt;
        }))
        return failWith(error->toString());
    standardOutput() << concord::tr("Created project \"%1\" in %2\n")
                            .arg(projectName, QDir(directory).absolutePath());
    return ExitOk;
}

} // namespace concord::cli
