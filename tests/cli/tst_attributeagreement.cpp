// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"
#include "tests/core/severityfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `concord-cli agreement <project> --attribute <name>`: agreement on an attribute's values,
// run as a user would on a project with known ratings (tests/core/severityfixture.h).
class TestAttributeAgreement : public QObject
{
    Q_OBJECT

private:
    static concord::test::CliRun agreement(const QStringList &arguments)
    {
        return concord::test::runCli(QStringList{QStringLiteral("agreement")} + arguments);
    }

private Q_SLOTS:
    void ordinalAttributeAsJson()
    {
        QTemporaryDir dir;
        QCOMPARE(concord::testing::createSeverityProject(dir.path()), QString());
        const auto run = agreement({dir.path(), QStringLiteral("--attribute"),
                                    QStringLiteral("severity"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("scale")).toString(), QStringLiteral("ordinal"));
        QCOMPARE(report.value(QStringLiteral("units")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("coders")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("values")).toArray().first().toString(),
                 QStringLiteral("trace"));
        bool sawAlpha = false, sawWeightedKappa = false;
        for (const QJsonValue &value : report.value(QStringLiteral("coefficients")).toArray()) {
            const QJsonObject c = value.toObject();
            const QString name = c.value(QStringLiteral("coefficient")).toString();
            if (name.contains(QStringLiteral("alpha"))) {
                sawAlpha = true;
                QVERIFY2(name.contains(QStringLiteral("ordinal")), qPrintable(name));
                QVERIFY(qAbs(c.value(QStringLiteral("value")).toDouble() -
                             concord::testing::SeverityOrdinalAlpha) < 1e-9);
            }
            if (name.contains(QStringLiteral("cohen")) &&
                name.contains(QStringLiteral("quadratic")))
                sawWeightedKappa = c.value(QStringLiteral("value")).isDouble();
        }
        QVERIFY(sawAlpha);
        QVERIFY2(sawWeightedKappa, qPrintable(run.out));
    }

    void textOutputAndBadInput()
    {
        QTemporaryDir dir;
        QCOMPARE(concord::testing::createSeverityProject(dir.path()), QString());
        const auto text =
            agreement({dir.path(), QStringLiteral("--attribute"), QStringLiteral("severity")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("severity (ordinal)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("0.778")), qPrintable(text.out));

        const auto unknown =
            agreement({dir.path(), QStringLiteral("--attribute"), QStringLiteral("density")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("project.json")) &&
                     unknown.err.contains(QStringLiteral("density")),
                 qPrintable(unknown.err));
        const auto misuse =
            agreement({dir.path(), QStringLiteral("--attribute"), QStringLiteral("severity"),
                       QStringLiteral("--gold"), QStringLiteral("alice")});
        QCOMPARE(misuse.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAttributeAgreement)
#include "tst_attributeagreement.moc"
