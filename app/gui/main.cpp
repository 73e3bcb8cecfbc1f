// SPDX-License-Identifier: GPL-3.0-or-later
// concord: the labeling workbench.
#include "core/util/translation.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Concord"));
    QApplication::setApplicationName(QStringLiteral("concord"));
    QApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    concord::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr("Concord labeling workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), concord::tr("Project folder to open."),
                                 QStringLiteral("[project]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  concord::tr("Open the built-in demo project."));
    const QCommandLineOption annotator(
        QStringLiteral("annotator"), concord::tr("Label as this annotator."), QStringLiteral("id"));
    parser.addOptions({demo, annotator});
    parser.process(app);

    concord::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemoProject(parser.value(annotator));
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first(), parser.value(annotator));
    return app.exec();
}
