// SPDX-License-Identifier: GPL-3.0-or-later
// concord: the labeling workbench.
#include "core/util/interfacelanguage.h"
#include "core/util/translation.h"
#include "widgets/dialogs/preferencesdialog.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Concord"));
    QApplication::setApplicationName(QStringLiteral("concord"));
    QApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    // The desktop entry's name, so that a Wayland compositor or a dock finds the installed
    // icon and groups the windows (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.concordlabel.Concord"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/concord.svg")));
    concord::installInterfaceLanguage(
        QSettings().value(QLatin1String(concord::InterfaceLanguageSetting)).toString());

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
