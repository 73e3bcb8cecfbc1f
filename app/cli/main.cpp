// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli: headless access to Concord projects, every command in one program. It links
// neither OpenCV's image codecs nor QtGui: each is a module loaded when a command first decodes
// or writes an image, or paints a PDF, since loading them would take most of the start-up time
// of every command (app/cli/README.md).
#include "app/cli/commands.h"
#include "app/cli/pdfreports.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace concord::cli;

static int printUsage(QTextStream &stream)
{
    stream << concord::tr("Usage: concord-cli <command> [arguments]\n\n"
                          "Commands:\n");
    for (const CliCommand &command : allCommands())
        stream << "  " << command.name.leftJustified(20) << command.summary << '\n';
    stream << concord::tr(
        "\nRun 'concord-cli <command> --help' for the arguments of one command.\n");
    stream.flush();
    return ExitOk;
}

int main(int argc, char *argv[])
{
    // Scripts ask for the version to check what they run; it needs no application object.
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        std::fputs(CONCORD_VERSION "\n", stdout);
        return ExitOk;
    }
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const std::unique_ptr<QCoreApplication> application =
        startApplication(argc, argv, commandPaintsDocuments(name, arguments));
    QCoreApplication::setApplicationName(QStringLiteral("concord-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    concord::installTranslations();

    if (argc < 2)
        return printUsage(standardError()) + ExitUsage;
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help"))
        return printUsage(standardOutput());
    if (name == QLatin1String("--version")) {
        standardOutput() << CONCORD_VERSION << Qt::endl;
        return ExitOk;
    }
    for (const CliCommand &command : allCommands()) {
        if (command.name == name)
            return runGuarded([&] { return command.run(arguments); });
    }
    standardError() << concord::tr("concord-cli: unknown command '%1'\n").arg(name);
    printUsage(standardError());
    return ExitUsage;
}
