// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"

#include "core/agreement/ratingcsv.h"
#include "core/agreement/splitmix64.h"
#include "core/weaksupervision/labelmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// Runs `concord-cli label-model` on vote CSVs written here and checks that it prints what the
// label model in core computes, sorted by name, the labeling-function analysis counted by hand,
// and clear errors for bad files (docs/weak-supervision.md).
class TestLabelModelCommand : public QObject
{
    Q_OBJECT

private:
    using Run = concord::test::CliRun;

    static Run run(const QStringList &arguments)
    {
        return concord::test::runCli(QStringList{QStringLiteral("label-model")} + arguments);
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }

    static QJsonObject jsonOf(const Run &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // The six-unit matrix of tst_labelingfunctionanalysis without its unit that no function
    // voted on (a CSV cannot name it), listed out of order:
    //        A  B  C
    //   u1   a  a  -
    //   u2   a  b  -
    //   u3   -  b  b
    //   u4   b  -  -
    //   u6   a  b  b
    static QByteArray fiveUnits()
    {
        return "unit,coder,label\n"
               "u6,C,b\nu6,A,a\nu6,B,b\n"
               "u1,B,a\nu1,A,a\n"
               "u3,C,b\nu3,B,b\n"
               "u2,A,a\nu2,B,b\n"
               "u4,A,b\n";
    }

    // 400 units, four functions of accuracies 0.95, 0.8, 0.65, 0.6 voting on 80 % of the units.
    static QByteArray generatedVotes()
    {
        const double accuracies[] = {0.95, 0.8, 0.65, 0.6};
        concord::SplitMix64 random(17);
        auto uniform = [&] { return double(random.next() >> 11) * 0x1.0p-53; };
        QByteArray text = "unit,coder,label\n";
        for (int u = 0; u < 400; ++u) {
            const bool spam = uniform() < 0.3;
            for (int j = 0; j < 4; ++j) {
                if (uniform() >= 0.8)
                    continue;
                const bool right = uniform() < accuracies[j];
                text += QStringLiteral("item%1,lf%2,%3\n")
                            .arg(u, 3, 10, QLatin1Char('0'))
                            .arg(j)
                            .arg(right == spam ? QStringLiteral("spam") : QStringLiteral("ham"))
                            .toUtf8();
            }
        }
        return text;
    }

private Q_SLOTS:
    void printsTheCoreModelSortedByName()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("votes.csv"), generatedVotes());
        const Run r = run({QStringLiteral("--csv"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject o = jsonOf(r);
        QVERIFY(o.value(QStringLiteral("converged")).toBool());

        // The same votes through core: the command prints its numbers, ordered by name.
        const concord::Expected<concord::RatingTable> votes = concord::readRatingCsv(path);
        QVERIFY(votes.ok());
        const concord::LabelModelResult model = concord::fitLabelModel(*votes);
        const QJsonArray units = o.value(QStringLiteral("units")).toArray();
        QCOMPARE(units.size(), votes->unitCount());
        QString previous;
        for (const QJsonValue &value : units) {
            const QJsonObject unit = value.toObject();
            const QString name = unit.value(QStringLiteral("unit")).toString();
            QVERIFY(name > previous);
            previous = name;
            qint32 index = -1;
            for (qint32 u = 0; u < votes->unitCount() && index < 0; ++u)
                index = votes->unitName(u) == name ? u : -1;
            QVERIFY(index >= 0);
            const concord::UnitLabel &expected = model.units[size_t(index)];
            QCOMPARE(unit.value(QStringLiteral("label")).toString(), model.classes[expected.label]);
            QVERIFY(std::abs(unit.value(QStringLiteral("p")).toDouble() - expected.probability) <
                    1e-12);
        }
        const QJsonArray sources = o.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 4);
        for (int j = 0; j < 4; ++j) {
            const QJsonObject source = sources[j].toObject();
            QCOMPARE(source.value(QStringLiteral("source")).toString(),
                     QStringLiteral("lf%1").arg(j));
            const qint32 coder = j; // lf0..lf3 appear in this order in the file
            QVERIFY(std::abs(source.value(QStringLiteral("accuracy")).toDouble() -
                             model.sources[size_t(coder)].accuracy) < 1e-12);
            QVERIFY(std::abs(source.value(QStringLiteral("coverage")).toDouble() -
                             double(model.sources[size_t(coder)].votes) / votes->unitCount()) <
                    1e-12);
            // More accurate functions are estimated more accurate.
            if (j > 0)
                QVERIFY(source.value(QStringLiteral("accuracy")).toDouble() <
                        sources[j - 1].toObject().value(QStringLiteral("accuracy")).toDouble());
        }
        const QJsonArray classes = o.value(QStringLiteral("classes")).toArray();
        QCOMPARE(classes.size(), 2);
        QCOMPARE(classes[0].toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("ham"));
        QVERIFY(std::abs(classes[0].toObject().value(QStringLiteral("balance")).toDouble() - 0.7) <
                0.06);
        QVERIFY(!o.contains(QStringLiteral("analysis")));
    }

    void analysisCountedByHand()
    {
        QTemporaryDir dir;
        const QString votes = write(dir, QStringLiteral("votes.csv"), fiveUnits());
        // u2 has no gold; u4's "c" is no class any function voted; u9 has no votes.
        const QString gold =
            write(dir, QStringLiteral("gold.csv"), "unit,label\nu1,a\nu3,b\nu4,c\nu6,b\nu9,a\n");
        const Run r = run({QStringLiteral("--csv"), votes, QStringLiteral("--gold"), gold,
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject analysis = jsonOf(r).value(QStringLiteral("analysis")).toObject();
        QCOMPARE(analysis.value(QStringLiteral("units")).toInt(), 5);
        QCOMPARE(analysis.value(QStringLiteral("coverage")).toDouble(), 1.0);
        QCOMPARE(analysis.value(QStringLiteral("overlap")).toDouble(), 4.0 / 5);  // all but u4
        QCOMPARE(analysis.value(QStringLiteral("conflict")).toDouble(), 2.0 / 5); // u2, u6
        const QJsonObject goldInfo = analysis.value(QStringLiteral("gold")).toObject();
        QCOMPARE(goldInfo.value(QStringLiteral("units_with_gold")).toInt(), 4);
        QCOMPARE(goldInfo.value(QStringLiteral("units_without_votes")).toInt(), 1);

        struct Expected
        {
            const char *name;
            double coverage, overlaps, conflicts;
            int correct, incorrect;
        };
        // A votes u1 u2 u4 u6, overlaps on u1 u2 u6, conflicts on u2 u6; against gold u1 right,
        // u4 and u6 wrong. B votes u1 u2 u3 u6, all overlapping; right on u1 u3 u6. C votes b on
        // u3 and u6, conflicting only on u6; right on both.
        const Expected expected[] = {{"A", 4.0 / 5, 3.0 / 5, 2.0 / 5, 1, 2},
                                     {"B", 4.0 / 5, 4.0 / 5, 2.0 / 5, 3, 0},
                                     {"C", 2.0 / 5, 2.0 / 5, 1.0 / 5, 2, 0}};
        const QJsonArray sources = analysis.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 3);
        for (int j = 0; j < 3; ++j) {
            const QJsonObject s = sources[j].toObject();
            QCOMPARE(s.value(QStringLiteral("source")).toString(), QLatin1String(expected[j].name));
            QCOMPARE(s.value(QStringLiteral("coverage")).toDouble(), expected[j].coverage);
            QCOMPARE(s.value(QStringLiteral("overlaps")).toDouble(), expected[j].overlaps);
            QCOMPARE(s.value(QStringLiteral("conflicts")).toDouble(), expected[j].conflicts);
            QCOMPARE(s.value(QStringLiteral("correct")).toInt(), expected[j].correct);
            QCOMPARE(s.value(QStringLiteral("incorrect")).toInt(), expected[j].incorrect);
            QCOMPARE(s.value(QStringLiteral("empirical_accuracy")).toDouble(),
                     double(expected[j].correct) / (expected[j].correct + expected[j].incorrect));
        }
        QCOMPARE(sources[2].toObject().value(QStringLiteral("polarity")).toArray(),
                 QJsonArray{QStringLiteral("b")});
        // The gold label of u9 is reported as left out.
        const QJsonArray warnings = jsonOf(r).value(QStringLiteral("warnings")).toArray();
        QVERIFY(std::any_of(warnings.begin(), warnings.end(), [](const QJsonValue &w) {
            return w.toString().contains(QStringLiteral("1 gold label"));
        }));
    }

    void analysisWithoutGoldHasNoAccuracy()
    {
        QTemporaryDir dir;
        const QString votes = write(dir, QStringLiteral("votes.csv"), fiveUnits());
        const Run r = run({QStringLiteral("--csv"), votes, QStringLiteral("--analysis"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject analysis = jsonOf(r).value(QStringLiteral("analysis")).toObject();
        QVERIFY(analysis.value(QStringLiteral("gold")).isNull());
        const QJsonObject a = analysis.value(QStringLiteral("sources")).toArray()[0].toObject();
        QVERIFY(a.value(QStringLiteral("empirical_accuracy")).isNull());
        QCOMPARE(a.value(QStringLiteral("overlaps")).toDouble(), 3.0 / 5);
    }

    void readableTables()
    {
        QTemporaryDir dir;
        const QString votes = write(dir, QStringLiteral("votes.csv"), fiveUnits());
        const Run r = run({QStringLiteral("--csv"), votes, QStringLiteral("--analysis")});
        QCOMPARE(r.exitCode, 0);
        // The headers of the class, source, unit and analysis tables.
        for (const char *header :
             {"^class +balance$", "^source +accuracy +coverage +votes +weight$", "^unit +label +p$",
              "^source +polarity +coverage +overlaps +conflicts$"}) {
            const QRegularExpression line(QLatin1String(header),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(r.out).hasMatch(), header);
        }
        // Rows sorted by name, and A's row of the analysis.
        const qsizetype u1 = r.out.indexOf(QStringLiteral("\nu1 "));
        const qsizetype u6 = r.out.indexOf(QStringLiteral("\nu6 "));
        QVERIFY(u1 > 0 && u6 > u1);
        QVERIFY(r.out.contains(QStringLiteral("0.8000"))); // coverage of A and B
        // Three functions: fewer than the model needs to tell accuracies apart is not the case,
        // so no warning; the run is quiet on stderr.
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void givenClassBalanceIsHeld()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("votes.csv"), generatedVotes());
        Run r = run({QStringLiteral("--csv"), path, QStringLiteral("--json"),
                     QStringLiteral("--class-balance"), QStringLiteral("spam=0.25,ham=0.75")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = jsonOf(r);
        QVERIFY(o.value(QStringLiteral("class_balance_given")).toBool());
        const QJsonArray classes = o.value(QStringLiteral("classes")).toArray();
        QCOMPARE(classes[0].toObject().value(QStringLiteral("balance")).toDouble(), 0.75);
        QCOMPARE(classes[1].toObject().value(QStringLiteral("balance")).toDouble(), 0.25);

        r = run({QStringLiteral("--csv"), path, QStringLiteral("--json"),
                 QStringLiteral("--class-balance"), QStringLiteral("uniform")});
        QCOMPARE(r.exitCode, 0);
        o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("classes"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("balance"))
                     .toDouble(),
                 0.5);

        for (const char *bad : {"spam=0.25", "spam=0.5,ham=0.6", "eggs=0.5,ham=0.5", "spam=x"}) {
            r = run({QStringLiteral("--csv"), path, QStringLiteral("--class-balance"),
                     QLatin1String(bad)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--class-balance")) ||
                         r.err.contains(QStringLiteral("class balance")),
                     qPrintable(r.err));
        }
    }

    void badInputNamesTheFileAndLine()
    {
        QTemporaryDir dir;
        const QString votes =
            write(dir, QStringLiteral("votes.csv"), "unit,coder,label\nu1,A,a\nu1,A,b\n");
        Run r = run({QStringLiteral("--csv"), votes});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(votes + QStringLiteral(":3:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("already has a rating")));

        const QString good = write(dir, QStringLiteral("good.csv"), fiveUnits());
        const QString gold = write(dir, QStringLiteral("gold.csv"), "unit,label\nu1,a\nu1,b\n");
        r = run({QStringLiteral("--csv"), good, QStringLiteral("--gold"), gold});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(gold + QStringLiteral(":3:")), qPrintable(r.err));

        const QString missing = dir.filePath(QStringLiteral("missing.csv"));
        r = run({QStringLiteral("--csv"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(missing));

        const QString empty = write(dir, QStringLiteral("empty.csv"), "unit,coder,label\n");
        r = run({QStringLiteral("--csv"), empty});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(empty) && r.err.contains(QStringLiteral("no votes")),
                 qPrintable(r.err));

        r = run({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--csv")));
    }
};

QTEST_GUILESS_MAIN(TestLabelModelCommand)
#include "tst_labelmodelcommand.moc"
