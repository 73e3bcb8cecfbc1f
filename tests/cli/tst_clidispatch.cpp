// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// concord-cli is a lean dispatcher (app/cli/README.md): it computes `agreement --csv` itself
// and hands every other command line to concord-cli-full, found beside it or where the install
// rules put it. These tests run copies of it in folders laid out like a build and an install.
class TestCliDispatch : public QObject
{
    Q_OBJECT

private:
    using Run = concord::test::CliRun;

    static Run run(const QString &program, const QStringList &arguments)
    {
        return concord::test::runProgram(program, arguments);
    }

    // A copy of the built concord-cli at `path`, with nothing else beside it.
    static bool copyDispatcher(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        return QFile::copy(QStringLiteral(CONCORD_CLI_PATH), path) &&
               QFile::setPermissions(path, QFile::permissions(QStringLiteral(CONCORD_CLI_PATH)));
    }

    static QString writeRatings(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("ratings.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("unit,coder,label\nu1,a,1\nu1,b,1\nu2,a,2\nu2,b,2\nu3,a,1\nu3,b,2\n");
        return path;
    }

private Q_SLOTS:
    void buildTreeRunsEveryCommand()
    {
        const Run help = run(QStringLiteral(CONCORD_CLI_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QLatin1String("Usage: concord-cli <command>")));
        for (const char *command : {"init", "import", "agreement", "dicom", "merge"})
            QVERIFY2(help.out.contains(QLatin1String("  ") + QLatin1String(command)), command);
        const Run version = run(QStringLiteral(CONCORD_CLI_PATH), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(!version.out.trimmed().isEmpty());
    }

    // The CSV form needs nothing but the dispatcher; anything else says what is missing.
    void aloneItComputesCsvAgreementAndNamesWhatIsMissing()
    {
        QTemporaryDir dir;
        const QString alone = dir.filePath(QStringLiteral("bin/concord-cli"));
        QVERIFY(copyDispatcher(alone));
        const QString ratings = writeRatings(dir);
        QVERIFY(!ratings.isEmpty());

        const Run csv = run(alone, {QStringLiteral("agreement"), QStringLiteral("--csv"), ratings,
                                    QStringLiteral("--metric"), QStringLiteral("percent"),
                                    QStringLiteral("--json")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains(QLatin1String("\"value\":0.6666666666666")), qPrintable(csv.out));
        // Its --help is the whole command's, both forms.
        const Run csvHelp = run(alone, {QStringLiteral("agreement"), QStringLiteral("--csv"),
                                        ratings, QStringLiteral("--help")});
        QCOMPARE(csvHelp.exitCode, 0);
        QVERIFY(csvHelp.out.startsWith(QLatin1String("Usage: concord-cli agreement")));
        QVERIFY(csvHelp.out.contains(QLatin1String("--out-dir")));

        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--help")},
              QStringList{QStringLiteral("agreement"), dir.path()}}) {
            const Run r = run(alone, arguments);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(QLatin1String("concord-cli: cannot start concord-cli-full")),
                     qPrintable(r.err));
            QVERIFY(r.err.contains(QFileInfo(alone).absolutePath()));
        }
    }

    // Installed, concord-cli-full lives in libexec/concord, not on the PATH.
    void installedItFindsTheFullProgramInLibexec()
    {
        QTemporaryDir dir;
        const QString dispatcher = dir.filePath(QStringLiteral("bin/concord-cli"));
        QVERIFY(copyDispatcher(dispatcher));
        const QString installed = QDir::cleanPath(
            dir.filePath(QStringLiteral("bin/" CONCORD_FULL_CLI_INSTALL_DIR "/concord-cli-full")));
        QVERIFY(QDir().mkpath(QFileInfo(installed).absolutePath()));
        QVERIFY(QFile::link(QStringLiteral(CONCORD_FULL_CLI_PATH), installed));

        const Run help = run(dispatcher, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("  dicom")));
        // A command's own errors come through unchanged, exit code included.
        const Run unknown = run(dispatcher, {QStringLiteral("no-such-command")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command 'no-such-command'")));
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "tst_clidispatch.moc"
