// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/quality/policypublishing.h"
#include "core/storage/projectfile.h"
#include "core/storage/qualitypolicyjson.h"
#include "core/util/translation.h"

#include <QDateTime>

namespace concord::cli {

namespace {

void printPolicy(const QualityPolicy &policy)
{
    QTextStream &out = standardOutput();
    if (policy.version == 0)
        out << concord::tr("Quality policy: the default (none published)\n");
    else
        out << concord::tr("Quality policy version %1, published by %2 on %3\n")
                   .arg(policy.version)
                   .arg(policy.authorId, QDateTime::fromMSecsSinceEpoch(policy.publishedMs, Qt::UTC)
                                             .toString(Qt::ISODate));
    for (const QString &name : qualityPolicyFieldNames())
        out << QStringLiteral("  %1 = %2\n")
                   .arg(name, -24)
                   .arg(qualityPolicyFieldValue(policy, name));
}

} // namespace

int runPolicyCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("policy"),
        concord::tr("Show the project's quality policy, or publish a new version of it.\n"
                    "  policy <project> show [--json] [--version N]\n"
                    "  policy <project> set --as LEAD FIELD=VALUE... [--summary TEXT]\n"
                    "Fields: %1")
            .arg(qualityPolicyFieldNames().join(QStringLiteral(", "))),
        {projectArgument(),
         {QStringLiteral("action"), concord::tr("show or set.")},
         {QStringLiteral("fields"), concord::tr("FIELD=VALUE pairs for set."),
          QStringLiteral("[FIELD=VALUE...]")}},
        {{QStringLiteral("json"), concord::tr("Print the policy as JSON.")},
         {QStringLiteral("version"), concord::tr("Show this published version."),
          QStringLiteral("N")},
         asOption(concord::tr("The lead who publishes the new version.")),
         {QStringLiteral("summary"),
          concord::tr("What changed and why, recorded with the version."),
          QStringLiteral("text")}});
    if (auto exit = line.parse(arguments, 2, 1000))
        return *exit;
    const QStringList positional = line.positional();
    const ProjectFolder folder(positional.at(0));
    const QString &action = positional.at(1);
    Expected<Project> project = readProjectFile(folder.projectFile());
    if (!project)
        return failWith(project.error().toString());

    if (action == QLatin1String("show")) {
        if (positional.size() > 2)
            return failWith(concord::tr("show takes no FIELD=VALUE pairs"));
        const QualityPolicy *policy = &project->currentQualityPolicy();
        const QString version = line.value(QStringLiteral("version"));
        if (line.isSet(QStringLiteral("version"))) {
            bool ok = false;
            const int number = version.toInt(&ok);
            policy = ok ? project->findQualityPolicy(number) : nullptr;
            if (!policy)
                return failWith(concord::tr("%1 has no quality policy version \"%2\"")
                                    .arg(folder.projectFile(), version));
        }
        if (line.json())
            return printJson(qualityPolicyToJson(*policy));
        printPolicy(*policy);
        return ExitOk;
    }
    if (action != QLatin1String("set"))
        return failWith(concord::tr("unknown policy action \"%1\"; use show or set").arg(action));
    if (!line.isSet(QStringLiteral("as")))
        return failWith(
            concord::tr("set needs --as <annotator>: the lead who publishes the version"));
    if (positional.size() < 3)
        return failWith(concord::tr("set needs at least one FIELD=VALUE pair"));
    // A new version starts from the one in force, so a change names only what changes.
    QualityPolicy policy = project->currentQualityPolicy();
    policy.summary = line.value(QStringLiteral("summary"));
    for (qsizetype i = 2; i < positional.size(); ++i) {
        const QString &pair = positional.at(i);
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return failWith(concord::tr("\"%1\" is not FIELD=VALUE").arg(pair));
        if (MaybeError error =
                setQualityPolicyField(policy, pair.left(equals), pair.mid(equals + 1)))
            return failWith(error->message);
    }
    Expected<QualityPolicy> published =
        publishQualityPolicy(folder, policy, line.value(QStringLiteral("as")));
    if (!published)
        return failWith(published.error().toString());
    standardOutput()
        << concord::tr("Published quality policy version %1\n").arg(published->version);
    printPolicy(*published);
    return ExitOk;
}

} // namespace concord::cli
