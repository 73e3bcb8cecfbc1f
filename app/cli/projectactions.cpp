// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/projectactions.h"

#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QRegularExpression>

namespace concord::cli {

int usageError(const QCommandLineParser &parser, const QString &commandName, const QString &message)
{
    standardOutput().flush();
    standardError() << "concord-cli " << commandName << ": " << message << '\n'
                    << parser.helpText();
    standardError().flush();
    return ExitUsage;
}

std::optional<ProjectAction> projectAction(const QCommandLineParser &parser,
                                           const QString &commandName,
                                           const QStringList &positional,
                                           const QStringList &actions)
{
    if (positional.size() >= 2) {
        if (actions.contains(positional.at(0)))
            return ProjectAction{positional.at(0), positional.at(1), positional.mid(2)};
        if (actions.contains(positional.at(1)))
            return ProjectAction{positional.at(1), positional.at(0), positional.mid(2)};
    }
    const QString given = positional.isEmpty() ? QString() : positional.at(0);
    usageError(parser, commandName,
               concord::tr("unknown %1 action \"%2\"; use %3")
                   .arg(commandName, given, actions.join(concord::tr(", "))));
    return std::nullopt;
}

QCommandLineOption asOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("as"), description, QStringLiteral("annotator"));
}

int runAs(Workspace &workspace, const QString &annotatorId, const std::function<int()> &work)
{
    if (MaybeError error = workspace.startSession(annotatorId))
        return failWith(error->toString());
    const int exitCode = work();
    if (MaybeError error = workspace.endSession())
        return failWith(error->toString());
    return exitCode;
}

Expected<int> findLabel(const Taxonomy &taxonomy, const QString &text, const QString &file)
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const int id = wanted.toInt(&isNumber);
    if (isNumber) {
        if (taxonomy.find(id))
            return id;
        return FileError{file, concord::tr("the taxonomy has no label with id %1").arg(id)};
    }
    QString path = wanted;
    path.replace(QRegularExpression(QStringLiteral("\\s*/\\s*")), QStringLiteral(" / "));
    std::vector<int> byName;
    for (const Label &label : taxonomy.labels()) {
        if (taxonomy.pathOf(label.id) == path)
            return label.id;
        if (label.name == wanted)
            byName.push_back(label.id);
    }
    if (byName.size() == 1)
        return byName.front();
    if (byName.empty())
        return FileError{file, concord::tr("the taxonomy has no label \"%1\"").arg(wanted)};
    QStringList paths;
    for (int candidate : byName)
        paths.append(taxonomy.pathOf(candidate));
    return FileError{file, concord::tr("\"%1\" names %2 labels (%3): give its path or id")
                               .arg(wanted)
                               .arg(byName.size())
                               .arg(paths.join(concord::tr(", ")))};
}

std::optional<Role> roleFromCommandLine(const QString &key)
{
    for (Role role : {Role::Annotator, Role::Reviewer, Role::Adjudicator, Role::Lead}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QStringList commaList(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

} // namespace concord::cli
