// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// concord-cli is one program that links neither OpenCV's image codecs nor QtGui: they are
// modules it loads when a command first needs them (app/cli/README.md). glibc's loader writes
// every library it loads when LD_DEBUG=libs; these tests read that list to check what each
// command loaded, and check where the modules are looked for.
class TestCliStartup : public QObject
{
    Q_OBJECT

private:
    // One run of a concord-cli, and the loader's list of what it loaded.
    struct TracedRun
    {
        concord::test::CliRun run;
        QString loaded;

        bool loads(const QString &library) const { return loaded.contains(library); }
    };

    static constexpr const char *CodecsLibraries[] = {"libopencv_imgcodecs.so",
                                                      "concord_imagecodecs.so"};
    static constexpr const char *PaintingLibraries[] = {"libQt6Gui.so", "libQt6Svg.so",
                                                        "concord_reportpdf.so"};

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_ratings;

    // Runs `program` with the loader's list written to files in a folder of their own, so the
    // program's stderr stays its own. `environment` replaces the test's own when not empty.
    TracedRun runTraced(const QString &program, const QStringList &arguments,
                        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                        const QString &workingDirectory = QString()) const
    {
        static int runs = 0;
        const QString logs = m_dir.filePath(QStringLiteral("loader-%1").arg(++runs));
        QDir().mkpath(logs);
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
        environment.insert(QStringLiteral("LD_DEBUG_OUTPUT"), logs + QStringLiteral("/log"));
        QProcess process;
        process.setProcessEnvironment(environment);
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(program, arguments);
        TracedRun traced;
        if (!process.waitForFinished(120000))
            return traced;
        traced.run.exitCode =
            process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        traced.run.out = QString::fromUtf8(process.readAllStandardOutput());
        traced.run.err = QString::fromUtf8(process.readAllStandardError());
        for (const QFileInfo &log : QDir(logs).entryInfoList(QDir::Files)) {
            QFile file(log.filePath());
            if (file.open(QIODevice::ReadOnly))
                traced.loaded += QString::fromUtf8(file.readAll());
        }
        return traced;
    }

    TracedRun cli(const QStringList &arguments) const
    {
        return runTraced(QStringLiteral(CONCORD_CLI_PATH), arguments);
    }

    // The environment of a machine with no display: no platform chosen, nothing to show on.
    static QProcessEnvironment headless()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QLatin1String(name));
        return environment;
    }

    // A copy of the built concord-cli in `folder`/bin, outside the build tree, as installed.
    static QString installCopy(const QString &folder)
    {
        const QString program = folder + QStringLiteral("/bin/concord-cli");
        QDir().mkpath(folder + QStringLiteral("/bin"));
        if (!QFile::copy(QStringLiteral(CONCORD_CLI_PATH), program) ||
            !QFile::setPermissions(program, QFile::permissions(QStringLiteral(CONCORD_CLI_PATH))))
            return {};
        return program;
    }

    // Where a copy in `folder`/bin looks for its modules, as the install rules put them.
    static QString installedModuleFolder(const QString &folder)
    {
        return QDir::cleanPath(folder + QStringLiteral("/bin/" CONCORD_MODULE_DIR_FROM_PROGRAM));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ratings = m_dir.filePath(QStringLiteral("ratings.csv"));
        QFile ratings(m_ratings);
        QVERIFY(ratings.open(QIODevice::WriteOnly));
        ratings.write("unit,coder,label\nu1,a,1\nu1,b,1\nu2,a,2\nu2,b,2\nu3,a,1\nu3,b,2\n");
        ratings.close();

        // The demo's images are PNG and TIFF files, written through the image codecs module.
        m_demo = m_dir.filePath(QStringLiteral("demo.concord"));
        const TracedRun init = cli({QStringLiteral("init"), m_demo, QStringLiteral("--demo")});
        QVERIFY2(init.run.exitCode == 0, qPrintable(init.run.err));
        QVERIFY2(!init.loaded.isEmpty(), "the loader wrote no list: is this glibc?");
        for (const char *library : CodecsLibraries)
            QVERIFY2(init.loads(QLatin1String(library)), library);
        for (const char *library : PaintingLibraries)
            QVERIFY2(!init.loads(QLatin1String(library)), library);
    }

    // What starts fast: nothing loads the image codecs or QtGui until a command needs them.
    void commandsLoadNoCodecsAndNoGui_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("agreement --csv") << QStringList{
            QStringLiteral("agreement"), QStringLiteral("--csv"),   QStringLiteral("@CSV"),
            QStringLiteral("--metric"),  QStringLiteral("percent"), QStringLiteral("--json")};
        QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("@DEMO")};
    }

    void commandsLoadNoCodecsAndNoGui()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(QStringLiteral("@CSV"), m_ratings);
        arguments.replaceInStrings(QStringLiteral("@DEMO"), m_demo);
        const TracedRun traced = cli(arguments);
        QVERIFY2(traced.run.exitCode == 0, qPrintable(traced.run.err));
        QVERIFY(!traced.run.out.isEmpty());
        QVERIFY2(traced.loads(QStringLiteral("libQt6Core.so")), "the loader's list is incomplete");
        for (const char *library : CodecsLibraries)
            QVERIFY2(!traced.loads(QLatin1String(library)), library);
        for (const char *library : PaintingLibraries)
            QVERIFY2(!traced.loads(QLatin1String(library)), library);
        if (arguments.contains(QStringLiteral("--csv")))
            QVERIFY2(traced.run.out.contains(QLatin1String("\"value\":0.6666666666666")),
                     qPrintable(traced.run.out));
    }

    // The agreement report's PDF loads the PDF module and paints on the offscreen platform.
    void pdfLoadsThePdfModuleWithoutADisplay()
    {
        const QString out = m_dir.filePath(QStringLiteral("report"));
        const TracedRun traced = runTraced(
            QStringLiteral(CONCORD_CLI_PATH),
            {QStringLiteral("agreement"), m_demo, QStringLiteral("--out-dir"), out}, headless());
        QVERIFY2(traced.run.exitCode == 0, qPrintable(traced.run.err));
        for (const char *library : PaintingLibraries)
            QVERIFY2(traced.loads(QLatin1String(library)), library);
        QFile pdf(out + QStringLiteral("/agreement.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY2(!traced.run.err.contains(QLatin1String("XDG_RUNTIME_DIR")),
                 qPrintable(traced.run.err));
    }

    // Installed, the modules are looked for only relative to the program: not in the build
    // tree, not in the working directory, not on LD_LIBRARY_PATH. Missing, they are named.
    void installedProgramLooksOnlyBesideItself()
    {
        QTemporaryDir install;
        // The program finds its own folder with symbolic links resolved; so must the test.
        const QString root = QFileInfo(install.path()).canonicalFilePath();
        const QString program = installCopy(root);
        QVERIFY(!program.isEmpty());
        const QString modules = installedModuleFolder(root);
        const QString codecs =
            QFileInfo(QStringLiteral(CONCORD_IMAGECODECS_MODULE_PATH)).fileName();
        const QString painter = QFileInfo(QStringLiteral(CONCORD_REPORTPDF_MODULE_PATH)).fileName();

        // Modules in the working directory and on the library path are not ours to load.
        const QString decoys = install.filePath(QStringLiteral("decoys"));
        QVERIFY(QDir().mkpath(decoys));
        QVERIFY(QFile::link(QStringLiteral(CONCORD_IMAGECODECS_MODULE_PATH),
                            decoys + QLatin1Char('/') + codecs));
        QVERIFY(QFile::link(QStringLiteral(CONCORD_REPORTPDF_MODULE_PATH),
                            decoys + QLatin1Char('/') + painter));
        QProcessEnvironment decoyed = headless();
        decoyed.insert(QStringLiteral("LD_LIBRARY_PATH"), decoys);

        const TracedRun noCodecs =
            runTraced(program,
                      {QStringLiteral("init"), install.filePath(QStringLiteral("a")),
                       QStringLiteral("--demo")},
                      decoyed, decoys);
        QCOMPARE(noCodecs.run.exitCode, 1);
        QVERIFY2(noCodecs.run.err.contains(modules + QLatin1Char('/') + codecs),
                 qPrintable(noCodecs.run.err));
        QVERIFY2(!noCodecs.run.err.contains(QLatin1String(CONCORD_MODULE_BUILD_DIR)),
                 qPrintable(noCodecs.run.err));
        QCOMPARE(noCodecs.run.err.trimmed().count(QLatin1Char('\n')), 0);

        const QString out = install.filePath(QStringLiteral("report"));
        const QStringList report{QStringLiteral("agreement"), m_demo, QStringLiteral("--out-dir"),
                                 out};
        const TracedRun noPainter = runTraced(program, report, decoyed, decoys);
        QCOMPARE(noPainter.run.exitCode, 1);
        QVERIFY2(noPainter.run.err.contains(modules + QLatin1Char('/') + painter),
                 qPrintable(noPainter.run.err));
        QVERIFY(QFile::exists(out + QStringLiteral("/agreement.json")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/agreement.pdf")));

        // Where the install rules put them, they are found.
        QVERIFY(QDir().mkpath(modules));
        QVERIFY(QFile::link(QStringLiteral(CONCORD_IMAGECODECS_MODULE_PATH),
                            modules + QLatin1Char('/') + codecs));
        QVERIFY(QFile::link(QStringLiteral(CONCORD_REPORTPDF_MODULE_PATH),
                            modules + QLatin1Char('/') + painter));
        const TracedRun painted = runTraced(program, report, headless());
        QVERIFY2(painted.run.exitCode == 0, qPrintable(painted.run.err));
        QVERIFY(QFile::exists(out + QStringLiteral("/agreement.pdf")));
        QVERIFY(painted.loads(modules + QLatin1Char('/') + painter));
        const TracedRun decoded =
            runTraced(program, {QStringLiteral("init"), install.filePath(QStringLiteral("b")),
                                QStringLiteral("--demo")});
        QVERIFY2(decoded.run.exitCode == 0, qPrintable(decoded.run.err));
        QVERIFY(decoded.loads(modules + QLatin1Char('/') + codecs));
    }
};

QTEST_GUILESS_MAIN(TestCliStartup)
#include "tst_clistartup.moc"
