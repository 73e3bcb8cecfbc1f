// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/project/sessionstatistics.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

// Below a minute of active time a rate says nothing (two quick clicks would read as thousands
// of items per hour): as in the window's Sessions panel, none is given.
constexpr qint64 ShortestRatedMs = qint64(60) * 1000;

Json totalsToJson(const ActivityTotals &totals)
{
    return Json{{"items_done", totals.itemsDone},
                {"active_ms", totals.activeMs},
                {"items_per_hour",
                 totals.activeMs >= ShortestRatedMs ? Json(totals.itemsPerHour) : Json()}};
}

QString totalsText(const ActivityTotals &totals)
{
    const qint64 minutes = totals.activeMs / 60000;
    return concord::tr("%1 done, active %2 h %3 min, %4 items/h")
        .arg(totals.itemsDone)
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'))
        .arg(totals.activeMs >= ShortestRatedMs ? QString::number(totals.itemsPerHour, 'f', 1)
                                                : QStringLiteral("-"));
}

// --idle-minutes takes a positive number.
std::optional<int> checkIdleMinutes(const CommandLine &line)
{
    bool ok = false;
    const QString idle = line.value(QStringLiteral("idle-minutes"));
    const double idleMinutes = idle.toDouble(&ok);
    if (ok && !(idleMinutes <= 0))
        return std::nullopt;
    standardError() << "concord-cli statistics: "
                    << concord::tr("--idle-minutes takes a positive number, not \"%1\"").arg(idle)
                    << '\n';
    return ExitUsage;
}

// `statistics`: every reader's throughput and, with --sessions, each session's.
int printStatistics(const CommandLine &line, const Workspace &workspace)
{
    const Project &project = workspace.project();
    const bool listSessions = line.isSet(QStringLiteral("sessions"));
    ActivityOptions options;
    const double idleMinutes = line.value(QStringLiteral("idle-minutes")).toDouble();
    options.idleThresholdMs = qint64(idleMinutes * 60 * 1000);

    Json readers = Json::array();
    QTextStream &out = standardOutput();
    // Every reader's, unfiltered: the command line acts for whoever runs it on the folder (the
    // Sessions panel shows an annotator only their own).
    for (const auto &[annotatorId, work] : WorkspaceInternals::store(workspace).allWork()) {
        std::vector<FileError> problems;
        const AnnotatorActivity activity =
            measureAnnotatorActivity(workspace.folder(), annotatorId, options, &problems);
        for (const FileError &problem : problems)
            standardError() << concord::tr("concord-cli: problem: %1\n").arg(problem.toString());
        const Annotator *annotator = project.findAnnotator(annotatorId);
        Json sessionRows = Json::array();
        if (!line.json())
            out << concord::tr("%1 (%2): %n session(s), ", nullptr, int(work.sessions().size()))
                       .arg(annotatorId,
                            annotator ? roleDisplayName(annotator->role) : concord::tr("unknown"))
                << totalsText(activity.totals) << '\n';
        for (const Session &session : work.sessions()) {
            ActivityTotals totals;
            for (const SessionActivity &measured : activity.sessions) {
                if (measured.sessionId == session.id)
                    totals = measured.totals;
            }
            Json row = totalsToJson(totals);
            row["id"] = toStd(session.id);
            row["mode"] = toStd(sessionModeKey(session.mode));
            row["start"] = toStd(session.start.toUTC().toString(Qt::ISODate));
            row["end"] = session.end.isValid()
                             ? Json(toStd(session.end.toUTC().toString(Qt::ISODate)))
                             : Json();
            sessionRows.push_back(row);
            if (listSessions && !line.json())
                out << concord::tr("  %1 %2: ").arg(session.id, sessionModeKey(session.mode))
                    << totalsText(totals) << '\n';
        }
        Json reader = totalsToJson(activity.totals);
        reader["id"] = toStd(annotatorId);
        reader["name"] = annotator ? toStd(annotator->displayName) : std::string();
        reader["role"] = annotator ? toStd(roleKey(annotator->role)) : std::string();
        reader["session_count"] = work.sessions().size();
        if (listSessions)
            reader["sessions"] = sessionRows;
        readers.push_back(reader);
    }
    standardError().flush();
    if (line.json())
        return printJson(Json{{"idle_minutes", idleMinutes}, {"readers", readers}});
    if (readers.empty())
        out << concord::tr("No sessions yet\n");
    return ExitOk;
}

} // namespace

int runStatisticsCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("statistics"),
        concord::tr(
            "Each reader's throughput from the journals' timestamps, as the window's Sessions "
            "panel shows it: items done, active time (pauses longer than the idle limit left out) "
            "and items per hour, per reader and, with --sessions, per session.\n"
            "  statistics <project> [--json] [--sessions] [--idle-minutes N]"),
        {projectArgument()},
        {jsonOption(),
         {QStringLiteral("sessions"), concord::tr("Also list every session.")},
         {QStringLiteral("idle-minutes"),
          concord::tr("A pause longer than this is a break, not work (2)."), QStringLiteral("n"),
          QStringLiteral("2")},
         allowDamagedOption()});
    return line.runOnProject(arguments, 1, 1, printStatistics, checkIdleMinutes);
}

} // namespace concord::cli
