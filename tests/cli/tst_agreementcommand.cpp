// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs `concord-cli agreement` on fixtures in tests/data and on projects made with
// `concord-cli init`, and checks its output, the files it writes and its exit codes.
class TestAgreementCommand : public QObject
{
    Q_OBJECT

private:
    using Run = concord::test::CliRun;

    static Run run(const QStringList &arguments)
    {
        return cli(QStringList{QStringLiteral("agreement")} + arguments);
    }

    static Run cli(const QStringList &arguments) { return concord::test::runCli(arguments); }

    // The demo project, made once by `concord-cli init --demo` in initTestCase: the report
    // reads it and writes only to the folder --out-dir names.
    QTemporaryDir m_demoDir;
    QString m_demo;

    static QJsonObject jsonOf(const Run &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(CONCORD_TEST_DATA_DIR "/") + QLatin1String(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demoDir.isValid());
        m_demo = m_demoDir.filePath(QStringLiteral("demo.concord"));
        const Run init = cli({QStringLiteral("init"), m_demo, QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

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
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
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
            QJsonDocument::fromJson(a.out.toUtf8()).object().value(QStringLiteral("ci")).toObject();
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
        const QJsonObject o = jsonOf(r);
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
        QVERIFY(r.out.startsWith(QLatin1String("gwet_ac1 = 0.775444068")));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    }

    void errorsNameTheFileAndLine()
    {
        const QString path = fixture("agreement_duplicate.csv");
        const Run r = run({QStringLiteral("--csv"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = r.err.trimmed();
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY2(err.contains(QStringLiteral("agreement_duplicate.csv:5:")), qPrintable(err));
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2); // no --csv
        // A project folder that does not exist is bad input, named in the message.
        const Run missing = run({QStringLiteral("no-such.concord")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("no-such.concord")));
        QCOMPARE(run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                      QStringLiteral("--metric"), QStringLiteral("nope")})
                     .exitCode,
                 2);
        // Cohen's kappa on four coders is bad input for this file, not bad usage.
        const Run cohen = run({QStringLiteral("--csv"), fixture("agreement_krippendorff2011.csv"),
                               QStringLiteral("--metric"), QStringLiteral("cohen")});
        QCOMPARE(cohen.exitCode, 1);
        QVERIFY(cohen.err.contains(QLatin1String("exactly 2 coders")));
    }

    void projectReportOnDemo()
    {
        QTemporaryDir dir;
        const QString &project = m_demo;
        const QString out = dir.filePath(QStringLiteral("report"));
        const Run r = run({project, QStringLiteral("--out-dir"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Wrote")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("alpha")));

        QFile json(out + QStringLiteral("/agreement.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(json.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("format")).toString(),
                 QStringLiteral("concord-agreement-report"));
        const QJsonObject overall = report.value(QStringLiteral("overall")).toObject();
        // lead, demo and the three calibration readers
        QCOMPARE(overall.value(QStringLiteral("coders")).toInt(), 5);
        QCOMPARE(overall.value(QStringLiteral("coefficients")).toArray().size(), 4);
        // The demo is multi-label: one binary table per label of the taxonomy.
        QCOMPARE(report.value(QStringLiteral("labels")).toArray().size(), 10);

        // Box agreement of every pair of readers who drew boxes: the three calibration readers
        // read every image, so their pairs are defined; F1 near the truth for careful readers.
        const QJsonObject boxes = report.value(QStringLiteral("boxes")).toObject();
        QCOMPARE(boxes.value(QStringLiteral("iou_threshold")).toDouble(), 0.5);
        const QJsonArray pairs = boxes.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 10); // 5 readers with boxes
        bool annaBen = false;
        for (const QJsonValue &v : pairs) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("reader_a")).toString() != QStringLiteral("anna") ||
                p.value(QStringLiteral("reader_b")).toString() != QStringLiteral("ben"))
                continue;
            annaBen = true;
            QCOMPARE(p.value(QStringLiteral("items")).toInt(), 15);
            const double f1 = p.value(QStringLiteral("f1")).toDouble();
            QVERIFY2(f1 > 0.6 && f1 <= 1.0, qPrintable(QString::number(f1)));
            QVERIFY(p.value(QStringLiteral("mean_iou")).toDouble() >= 0.5);
        }
        QVERIFY(annaBen);
        // The calibration readers outline findings on the three DICOM radiographs (Anna and Ben
        // as masks, Chen as polygons): every pair is compared, in mm from Imager Pixel Spacing.
        const QJsonArray maskPairs = report.value(QStringLiteral("masks"))
                                         .toObject()
                                         .value(QStringLiteral("pairs"))
                                         .toArray();
        QCOMPARE(maskPairs.size(), 3); // anna-ben, anna-chen, ben-chen
        for (const QJsonValue &v : maskPairs) {
            const QJsonObject p = v.toObject();
            QVERIFY(!p.value(QStringLiteral("comparisons")).toArray().isEmpty());
            for (const QJsonValue &c : p.value(QStringLiteral("comparisons")).toArray())
                QCOMPARE(c.toObject().value(QStringLiteral("distance_unit")).toString(),
                         QStringLiteral("mm"));
            QCOMPARE(p.value(QStringLiteral("hd95_px_comparisons")).toInt(), 0);
            QVERIFY(p.value(QStringLiteral("mean_hd95_mm")).toDouble() > 0);
            QCOMPARE(p.value(QStringLiteral("spacing_sources")).toArray(),
                     QJsonArray{QStringLiteral("ImagerPixelSpacing")});
            // Where two readers outline the same finding under the same label they agree closely
            // (Dice above 0.8, HD95 under 10 mm on a 0.139 mm grid); a missed finding or a
            // nodule called consolidation gives Dice 0 for that label.
            bool closeOutline = false;
            for (const QJsonValue &c : p.value(QStringLiteral("comparisons")).toArray()) {
                const double dice = c.toObject().value(QStringLiteral("dice")).toDouble();
                QVERIFY(dice >= 0 && dice <= 1);
                closeOutline =
                    closeOutline ||
                    (dice > 0.8 && c.toObject().value(QStringLiteral("hd95")).toDouble() < 10);
            }
            QVERIFY(closeOutline);
        }

        QFile csv(out + QStringLiteral("/agreement.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("scope,table,category,coder_a,coder_b,metric,value"));
        const QByteArray rows = csv.readAll();
        QVERIFY(rows.contains("\nboxes,,,anna,ben,f1,"));
        QVERIFY(rows.contains("\nmasks,,,anna,chen,mean_hd95,"));
        QVERIFY(!rows.contains(",px,")); // every demo outline is on a DICOM radiograph: mm
        QFile html(out + QStringLiteral("/agreement.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("<svg")));
        QVERIFY(page.contains(QStringLiteral("Box agreement")));
        QVERIFY(page.contains(QStringLiteral("Mask agreement")));
        QVERIFY(page.contains(QStringLiteral(" mm</td>")));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("\\b(nan|inf)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption)));
    }

    void projectReportOptions()
    {
        QTemporaryDir dir;
        const QString &project = m_demo;
        const Run r =
            run({project, QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--level"),
                 QStringLiteral("0"), QStringLiteral("--gold"), QStringLiteral("lead"),
                 QStringLiteral("--guideline"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = jsonOf(r);
        const QJsonObject selection = report.value(QStringLiteral("selection")).toObject();
        QCOMPARE(selection.value(QStringLiteral("taxonomy_level")).toInt(), 0);
        QCOMPARE(selection.value(QStringLiteral("guideline_version")).toInt(), 1);
        QCOMPARE(selection.value(QStringLiteral("gold")).toString(), QStringLiteral("lead"));
        // Depth 0 of the demo taxonomy: Finding, Device, Normal.
        QCOMPARE(report.value(QStringLiteral("labels")).toArray().size(), 3);
        const QJsonObject overall = report.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("coders")).toInt(), 4); // lead is the reference
        QCOMPARE(overall.value(QStringLiteral("gold"))
                     .toObject()
                     .value(QStringLiteral("readers"))
                     .toArray()
                     .size(),
                 4);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("agreement.html"))));
    }

    void projectReportWritesAPdf()
    {
        QTemporaryDir dir;
        const QString &project = m_demo;
        // No display: the PDF is painted on Qt's offscreen platform, whatever the caller has.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CONCORD_CLI_PATH), {QStringLiteral("agreement"), project,
                                                         QStringLiteral("--out-dir"), dir.path()});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("agreement.pdf"));

        QFile pdf(dir.filePath(QStringLiteral("agreement.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // Pages are "/Type /Page" objects (the tree's root is "/Type /Pages").
        const qsizetype pages = QString::fromLatin1(bytes).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page\\b")));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages))); // cards, tables and 4 charts
        QVERIFY(bytes.contains("/Subtype /Image"));               // the charts
    }

    void selectionFlags()
    {
        QTemporaryDir dir;
        const QString &project = m_demo;
        auto report = [&](QStringList flags) {
            flags.prepend(project);
            flags << QStringLiteral("--out-dir") << dir.path() << QStringLiteral("--json")
                  << QStringLiteral("--bootstrap") << QStringLiteral("50");
            const Run r = run(flags);
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.err));
            return jsonOf(r);
        };
        auto coders = [](const QJsonObject &r) {
            return r.value(QStringLiteral("overall"))
                .toObject()
                .value(QStringLiteral("coders"))
                .toInt();
        };
        QCOMPARE(coders(report({})), 5);

        const QJsonObject onlyLead =
            report({QStringLiteral("--annotators"), QStringLiteral("lead")});
        QCOMPARE(coders(onlyLead), 1);
        QCOMPARE(onlyLead.value(QStringLiteral("selection"))
                     .toObject()
                     .value(QStringLiteral("annotators"))
                     .toArray(),
                 QJsonArray({QStringLiteral("lead")}));

        // The demo reader has not marked anything done yet; the lead and the three readers have.
        QCOMPARE(coders(report({QStringLiteral("--done-only")})), 4);

        // The lead's one session: everyone else's labels were made in other sessions.
        const QStringList sessions =
            QDir(project + QStringLiteral("/journal/lead")).entryList({QStringLiteral("*.jsonl")});
        QCOMPARE(sessions.size(), 1);
        const QString session = QFileInfo(sessions.front()).completeBaseName();
        const QJsonObject bySession = report({QStringLiteral("--session"), session});
        QCOMPARE(coders(bySession), 1);
        QCOMPARE(bySession.value(QStringLiteral("selection"))
                     .toObject()
                     .value(QStringLiteral("sessions"))
                     .toArray(),
                 QJsonArray({session}));

        // A window long before the demo was made holds no labels; one around now holds them all.
        const QJsonObject past = report({QStringLiteral("--since"), QStringLiteral("2001-01-01"),
                                         QStringLiteral("--until"), QStringLiteral("2001-01-31")});
        QCOMPARE(past.value(QStringLiteral("rated_items")).toInt(), 0);
        QVERIFY(past.value(QStringLiteral("selection"))
                    .toObject()
                    .value(QStringLiteral("from"))
                    .isString());
        QCOMPARE(coders(report({QStringLiteral("--since"),
                                QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                                QStringLiteral("--until"),
                                QDate::currentDate().addDays(1).toString(Qt::ISODate)})),
                 5);

        // A label by name selects it and its children: Finding and its descendants.
        const QJsonObject findings =
            report({QStringLiteral("--labels"), QStringLiteral("Finding")});
        QCOMPARE(findings.value(QStringLiteral("selection"))
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toArray()
                     .size(),
                 1);
        QVERIFY(findings.value(QStringLiteral("labels")).toArray().size() <
                report({}).value(QStringLiteral("labels")).toArray().size());
    }

    // Arguments the project report refuses before it writes anything: the exit code, and what
    // the error must name. PROJECT, OUT and CSV stand for the demo project, an output folder
    // and a rating CSV.
    void refusedReportArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("says");
        const auto row = [](const char *name, const QString &arguments, int exitCode,
                            const QStringList &says) {
            QTest::newRow(name) << arguments.split(QLatin1Char(' ')) << exitCode << says;
        };
        row("since not a date", u"PROJECT --out-dir OUT --since yesterday"_s, 2, {u"--since"_s});
        row("unknown label", u"PROJECT --out-dir OUT --labels Finding,Nope"_s, 1,
            {u"project.json"_s, u"\"Nope\""_s});
        row("unknown reader", u"PROJECT --out-dir OUT --annotators lead,nobody"_s, 1,
            {u"\"nobody\""_s});
        row("session with a CSV", u"--csv CSV --session s1"_s, 2, {u"--session"_s});
        row("unknown gold reader", u"PROJECT --out-dir OUT --gold nobody"_s, 1, {u"nobody"_s});
        row("level not a depth", u"PROJECT --level top"_s, 2, {u"--level"_s});
        row("guideline 0", u"PROJECT --guideline 0"_s, 2, {u"--guideline"_s});
        row("metric with a project", u"PROJECT --metric alpha"_s, 2, {u"--metric"_s});
        row("out-dir with a CSV", u"--csv CSV --out-dir OUT"_s, 2, {u"--out-dir"_s});
    }

    void refusedReportArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, says);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const QMap<QString, QString> stands = {
            {QStringLiteral("PROJECT"), m_demo},
            {QStringLiteral("OUT"), out},
            {QStringLiteral("CSV"), fixture("agreement_krippendorff2011.csv")}};
        for (QString &argument : arguments)
            argument = stands.value(argument, argument);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        for (const QString &text : says)
            QVERIFY2(r.err.contains(text), qPrintable(r.err));
        if (exitCode == 1) // bad input: one line that names it, no usage
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(out + QStringLiteral("/agreement.json")));
    }

    void emptyProjectGivesADefinedReport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("empty.concord"));
        QCOMPARE(cli({QStringLiteral("init"), project}).exitCode, 0);
        const Run r = run({project, QStringLiteral("--out-dir"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("undefined")));
        QVERIFY(r.err.contains(QLatin1String("warning:")));
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
        QVERIFY(r.out.contains(QLatin1String("--metric")));
        QVERIFY(r.out.startsWith(QLatin1String("Usage: concord-cli agreement")));
    }
};

QTEST_GUILESS_MAIN(TestAgreementCommand)
#include "tst_agreementcommand.moc"
