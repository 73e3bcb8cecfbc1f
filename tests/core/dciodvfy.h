// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// dciodvfy (Debian dicom3tools) checks a DICOM file against the standard's IODs; the tests of
// what Concord writes as DICOM run it when it is installed (packaging/install-deps.sh
// installs it) and skip that check otherwise.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace concord::test {

// Where dciodvfy is installed; empty when it is not.
inline QString dciodvfy()
{
    return QStandardPaths::findExecutable(QStringLiteral("dciodvfy"));
}

// The lines dciodvfy reports as errors for `file`; `output`, when given, receives all it said.
inline QStringList dciodvfyErrors(const QString &file, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(dciodvfy(), {file});
    if (!process.waitForFinished(60000))
        return {QStringLiteral("Error: dciodvfy did not finish")};
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    QStringList errors;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Error")))
            errors.append(line);
    }
    return errors;
}

// Fails the running test when dciodvfy finds an error in `file`, and skips it when dciodvfy is
// not installed. Call it last in a test function: a skip ends this function, not the caller.
inline void verifyWithDciodvfy(const QString &file)
{
    if (dciodvfy().isEmpty())
        QSKIP("dciodvfy (Debian dicom3tools) is not installed; packaging/install-deps.sh "
              "installs it");
    QString report;
    const QStringList errors = dciodvfyErrors(file, &report);
    QVERIFY2(errors.isEmpty(), qPrintable(report));
}

} // namespace concord::test
