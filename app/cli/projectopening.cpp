// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/projectopening.h"

#include "app/cli/clicommand.h"
#include "core/util/translation.h"

namespace concord::cli {

QCommandLineOption allowDamagedOption()
{
    return QCommandLineOption(
        QStringLiteral("allow-damaged"),
        concord::tr("Go on although the project has problems (damaged lines, a "
                    "broken hash chain, missing blobs); they are still listed."));
}

OpenedProject openProjectForCommand(const QString &directory, bool allowDamaged)
{
    Expected<std::unique_ptr<Workspace>> workspace = Workspace::open(directory);
    if (!workspace)
        return {nullptr, failWith(workspace.error().toString())};
    const std::vector<FileError> &problems = (*workspace)->openProblems();
    if (problems.empty())
        return {std::move(*workspace), ExitOk};
    standardOutput().flush();
    QTextStream &err = standardError();
    for (const FileError &problem : problems)
        err << concord::tr("concord-cli: problem: %1\n").arg(problem.toString());
    if (allowDamaged) {
        err << concord::tr("concord-cli: going on with %n problem(s) (--allow-damaged)\n", nullptr,
                           int(problems.size()));
        err.flush();
        return {std::move(*workspace), ExitOk};
    }
    err << concord::tr(
        "concord-cli: the project has %n problem(s); nothing was done. Repair them, or "
        "run again with --allow-damaged to go on without what they lost.\n",
        nullptr, int(problems.size()));
    err.flush();
    return {nullptr, ExitBadInput};
}

QCommandLineOption policyVersionOption()
{
    return QCommandLineOption(QStringLiteral("policy"),
                              concord::tr("Work under this published quality policy version."),
                              QStringLiteral("version"));
}

const QualityPolicy *policyForCommand(const Workspace &workspace, const QCommandLineParser &parser,
                                      const QCommandLineOption &policyVersion)
{
    const Project &project = workspace.project();
    if (!parser.isSet(policyVersion))
        return &project.currentQualityPolicy();
    bool ok = false;
    const int version = parser.value(policyVersion).toInt(&ok);
    const QualityPolicy *policy = ok ? project.findQualityPolicy(version) : nullptr;
    if (!policy)
        failWith(concord::tr("%1 has no quality policy version \"%2\"")
                     .arg(workspace.folder().projectFile(), parser.value(policyVersion)));
    return policy;
}

} // namespace concord::cli
