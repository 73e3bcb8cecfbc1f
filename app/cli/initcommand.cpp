// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"

#include "core/demo/demoproject.h"
#include "core/project/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace concord::cli {


int runInitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an empty project in <dir>."));
    parser.addPositionalArgument(QStringLiteral("dir"), tr("Folder for the new project."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Project name."), QStringLiteral("name"));
    const QCommandLineOption taxonomy(QStringLiteral("taxonomy"),
                                      tr("Text file with the labels as an indented list."),
                                      QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Fill the project with the built-in demo radiographs."));
    parser.addOptions({name, taxonomy, demo});
    if (auto exit = parseArguments(parser, QStringLiteral("init"), arguments, 1, 1))
        return *exit;
    const QString directory = parser.positionalArguments().first();

    if (parser.isSet(demo)) {
        if (MaybeError error = createDemoProject(directory))
            return failWith(error->toString());
        standardOutput() << tr("Created demo project in %1\n").arg(QDir(directory).absolutePath());
        return ExitOk;
    }
    Taxonomy labels;
    if (parser.isSet(taxonomy)) {
        QFile file(parser.value(taxonomy));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return failWith(FileError{file.fileName(), file.errorString()}.toString());
        QString problem;
        labels = Taxonomy::fromIndentedText(QString::fromUtf8(file.readAll()), &problem);
        if (!problem.isEmpty())
            return failWith(FileError{file.fileName(), problem}.toString());
    }
    const QString projectName = parser.isSet(name) ? parser.value(name) : QDir(directory).dirName();
    auto workspace = Workspace::create(directory, Project::create(projectName, labels));
    if (!workspace)
        return failWith(workspace.error().toString());
    standardOutput() << tr("Created project \"%1\" in %2\n").arg(projectName, (*workspace)->folder().root());
    return ExitOk;
}

} // namespace concord::cli
