// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli-full: every command of concord-cli. Users run concord-cli, which runs
// `agreement --csv` itself and hands every other command line to this program unchanged (see
// app/cli/README.md). Links core, and concord_render (QtGui, no widgets) for the PDF report,
// which it paints on Qt's offscreen platform: no display needed.
#include "app/cli/commands.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
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

// Qt notes on stderr that a headless machine has no XDG_RUNTIME_DIR when QtGui starts; a
// command line tool's stderr is for the user's errors, so that one notice is dropped.
static QtMessageHandler qtMessageHandler = nullptr;

static void suppressHeadlessNoise()
{
    qtMessageHandler = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                return;
            if (qtMessageHandler)
                qtMessageHandler(type, context, message);
            else
                std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        });
}

int main(int argc, char *argv[])
{
    QStringList commandArguments;
    for (int i = 2; i < argc; ++i)
        commandArguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && commandPaintsDocuments(QString::fromLocal8Bit(argv[1]), commandArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // QGuiApplication takes its own options (-session, -platform, ...) out of argv; a
        // command's --session must reach the command, so it sees the program name only.
        static int programOnly = 1;
        suppressHeadlessNoise();
        application = std::make_unique<QGuiApplication>(programOnly, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("concord-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    concord::installTranslations();

    if (argc < 2)
        return printUsage(standardError()) + ExitUsage;
    const QString name = QString::fromLocal8Bit(argv[1]);
    const QStringList &arguments = commandArguments;
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
