// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"
#include "tests/core/projectfixtures.h"

#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace concord;
using namespace concord::test;

// The team's commands on one small project, in the order a lead would use them: annotators and
// roles, a calibration session read by two readers (in the window's way, through the
// workspace) and reviewed, reference labels, a gold test, and the readers' throughput. Each
// write is checked in the workspace the window would open, and each lead-only action is
// refused to someone who is not a lead.
class TestTeamCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_planId;

    static QString itemId(int index)
    {
        return QStringLiteral("i%1").arg(index, 2, 10, QLatin1Char('0'));
    }

    std::unique_ptr<Workspace> open() const
    {
        auto opened = Workspace::open(m_project);
        return opened ? std::move(*opened) : nullptr;
    }

    int labelId(const char *name) const
    {
        const std::unique_ptr<Workspace> workspace = open();
        const Label *label = workspace->project().taxonomy.findByName(QLatin1String(name));
        return label ? label->id : -1;
    }

    test::CliRun cli(const QStringList &arguments) const
    {
        QStringList withProject = arguments;
        withProject.insert(2, m_project);
        return runCli(withProject);
    }

    // `reader` reads `items` of the calibration session in a calibration session of their own,
    // as Team > Read calibration session… does.
    void readPlan(const QString &reader, const std::vector<std::pair<QString, int>> &items)
    {
        auto workspace = open();
        QVERIFY(workspace);
        QVERIFY(!workspace->startSession(reader, SessionMode::Calibration, m_planId));
        for (const auto &[item, label] : items) {
            QVERIFY(!workspace->commit(edits::setClassLabels(item, {}, {label}).forward));
            QVERIFY(!workspace->commit(
                edits::setItemStatus(item, ItemStatus::InProgress, ItemStatus::Done).forward));
        }
        QVERIFY(!workspace->endSession());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("team.concord"));
        std::vector<Item> items;
        for (int i = 0; i < 8; ++i)
            items.push_back(Item{itemId(i), QStringLiteral("img/%1.png").arg(i)});
        QVERIFY(testing::createProject(
            m_project,
            testing::projectWithLabels(QStringLiteral("Team"), QStringLiteral("Nodule\nMass")),
            {{QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}}, items));
    }

    void annotatorsAndRoles()
    {
        const auto ann =
            cli({QStringLiteral("annotator"), QStringLiteral("add"), QStringLiteral("ann"),
                 QStringLiteral("--name"), QStringLiteral("Ann A")});
        QVERIFY2(ann.exitCode == 0, qPrintable(ann.err));
        QCOMPARE(cli({QStringLiteral("annotator"), QStringLiteral("add"), QStringLiteral("ben")})
                     .exitCode,
                 0);
        const auto rev =
            cli({QStringLiteral("annotator"), QStringLiteral("add"), QStringLiteral("rev"),
                 QStringLiteral("--role"), QStringLiteral("reviewer")});
        QVERIFY2(rev.exitCode == 0, qPrintable(rev.err));
        const auto twice =
            cli({QStringLiteral("annotator"), QStringLiteral("add"), QStringLiteral("ann")});
        QVERIFY2(refusedWith(twice, 1, QLatin1String("set-role")), qPrintable(describe(twice)));
        const auto badRole =
            cli({QStringLiteral("annotator"), QStringLiteral("add"), QStringLiteral("cat"),
                 QStringLiteral("--role"), QStringLiteral("boss")});
        QVERIFY2(refusedWith(badRole, 2, QLatin1String("boss")), qPrintable(describe(badRole)));

        const auto listed =
            cli({QStringLiteral("annotator"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const std::optional<Json> people = parseJson(listed.out);
        QVERIFY2(people, qPrintable(listed.out));
        QCOMPARE(people->at("annotators").size(), size_t(4));
        QCOMPARE(people->at("annotators")[3].at("role").get<std::string>(),
                 std::string("reviewer"));
        QCOMPARE(open()->project().findAnnotator(QStringLiteral("ann"))->displayName,
                 QStringLiteral("Ann A"));

        // Setting a role is the lead's; the project keeps a lead.
        const auto byReviewer =
            cli({QStringLiteral("annotator"), QStringLiteral("set-role"), QStringLiteral("ben"),
                 QStringLiteral("adjudicator"), QStringLiteral("--as"), QStringLiteral("rev")});
        QVERIFY2(refusedWith(byReviewer, 1, QLatin1String("may not")),
                 qPrintable(describe(byReviewer)));
        QCOMPARE(open()->project().findAnnotator(QStringLiteral("ben"))->role, Role::Annotator);
        const auto lastLead =
            cli({QStringLiteral("annotator"), QStringLiteral("set-role"), QStringLiteral("lea"),
                 QStringLiteral("annotator"), QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(refusedWith(lastLead, 1, QLatin1String("only lead")),
                 qPrintable(describe(lastLead)));
        const auto adjudicator =
            cli({QStringLiteral("annotator"), QStringLiteral("add"), QStringLiteral("adj")});
        QCOMPARE(adjudicator.exitCode, 0);
        const auto promoted =
            cli({QStringLiteral("annotator"), QStringLiteral("set-role"), QStringLiteral("adj"),
                 QStringLiteral("adjudicator"), QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
        QCOMPARE(open()->project().findAnnotator(QStringLiteral("adj"))->role, Role::Adjudicator);

        // The lead's session that made the change is in the journals, with the lead's role.
        bool leadSession = false;
        const QDir journals(m_project + QStringLiteral("/journal/lea"));
        for (const QString &name : journals.entryList({QStringLiteral("*.jsonl")})) {
            QFile file(journals.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            leadSession = leadSession || file.readAll().contains("\"role\":\"lead\"");
        }
        QVERIFY(leadSession);
    }

    void calibrationSession()
    {
        const auto byAnnotator = cli({QStringLiteral("calibration"), QStringLiteral("create"),
                                      QStringLiteral("--as"), QStringLiteral("ann")});
        QVERIFY2(refusedWith(byAnnotator, 1, QLatin1String("may not")),
                 qPrintable(describe(byAnnotator)));
        QVERIFY(open()->project().calibrations.empty());
        QCOMPARE(cli({QStringLiteral("calibration"), QStringLiteral("create")}).exitCode, 2);

        const auto created =
            cli({QStringLiteral("calibration"), QStringLiteral("create"), QStringLiteral("--as"),
                 QStringLiteral("lea"), QStringLiteral("--name"), QStringLiteral("Round 1"),
                 QStringLiteral("--items"), QStringLiteral("i00,img/1.png,i02,i03")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const std::vector<CalibrationPlan> plans = open()->project().calibrations;
        QCOMPARE(plans.size(), size_t(1));
        m_planId = plans.front().id;
        QCOMPARE(plans.front().name, QStringLiteral("Round 1"));
        QCOMPARE(plans.front().leadId, QStringLiteral("lea"));
        // By default the readers are the annotators, as the window's setup dialog ticks them.
        QCOMPARE(plans.front().participantIds,
                 (QStringList{QStringLiteral("ann"), QStringLiteral("ben")}));
        QCOMPARE(plans.front().itemIds, (QStringList{itemId(0), itemId(1), itemId(2), itemId(3)}));

        const int nodule = labelId("Nodule");
        const int mass = labelId("Mass");
        readPlan(QStringLiteral("ann"),
                 {{itemId(0), nodule}, {itemId(1), nodule}, {itemId(2), mass}, {itemId(3), mass}});
        readPlan(QStringLiteral("ben"), {{itemId(0), mass}, {itemId(1), nodule}});

        const auto status = cli({QStringLiteral("calibration"), QStringLiteral("status"),
                                 QStringLiteral("Round 1"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const std::optional<Json> progress = parseJson(status.out);
        QVERIFY2(progress, qPrintable(status.out));
        QCOMPARE(progress->at("readers")[0].at("submitted").get<int>(), 4);
        QCOMPARE(progress->at("readers")[1].at("submitted").get<int>(), 2);
        const auto listed = cli({QStringLiteral("calibration"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QLatin1String("2 of 4 submitted")), qPrintable(listed.out));

        const auto review = cli({QStringLiteral("calibration"), QStringLiteral("review"), m_planId,
                                 QStringLiteral("--json")});
        QCOMPARE(review.exitCode, 0);
        const std::optional<Json> report = parseJson(review.out);
        QVERIFY2(report, qPrintable(review.out));
        QCOMPARE(report->at("summary").at("participants").get<int>(), 2);
        QCOMPARE(report->at("summary").at("items").get<int>(), 4);
        // The most disputed first: i00, where ann said Nodule and ben Mass.
        QCOMPARE(report->at("items")[0].at("item").get<std::string>(), std::string("i00"));
        QVERIFY(report->at("items")[0].at("disagreement").get<double>() > 0);

        const auto unknown = cli(
            {QStringLiteral("calibration"), QStringLiteral("status"), QStringLiteral("Round 9")});
        QVERIFY2(refusedWith(unknown, 1, QLatin1String("Round 9")), qPrintable(describe(unknown)));
    }

    void referenceLabelsAndGoldTest()
    {
        const auto byAnnotator =
            cli({QStringLiteral("reference"), QStringLiteral("set"), QStringLiteral("i05"),
                 QStringLiteral("Nodule"), QStringLiteral("--as"), QStringLiteral("ann")});
        QVERIFY2(refusedWith(byAnnotator, 1, QLatin1String("may not")),
                 qPrintable(describe(byAnnotator)));
        const auto badLabel =
            cli({QStringLiteral("reference"), QStringLiteral("set"), QStringLiteral("i05"),
                 QStringLiteral("Bogus"), QStringLiteral("--as"), QStringLiteral("lea")});
        QVERIFY2(refusedWith(badLabel, 1, QLatin1String("Bogus")), qPrintable(describe(badLabel)));

        const auto set =
            cli({QStringLiteral("reference"), QStringLiteral("set"), QStringLiteral("i05"),
                 QStringLiteral("Nodule"), QStringLiteral("--as"), QStringLiteral("adj"),
                 QStringLiteral("--note"), QStringLiteral("biopsy")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const std::optional<ReferenceLabel> reference = open()->referenceLabel(itemId(5));
        QVERIFY(reference);
        QCOMPARE(reference->labelIds, std::vector<int>{labelId("Nodule")});
        QCOMPARE(reference->note, QStringLiteral("biopsy"));
        QCOMPARE(reference->provenance.annotatorId, QStringLiteral("adj"));
        const auto listed =
            cli({QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--json")});
        const std::optional<Json> references = parseJson(listed.out);
        QVERIFY2(references, qPrintable(listed.out));
        QCOMPARE(references->at("references").size(), size_t(1));
        QCOMPARE(references->at("references")[0].at("item").get<std::string>(), std::string("i05"));

        // A gold test on the items with a reference label the readers have not read.
        const auto refused = cli({QStringLiteral("gold"), QStringLiteral("create"),
                                  QStringLiteral("--as"), QStringLiteral("adj")});
        QVERIFY2(refusedWith(refused, 1, QLatin1String("may not")), qPrintable(describe(refused)));
        const auto gold =
            cli({QStringLiteral("gold"), QStringLiteral("create"), QStringLiteral("--as"),
                 QStringLiteral("lea"), QStringLiteral("--readers"), QStringLiteral("ann,ben")});
        QVERIFY2(gold.exitCode == 0, qPrintable(gold.err));
        const std::vector<CalibrationPlan> tests = open()->project().goldTests;
        QCOMPARE(tests.size(), size_t(1));
        QCOMPARE(tests.front().itemIds, QStringList{itemId(5)});
        const auto goldList =
            cli({QStringLiteral("gold"), QStringLiteral("list"), QStringLiteral("--json")});
        const std::optional<Json> listing = parseJson(goldList.out);
        QVERIFY2(listing, qPrintable(goldList.out));
        QCOMPARE(listing->at("gold_tests")[0].at("readers").size(), size_t(2));
        const auto result = cli({QStringLiteral("gold"), QStringLiteral("result"), tests.front().id,
                                 QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const std::optional<Json> scores = parseJson(result.out);
        QVERIFY2(scores, qPrintable(result.out));
        QCOMPARE(scores->at("items").get<int>(), 1);
        // The older form still scores readers against gold items.
        const auto score = runCli({QStringLiteral("gold"), m_project, QStringLiteral("score")});
        QVERIFY2(score.exitCode == 0, qPrintable(score.err));
    }

    void throughput()
    {
        const auto run = runCli({QStringLiteral("statistics"), m_project, QStringLiteral("--json"),
                                 QStringLiteral("--sessions")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::optional<Json> readers = parseJson(run.out);
        QVERIFY2(readers, qPrintable(run.out));
        const Json *ann = nullptr;
        for (const Json &reader : readers->at("readers")) {
            if (reader.at("id") == "ann")
                ann = &reader;
        }
        QVERIFY2(ann, qPrintable(run.out));
        QCOMPARE(ann->at("items_done").get<int>(), 4);
        // Besides the calibration read, the sessions of ann's refused attempts: the journal
        // records who tried.
        int calibrationDone = -1;
        for (const Json &session : ann->at("sessions")) {
            if (session.at("mode") == "calibration")
                calibrationDone = session.at("items_done").get<int>();
        }
        QCOMPARE(calibrationDone, 4);
        const auto text = runCli({QStringLiteral("statistics"), m_project});
        QVERIFY2(text.out.contains(QLatin1String("ann (Annotator)")), qPrintable(text.out));
        const auto badIdle = runCli({QStringLiteral("statistics"), m_project,
                                     QStringLiteral("--idle-minutes"), QStringLiteral("soon")});
        QCOMPARE(badIdle.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamCommands)
#include "tst_teamcommands.moc"
