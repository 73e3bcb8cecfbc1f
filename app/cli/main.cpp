// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli: headless access to Concord projects. Links core, and concord_render (QtGui, no
// widgets) for the PDF report, which it paints on Qt's offscreen platform: no display needed.
#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace concord::cli;

static int printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: concord-cli <command> [arguments]\n\n"
                                                 "Commands:\n");
    for (const CliCommand &command : allCommands())
        stream << "  " << command.name.leftJustified(20) << command.summary << '\n';
    stream << QCoreApplication::translate(
        "cli", "\nRun 'concord-cli <command> --help' for the arguments of one command.\n");
    stream.flush();
    return ExitOk;
}

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 2; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && commandPaintsDocuments(QString::fromLocal8Bit(argv[1]), rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("concord-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));

    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty())
        return printUsage(standardError()) + ExitUsage;
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help"))
        return printUsage(standardOutput());
    if (name == QLatin1String("--version")) {
        standardOutput() << CONCORD_VERSION << Qt::endl;
        return ExitOk;
    }
    for (const CliCommand &command : allCommands()) {
        if (command.name == name)
            return command.run(arguments);
    }
    standardError() << QCoreApplication::translate("cli", "concord-cli: unknown command '%1'\n")
                           .arg(name);
    printUsage(standardError());
    return ExitUsage;
}
