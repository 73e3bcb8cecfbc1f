// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

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

} // namespace concord::test
