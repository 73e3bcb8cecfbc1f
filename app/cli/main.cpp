// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli: headless access to Concord projects. A lean dispatcher, like git: it answers
// --version and runs `agreement --csv` itself, linking only Qt Core and the agreement engine,
// and replaces itself with concord-cli-full (every command; OpenCV, DCMTK, QtGui) for
// everything else. Loading those libraries takes longer than computing alpha on a million
// units (app/cli/README.md).
#include "app/cli/agreementcommand.h"
#include "app/cli/clicommand.h"
#include "app/cli/fullcli.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

using namespace concord::cli;

int main(int argc, char *argv[])
{
    // Scripts ask for the version to check what they run; it needs none of the full program.
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        std::fputs(CONCORD_VERSION "\n", stdout);
        return ExitOk;
    }
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (argc < 2 || std::strcmp(argv[1], "agreement") != 0 || !agreementReadsCsv(arguments))
        return execFullCli(argv);

    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concord-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    concord::installTranslations();
    // A --csv among the project form's values (`--labels --csv`) parses as the project form.
    return runGuarded([&] {
        return runAgreementCommand(arguments,
                                   [argv](const QCommandLineParser &, const AgreementOptions &) {
                                       return execFullCli(argv);
                                   });
    });
}
