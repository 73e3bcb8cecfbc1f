// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"
#include "tests/core/projectfixtures.h"

#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace concord;
using namespace concord::test;

// `concord-cli guideline`: versions published by a lead from a file, listed, shown and compared
// (text and taxonomy) as the window's guideline panel and Compare… show them.
class TestGuidelineCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    static bool hasLine(const Json &diff, const char *kind, const QString &part)
    {
        for (const Json &line : diff) {
            if (line.at("kind") == kind &&
                QString::fromStdString(line.at("text").get<std::string>()).contains(part))
                return true;
        }
        return false;
    }

    QString writeFile(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }

    Project project() const
    {
        auto opened = Workspace::open(m_project);
        return opened ? (*opened)->project() : Project{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("g.concord"));
        QVERIFY(testing::createProject(
            m_project,
            testing::projectWithLabels(QStringLiteral("Guide"), QStringLiteral("Nodule\nMass")),
            {{QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead},
             {QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator}}));
    }

    void publishListShowAndDiff()
    {
        const QByteArray text = "# Chest guideline\n\nNodule: round, under 3 cm.\n";
        const QString file = writeFile("v2.md", text);
        const auto published =
            runCli({QStringLiteral("guideline"), QStringLiteral("publish"), m_project, file,
                    QStringLiteral("--as"), QStringLiteral("lea"), QStringLiteral("--summary"),
                    QStringLiteral("Nodule size")});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QVERIFY2(published.out.contains(QLatin1String("version 2")), qPrintable(published.out));
        QCOMPARE(project().currentGuidelineVersion, 2);
        QCOMPARE(project().findGuideline(2)->text, QString::fromUtf8(text));
        QCOMPARE(project().findGuideline(2)->author, QStringLiteral("lea"));

        const auto listed = runCli({QStringLiteral("guideline"), QStringLiteral("list"), m_project,
                                    QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const std::optional<Json> versions = parseJson(listed.out);
        QVERIFY2(versions, qPrintable(listed.out));
        QCOMPARE(versions->at("current").get<int>(), 2);
        QCOMPARE(versions->at("versions").size(), size_t(2));
        QCOMPARE(versions->at("versions")[1].at("summary").get<std::string>(),
                 std::string("Nodule size"));

        const auto shown = runCli({QStringLiteral("guideline"), QStringLiteral("show"), m_project});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.out, QString::fromUtf8(text));

        // A taxonomy change is a version too; diff shows each part.
        const auto added = runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), m_project,
                                   QStringLiteral("Calcification"), QStringLiteral("--as"),
                                   QStringLiteral("lea")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const auto taxonomyDiff =
            runCli({QStringLiteral("guideline"), QStringLiteral("diff"), m_project,
                    QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(taxonomyDiff.exitCode, 0);
        const std::optional<Json> diff23 = parseJson(taxonomyDiff.out);
        QVERIFY2(diff23, qPrintable(taxonomyDiff.out));
        QVERIFY2(hasLine(diff23->at("taxonomy"), "added", QStringLiteral("Calcification")),
                 qPrintable(taxonomyDiff.out));
        QVERIFY(!hasLine(diff23->at("text"), "added", QString()));

        const auto textDiff =
            runCli({QStringLiteral("guideline"), QStringLiteral("diff"), m_project,
                    QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--json")});
        const std::optional<Json> diff12 = parseJson(textDiff.out);
        QVERIFY2(diff12, qPrintable(textDiff.out));
        QVERIFY(hasLine(diff12->at("text"), "added", QStringLiteral("Nodule: round")));

        // Without versions: what the latest version changed, as the window's Compare… opens.
        const auto latest =
            runCli({QStringLiteral("guideline"), QStringLiteral("diff"), m_project});
        QCOMPARE(latest.exitCode, 0);
        QVERIFY2(latest.out.contains(QLatin1String("+ ")) &&
                     latest.out.contains(QLatin1String("Calcification")),
                 qPrintable(latest.out));
    }

    void refusals()
    {
        const QString file = writeFile("v-refused.md", "Something else\n");
        const int before = project().currentGuidelineVersion;

        const auto byAnnotator =
            runCli({QStringLiteral("guideline"), QStringLiteral("publish"), m_project, file,
                    QStringLiteral("--as"), QStringLiteral("ann"), QStringLiteral("--summary"),
                    QStringLiteral("mine")});
        QVERIFY2(refusedWith(byAnnotator, 1, QLatin1String("may not")),
                 qPrintable(describe(byAnnotator)));

        const auto noSummary =
            runCli({QStringLiteral("guideline"), QStringLiteral("publish"), m_project, file,
                    QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(refusedWith(noSummary, 2, QLatin1String("--summary")),
                 qPrintable(describe(noSummary)));

        const QString missing = m_dir.filePath(QStringLiteral("absent.md"));
        const auto noFile =
            runCli({QStringLiteral("guideline"), QStringLiteral("publish"), m_project, missing,
                    QStringLiteral("--as"), QStringLiteral("lea"), QStringLiteral("--summary"),
                    QStringLiteral("x")});
        QVERIFY2(refusedWith(noFile, 1, missing), qPrintable(describe(noFile)));

        const auto noVersion = runCli({QStringLiteral("guideline"), QStringLiteral("diff"),
                                       m_project, QStringLiteral("1"), QStringLiteral("42")});
        QVERIFY2(refusedWith(noVersion, 1, QLatin1String("42")), qPrintable(describe(noVersion)));

        const auto unknown =
            runCli({QStringLiteral("guideline"), QStringLiteral("frobnicate"), m_project});
        QVERIFY2(refusedWith(unknown, 2, QLatin1String("frobnicate")),
                 qPrintable(describe(unknown)));
        QCOMPARE(project().currentGuidelineVersion, before);
    }
};

QTEST_GUILESS_MAIN(TestGuidelineCommand)
#include "tst_guidelinecommand.moc"
