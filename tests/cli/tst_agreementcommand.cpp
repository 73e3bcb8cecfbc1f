// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Runs `concord-cli agreement` on fixtures in tests/data and on projects made with
// `concord-cli init`, and checks its output, the files it writes and its exit codes.
class TestAgreementCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments)
    {
        return cli(QStringList{QStringLiteral("agreement")} + arguments);
    }

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CONCORD_CLI_PATH), arguments);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(CONCORD_TEST_DATA_DIR "/") + QLatin1String(name);
    }

private Q_SLOTS:
    void jsonForEachLevel_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<double>("expected");
        // Krippendorff (2011), section C; exact fractions as in tst_krippendorffalpha.
        QTest::newRow("nominal") << QStringLiteral("nominal") << 113.0 / 152.0;
        QTest::newRow("ordinal") << QStringLiteral("ordinal") << 108577.0 / 133160.0;
        QTest::newRow("interval") << QStringLiteral("interval") << 951.0 / 1120.0;
        QTest::newRow("ratio") << QStringLiteral("ratio") << 18222619.0 / 22852465.0;
    }

    void jsonForEachLevel()
    {
        QFETCH(QString, level);
        QFETCH(double, expected);
        const Run r = run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                           QStringLiteral("--metric"), QStringLiteral("alpha"),
                           QStringLiteral("--level"), level, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("metric")).toString(), QStringLiteral("alpha"));
        QCOMPARE(o.value(QStringLiteral("coefficient")).toString(),
                 QStringLiteral("krippendorff_alpha_") + level);
        QVERIFY(std::abs(o.value(QStringLiteral("value")).toDouble() - expected) < 1e-12);
        QCOMPARE(o.value(QStringLiteral("units")).toInt(), 11);
        QCOMPARE(o.value(QStringLiteral("coders")).toInt(), 4);
        QVERIFY(o.value(QStringLiteral("ci")).isNull());
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 1); // unit 12 unpairable
    }

    void bootstrapIsReproducible()
    {
        const QStringList args = {
            QStringLiteral("--csv"),       fixture("agreement_krippendorff2011.csv"),
            QStringLiteral("--metric"),    QStringLiteral("fleiss"),
            QStringLiteral("--bootstrap"), QStringLiteral("200"),
            QStringLiteral("--seed"),      QStringLiteral("7"),
            QStringLiteral("--json")};
        const Run a = run(args);
        const Run b = run(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        const QJsonObject ci =
            QJsonDocument::fromJson(a.out).object().value(QStringLiteral("ci")).toObject();
        QVERIFY(ci.value(QStringLiteral("lower")).toDouble() <
                ci.value(QStringLiteral("upper")).toDouble());
        QVERIFY(
            ci.value(QStringLiteral("method")).toString().contains(QStringLiteral("bootstrap")));
    }

    void fleissJsonHasNullTestAndCategories()
    {
        const Run r =
            run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                 QStringLiteral("--metric"), QStringLiteral("fleiss"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        // Gwet's generalisation for missing ratings; independent recomputation: 0.7611692754224111.
        QVERIFY(std::abs(o.value(QStringLiteral("value")).toDouble() - 0.7611692754224111) < 1e-12);
        QVERIFY(o.value(QStringLiteral("ci")).isObject());
        // Rating counts differ between units, so there is no null SE.
        QVERIFY(o.value(QStringLiteral("standard_error_under_null")).isNull());
        const QJsonArray categories = o.value(QStringLiteral("per_category")).toArray();
        QCOMPARE(categories.size(), 5);
        QCOMPARE(categories.at(0).toObject().value(QStringLiteral("category")).toString(),
                 QStringLiteral("1"));
    }

    void readableLine()
    {
        const Run r = run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                           QStringLiteral("--metric"), QStringLiteral("ac1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("gwet_ac1 = 0.775444068"));
        QCOMPARE(r.out.count('\n'), 1);
    }

    void errorsNameTheFileAndLine()
    {
        const QString path = fixture("agreement_duplicate.csv");
        const Run r = run({QStringLiteral("--csv"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY2(err.contains(QStringLiteral("agreement_duplicate.csv:5:")), qPrintable(err));
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2); // no --csv
        // A project folder that does not exist is bad input, named in the message.
        const Run missing = run({QStringLiteral("no-such.concord")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no-such.concord"));
        QCOMPARE(run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                      QStringLiteral("--metric"), QStringLiteral("nope")})
                     .exitCode,
                 2);
        // Cohen's kappa on four coders is bad input for this file, not bad usage.
        const Run cohen = run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                               QStringLiteral("--metric"), QStringLiteral("cohen")});
        QCOMPARE(cohen.exitCode, 1);
        QVERIFY(cohen.err.contains("exactly 2 coders"));
    }

    void projectReportOnDemo()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project, QStringLiteral("--demo")}).exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("report"));
        const Run r = run({project, QStringLiteral("--out-dir"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Wrote"), r.out.constData());
        QVERIFY(r.out.contains("alpha"));

        QFile json(out + QStringLiteral("/agreement.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(json.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("format")).toString(),
                 QStringLiteral("concord-agreement-report"));
        const QJsonObject overall = report.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("coders")).toInt(), 2); // lead and demo
        QCOMPARE(overall.value(QStringLiteral("coefficients")).toArray().size(), 4);
        // The demo is multi-label: one binary table per label of the taxonomy.
        QCOMPARE(report.value(QStringLiteral("labels")).toArray().size(), 10);

        QFile csv(out + QStringLiteral("/agreement.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("scope,table,category,coder_a,coder_b,metric,value"));
        QFile html(out + QStringLiteral("/agreement.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("<svg")));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("\\b(nan|inf)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption)));
    }

    void projectReportOptions()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project, QStringLiteral("--demo")}).exitCode, 0);
        const Run r =
            run({project, QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--level"),
                 QStringLiteral("0"), QStringLiteral("--gold"), QStringLiteral("lead"),
                 QStringLiteral("--guideline"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject selection = report.value(QStringLiteral("selection")).toObject();
        QCOMPARE(selection.value(QStringLiteral("taxonomy_level")).toInt(), 0);
        QCOMPARE(selection.value(QStringLiteral("guideline_version")).toInt(), 1);
        QCOMPARE(selection.value(QStringLiteral("gold")).toString(), QStringLiteral("lead"));
        // Depth 0 of the demo taxonomy: Finding, Device, Normal.
        QCOMPARE(report.value(QStringLiteral("labels")).toArray().size(), 3);
        const QJsonObject overall = report.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("coders")).toInt(), 1); // lead is the reference
        QCOMPARE(overall.value(QStringLiteral("gold"))
                     .toObject()
                     .value(QStringLiteral("readers"))
                     .toArray()
                     .size(),
                 1);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("agreement.html"))));
    }

    void projectReportErrors()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project, QStringLiteral("--demo")}).exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run gold = run({project, QStringLiteral("--out-dir"), out, QStringLiteral("--gold"),
                              QStringLiteral("nobody")});
        QCOMPARE(gold.exitCode, 1);
        QVERIFY(gold.err.contains("nobody"));
        QCOMPARE(gold.err.trimmed().count('\n'), 0);
        QCOMPARE(run({project, QStringLiteral("--level"), QStringLiteral("top")}).exitCode, 2);
        QCOMPARE(run({project, QStringLiteral("--guideline"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(run({project, QStringLiteral("--metric"), QStringLiteral("alpha")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                      QStringLiteral("--out-dir"), out})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(out + QStringLiteral("/agreement.json")));
    }

    void emptyProjectGivesADefinedReport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("empty.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project}).exitCode, 0);
        const Run r = run({project, QStringLiteral("--out-dir"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("undefined"));
        QVERIFY(r.err.contains("warning:"));
        QFile html(dir.filePath(QStringLiteral("agreement.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("<svg")));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("\\b(nan|inf)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption)));
    }

    void helpWorks()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--metric"));
        QVERIFY(r.out.startsWith("Usage: concord-cli agreement"));
    }
};

QTEST_GUILESS_MAIN(TestAgreementCommand)
#include "tst_agreementcommand.moc"
