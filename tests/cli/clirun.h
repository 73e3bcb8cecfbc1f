// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

#include <nlohmann/json.hpp>

namespace concord::test {

// What one run of the built concord-cli (CONCORD_CLI_PATH), or a copy of it, printed and
// returned.
struct CliRun
{
    int exitCode = -1; // -1 also when it crashed or did not finish within a minute
    QString out;
    QString err;
};

inline CliRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline CliRun runCli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(CONCORD_CLI_PATH), arguments);
}

// Whether `run` was refused as a test expects: it stopped with `exitCode` (1 bad input, 2 bad
// usage) and its error names `text`.
inline bool refusedWith(const CliRun &run, int exitCode, const QString &text)
{
    return run.exitCode == exitCode && run.err.contains(text);
}

// "exit code N: <what it printed on stderr>", for the message of a failed check.
inline QString describe(const CliRun &run)
{
    return QStringLiteral("exit code %1: %2").arg(run.exitCode).arg(run.err);
}

// What a command printed with --json, parsed; nothing when it is not JSON, so that a test can
// show what was printed instead.
inline std::optional<nlohmann::json> parseJson(const QString &text)
{
    try {
        return nlohmann::json::parse(text.toStdString());
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

} // namespace concord::test
