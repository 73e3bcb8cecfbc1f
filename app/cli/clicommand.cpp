// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>

namespace concord::cli {

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const QString &message)
{
    standardOutput().flush();
    standardError() << "concord-cli: " << message << Qt::endl;
    return ExitBadInput;
}

int runGuarded(const std::function<int()> &command)
{
    try {
        return command();
    } catch (const std::exception &error) {
        standardOutput().flush();
        standardError() << "concord-cli: "
                        << concord::tr("stopped on an unexpected error: %1")
                               .arg(QString::fromLocal8Bit(error.what()))
                        << Qt::endl;
    } catch (...) {
        standardOutput().flush();
        standardError() << "concord-cli: " << concord::tr("stopped on an unexpected error")
                        << Qt::endl;
    }
    return ExitUsage;
}

QString commandHelpText(const QCommandLineParser &parser, const QString &commandName)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype endOfUsage = help.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && at < endOfUsage)
        help.replace(at, program.size(), QStringLiteral("concord-cli ") + commandName);
    return help;
}

void addProjectArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), concord::tr("Project folder."));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), concord::tr("Print one JSON object."));
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &commandName,
                                  const QStringList &arguments, int minimumPositional,
                                  int maximumPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  concord::tr("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("concord-cli ") + commandName);
    if (!parser.parse(withProgram)) {
        standardError() << "concord-cli " << commandName << ": " << parser.errorText() << '\n'
                        << commandHelpText(parser, commandName);
        standardError().flush();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        standardOutput() << commandHelpText(parser, commandName);
        standardOutput().flush();
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minimumPositional || count > maximumPositional) {
        standardError() << "concord-cli " << commandName << ": "
                        << concord::tr("wrong number of arguments") << '\n'
                        << commandHelpText(parser, commandName);
        standardError().flush();
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace concord::cli
