// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"

#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/quality/decisionrecording.h"
#include "core/storage/jsonsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace concord;
using namespace concord::test;

// `concord-cli policy` and `concord-cli route` on a small project read blind by two readers:
// one item they agree on, one they do not (which a lead then adjudicates), one read once.
class TestRouteCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void read(Workspace &workspace, const QString &reader,
                     const std::vector<std::pair<QString, int>> &labels)
    {
        QVERIFY(!workspace.startSession(reader));
        for (const auto &[item, label] : labels) {
            QVERIFY(!workspace.commit(edits::setClassLabels(item, {}, {label}).forward));
            QVERIFY(!workspace.commit(
                edits::setItemStatus(item, ItemStatus::InProgress, ItemStatus::Done).forward));
        }
        QVERIFY(!workspace.endSession());
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static Json parse(const QString &text)
    {
        try {
            return Json::parse(text.toStdString());
        } catch (const Json::exception &) {
            return Json();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        Project project = Project::create(QStringLiteral("Route"),
                                          Taxonomy::fromIndentedText(QStringLiteral("A\nB")));
        project.classificationMode = ClassificationMode::SingleLabel;
        auto created = Workspace::create(m_dir.path(), project);
        QVERIFY(created);
        Workspace &workspace = **created;
        QVERIFY(!workspace.addAnnotator(
            {QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator}));
        QVERIFY(!workspace.addAnnotator(
            {QStringLiteral("ben"), QStringLiteral("Ben"), Role::Annotator}));
        QVERIFY(
            !workspace.addAnnotator({QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}));
        QVERIFY(workspace.addItems({Item{QStringLiteral("i1"), QStringLiteral("1.png")},
                                    Item{QStringLiteral("i2"), QStringLiteral("2.png")},
                                    Item{QStringLiteral("i3"), QStringLiteral("3.png")}}));
        read(workspace, QStringLiteral("ann"),
             {{QStringLiteral("i1"), 1}, {QStringLiteral("i2"), 1}, {QStringLiteral("i3"), 2}});
        read(workspace, QStringLiteral("ben"),
             {{QStringLiteral("i1"), 1}, {QStringLiteral("i2"), 2}});
    }

    void policyRefusesWithoutWriting()
    {
        const QString projectFile = m_dir.filePath(QStringLiteral("project.json"));
        const QByteArray before = fileBytes(projectFile);
        auto run = runCli({QStringLiteral("policy"), m_dir.path(), QStringLiteral("set"),
                           QStringLiteral("--as"), QStringLiteral("lea"),
                           QStringLiteral("low_threshold=0.9")});
        QVERIFY2(refusedWith(run, 1, QStringLiteral("above the high threshold")),
                 qPrintable(describe(run)));
        run = runCli({QStringLiteral("policy"), m_dir.path(), QStringLiteral("set"),
                      QStringLiteral("--as"), QStringLiteral("ann"), QStringLiteral("qc_rate=0")});
        QVERIFY2(refusedWith(run, 1, QStringLiteral("only a lead")), qPrintable(describe(run)));
        run = runCli({QStringLiteral("policy"), m_dir.path(), QStringLiteral("set"),
                      QStringLiteral("--as"), QStringLiteral("lea"), QStringLiteral("qc_rate")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(fileBytes(projectFile), before);
    }

    void policySetPublishesAVersion()
    {
        auto run = runCli({QStringLiteral("policy"), m_dir.path(), QStringLiteral("show")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("the default")));
        // No QC sample, so the states below do not depend on the project's random id.
        run = runCli({QStringLiteral("policy"), m_dir.path(), QStringLiteral("set"),
                      QStringLiteral("--as"), QStringLiteral("lea"), QStringLiteral("qc_rate=0"),
                      QStringLiteral("--summary"), QStringLiteral("no QC yet")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("version 1")), qPrintable(run.out));
        run = runCli({QStringLiteral("policy"), m_dir.path(), QStringLiteral("show"),
                      QStringLiteral("--json")});
        const Json policy = parse(run.out);
        QCOMPARE(policy.value("version", -1), 1);
        QCOMPARE(policy.value("qc_rate", -1.0), 0.0);
        QCOMPARE(policy.value("summary", std::string()), std::string("no QC yet"));
        QCOMPARE(policy.value("high_threshold", -1.0), 0.8);
    }

    void routeJsonGivesEveryItemsState()
    {
        auto run = runCli({QStringLiteral("route"), m_dir.path(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        Json routing = parse(run.out);
        QVERIFY2(routing.is_object(), qPrintable(run.out));
        QCOMPARE(routing["policy_version"].get<int>(), 1);
        const Json &items = routing["items"];
        QCOMPARE(items.size(), size_t(3));
        QCOMPARE(items[0]["item"].get<std::string>(), std::string("i1"));
        QCOMPARE(items[0]["file"].get<std::string>(), std::string("1.png"));
        QCOMPARE(items[0]["state"].get<std::string>(), std::string("accepted"));
        QCOMPARE(items[0]["agreement"].get<double>(), 1.0);
        QCOMPARE(items[0]["readers"].get<int>(), 2);
        QCOMPARE(items[1]["state"].get<std::string>(), std::string("adjudication"));
        QCOMPARE(items[1]["agreement"].get<double>(), 0.0);
        QCOMPARE(items[2]["state"].get<std::string>(), std::string("needs-reading"));
        QVERIFY(items[2]["agreement"].is_null());
        QCOMPARE(items[2]["readers"].get<int>(), 1);
        QCOMPARE(routing["counts"]["accepted"].get<int>(), 1);
        QCOMPARE(routing["counts"]["adjudication"].get<int>(), 1);
        QCOMPARE(routing["counts"]["needs-reading"].get<int>(), 1);
        QCOMPARE(routing["counts"]["review"].get<int>(), 0);
    }

    void anAdjudicationAcceptsTheItem()
    {
        auto opened = Workspace::open(m_dir.path());
        QVERIFY(opened);
        Workspace &workspace = **opened;
        // A reader may not adjudicate, nor decide on an item they read.
        QVERIFY(!workspace.startSession(QStringLiteral("ann")));
        const MaybeError refused =
            recordQualityDecision(workspace, DecisionKind::Adjudication, QStringLiteral("i2"));
        QVERIFY(refused && refused->message.contains(QStringLiteral("may not")));
        QVERIFY(!workspace.endSession());

        QVERIFY(!workspace.startSession(QStringLiteral("lea")));
        QVERIFY(!workspace.commit(edits::setClassLabels(QStringLiteral("i2"), {}, {2}).forward));
        QVERIFY(
            !recordQualityDecision(workspace, DecisionKind::Adjudication, QStringLiteral("i2")));
        QVERIFY(!workspace.endSession());

        auto run = runCli({QStringLiteral("route"), m_dir.path(), QStringLiteral("--json")});
        const Json routing = parse(run.out);
        QCOMPARE(routing["items"][1]["state"].get<std::string>(), std::string("accepted"));
        QCOMPARE(routing["items"][1]["decided_by"][0].get<std::string>(), std::string("lea"));
        QCOMPARE(routing["counts"]["accepted"].get<int>(), 2);
        // The table form says the same.
        run = runCli({QStringLiteral("route"), m_dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("adjudicated by lea")), qPrintable(run.out));
    }

    void exportTruthWritesTheAcceptedAnswers()
    {
        // Inside the project, exports may go only below its exports/ folder.
        const QString out = m_dir.filePath(QStringLiteral("exports/truth.json"));
        const auto run = runCli({QStringLiteral("export"), m_dir.path(), QStringLiteral("--truth"),
                                 QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 0);
        const Json coco = parse(QString::fromUtf8(fileBytes(out)));
        // i1: the readers' consensus (both gave A); i2: the adjudicator's answer (B); i3 is not
        // accepted and has none. Image ids are 1-based item positions.
        std::map<int, int> labelByImage;
        std::map<int, std::string> whoByImage;
        for (const Json &label : coco["image_labels"]) {
            labelByImage[label["image_id"].get<int>()] = label["category_id"].get<int>();
            whoByImage[label["image_id"].get<int>()] =
                label["concord"]["annotator"].get<std::string>();
        }
        QCOMPARE(labelByImage.size(), size_t(2));
        QCOMPARE(labelByImage[1], 1);
        QCOMPARE(whoByImage[1], std::string("consensus"));
        QCOMPARE(labelByImage[2], 2);
        QCOMPARE(whoByImage[2], std::string("lea"));
        QVERIFY(!labelByImage.count(3));
        const auto both = runCli({QStringLiteral("export"), m_dir.path(), QStringLiteral("--truth"),
                                  QStringLiteral("--annotator"), QStringLiteral("ann"),
                                  QStringLiteral("--out"), out});
        QCOMPARE(both.exitCode, 1);

        // The project has a quality policy, so a plain export is the truth too, and says so.
        const QString plain = m_dir.filePath(QStringLiteral("exports/plain.json"));
        const auto byDefault =
            runCli({QStringLiteral("export"), m_dir.path(), QStringLiteral("--out"), plain});
        QCOMPARE(byDefault.exitCode, 0);
        QVERIFY2(byDefault.out.contains(QStringLiteral("accepted answers")),
                 qPrintable(byDefault.out));
        QVERIFY(parse(QString::fromUtf8(fileBytes(plain)))["image_labels"] == coco["image_labels"]);

        // --all-work and --reader give the readers' own work: every reader's label on i1..i3.
        const auto all = runCli({QStringLiteral("export"), m_dir.path(),
                                 QStringLiteral("--all-work"), QStringLiteral("--out"), plain});
        QCOMPARE(all.exitCode, 0);
        const Json allWork = parse(QString::fromUtf8(fileBytes(plain)));
        std::set<std::string> annotators;
        for (const Json &label : allWork["image_labels"])
            annotators.insert(label["concord"]["annotator"].get<std::string>());
        QVERIFY(!annotators.count("consensus"));
        QVERIFY(annotators.count("ann") && annotators.size() >= 2);
        const auto one = runCli({QStringLiteral("export"), m_dir.path(), QStringLiteral("--reader"),
                                 QStringLiteral("ann"), QStringLiteral("--out"), plain});
        QCOMPARE(one.exitCode, 0);
        for (const Json &label : parse(QString::fromUtf8(fileBytes(plain)))["image_labels"])
            QCOMPARE(label["concord"]["annotator"].get<std::string>(), std::string("ann"));
        QCOMPARE(runCli({QStringLiteral("export"), m_dir.path(), QStringLiteral("--truth"),
                         QStringLiteral("--all-work"), QStringLiteral("--out"), plain})
                     .exitCode,
                 1);
    }

    void qualityReportAgreesWithRouteAndWritesItsFiles()
    {
        const auto route =
            runCli({QStringLiteral("route"), m_dir.path(), QStringLiteral("--json")});
        QCOMPARE(route.exitCode, 0);
        const QTemporaryDir out;
        const auto quality =
            runCli({QStringLiteral("quality"), m_dir.path(), QStringLiteral("--json"),
                    QStringLiteral("--out-dir"), out.path()});
        QVERIFY2(quality.exitCode == 0, qPrintable(quality.err));
        const Json report = parse(quality.out);
        QVERIFY(report.is_object());
        QVERIFY(report.at("counts") == parse(route.out).at("counts"));
        QVERIFY(report.at("items") == parse(route.out).at("items"));
        // The same document on disk, the page and the paper.
        QVERIFY(parse(QString::fromUtf8(fileBytes(out.filePath(QStringLiteral("quality.json"))))) ==
                report);
        QVERIFY(fileBytes(out.filePath(QStringLiteral("quality.html"))).contains("Quality report"));
        QVERIFY(fileBytes(out.filePath(QStringLiteral("quality.pdf"))).startsWith("%PDF-"));
        // Without --json: a summary that names the tiers and every reader.
        const auto summary = runCli({QStringLiteral("quality"), m_dir.path()});
        QCOMPARE(summary.exitCode, 0);
        QVERIFY(summary.out.contains(QLatin1String("Tiers: high 1, medium 0, low 1")));
        QVERIFY(summary.out.contains(QLatin1String("  ann: 3 items on 1 days")));
        QVERIFY(summary.out.contains(QLatin1String("  ben: 2 items on 1 days")));
    }

    // `decide` records what the window's decision panel records, with the same checks, and
    // refuses a decision the item's state does not call for. Its own project: two readers
    // disagree on i1 and i2; low agreement goes to review under version 1 of the policy.
    void decideRecordsReviewAndAdjudication()
    {
        QTemporaryDir dir;
        Project project = Project::create(QStringLiteral("Decide"),
                                          Taxonomy::fromIndentedText(QStringLiteral("A\nB")));
        project.classificationMode = ClassificationMode::SingleLabel;
        QualityPolicy lowToReview;
        lowToReview.version = 1;
        lowToReview.lowAction = TierAction::Review;
        lowToReview.qcRate = 0; // an accepted item stays accepted: no QC draw in this test
        project.qualityPolicies = {lowToReview};
        {
            auto created = Workspace::create(dir.path(), project);
            QVERIFY(created);
            Workspace &w = **created;
            QVERIFY(!w.addAnnotator({QStringLiteral("ann"), QStringLiteral("Ann")}));
            QVERIFY(!w.addAnnotator({QStringLiteral("ben"), QStringLiteral("Ben")}));
            QVERIFY(
                !w.addAnnotator({QStringLiteral("rev"), QStringLiteral("Rev"), Role::Reviewer}));
            QVERIFY(
                !w.addAnnotator({QStringLiteral("adj"), QStringLiteral("Adj"), Role::Adjudicator}));
            QVERIFY(!w.addAnnotator({QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}));
            QVERIFY(w.addItems({Item{QStringLiteral("i1"), QStringLiteral("1.png")},
                                Item{QStringLiteral("i2"), QStringLiteral("2.png")}}));
            read(w, QStringLiteral("ann"), {{QStringLiteral("i1"), 1}, {QStringLiteral("i2"), 1}});
            read(w, QStringLiteral("ben"), {{QStringLiteral("i1"), 2}, {QStringLiteral("i2"), 2}});
        }
        const QString folder = dir.path();
        const auto decide = [&](const QStringList &rest) {
            return runCli(QStringList{QStringLiteral("decide"), folder} + rest);
        };
        const QByteArray before = fileBytes(dir.filePath(QStringLiteral("project.json")));
        // Wrong state, wrong role, a bad finding: refused, and said why.
        auto refused =
            decide({QStringLiteral("i1"), QStringLiteral("adjudication"), QStringLiteral("--as"),
                    QStringLiteral("adj"), QStringLiteral("--take"), QStringLiteral("ann")});
        QVERIFY2(refusedWith(refused, 1, QLatin1String("is review")),
                 qPrintable(describe(refused)));
        refused = decide({QStringLiteral("i1"), QStringLiteral("review.accept"),
                          QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(refused.exitCode, 1);
        refused = decide({QStringLiteral("i1"), QStringLiteral("review.accept"),
                          QStringLiteral("--as"), QStringLiteral("rev"),
                          QStringLiteral("--finding"), QStringLiteral("ben:typo:labels")});
        QVERIFY2(refusedWith(refused, 1, QLatin1String("typo")), qPrintable(describe(refused)));

        // By file path, with a finding against ben's labels.
        const auto accepted =
            decide({QStringLiteral("1.png"), QStringLiteral("review.accept"),
                    QStringLiteral("--as"), QStringLiteral("rev"), QStringLiteral("--finding"),
                    QStringLiteral("ben:wrong-label:labels")});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY2(accepted.out.contains(QLatin1String("now accepted")), qPrintable(accepted.out));
        refused = decide({QStringLiteral("i1"), QStringLiteral("review.accept"),
                          QStringLiteral("--as"), QStringLiteral("rev")});
        QCOMPARE(refused.exitCode, 1); // accepted already
        const Json qc = parse(runCli({QStringLiteral("qc"), folder, QStringLiteral("report"),
                                      QStringLiteral("--json")})
                                  .out);
        bool benFound = false;
        for (const Json &row : qc.at("review_by_reader")) {
            if (row.at("reader") == "ben") {
                benFound = true;
                QVERIFY(row.at("findings_by_category").at("wrong-label") == 1);
            }
        }
        QVERIFY(benFound);

        // Low agreement to adjudication from version 2: an adjudicator settles i2 with ann's
        // answer, which becomes their own work.
        QCOMPARE(
            runCli({QStringLiteral("policy"), folder, QStringLiteral("set"), QStringLiteral("--as"),
                    QStringLiteral("lea"), QStringLiteral("low_action=adjudicate")})
                .exitCode,
            0);
        QVERIFY(fileBytes(dir.filePath(QStringLiteral("project.json"))) != before);
        refused = decide({QStringLiteral("i2"), QStringLiteral("adjudication"),
                          QStringLiteral("--as"), QStringLiteral("adj")});
        QVERIFY2(refusedWith(refused, 1, QLatin1String("--take")), qPrintable(describe(refused)));
        const auto settled =
            decide({QStringLiteral("i2"), QStringLiteral("adjudication"), QStringLiteral("--as"),
                    QStringLiteral("adj"), QStringLiteral("--take"), QStringLiteral("ann")});
        QVERIFY2(settled.exitCode == 0, qPrintable(settled.err));
        QVERIFY2(settled.out.contains(QLatin1String("now accepted")), qPrintable(settled.out));
        const Json routes =
            parse(runCli({QStringLiteral("route"), folder, QStringLiteral("--json")}).out);
        QVERIFY(routes.at("items")[1].at("decided_by") == Json::array({"adj"}));
    }

    // Runs last: it damages the project. Routes, QC figures and gold scores of a damaged
    // project would be wrong without saying so: refused with the problem named, unless asked.
    void aDamagedProjectIsRefusedUnlessAllowed()
    {
        QFile items(m_dir.filePath(QStringLiteral("items.jsonl")));
        QVERIFY(items.open(QIODevice::Append));
        items.write("{\"id\": \"torn\",\n");
        items.close();
        for (const QStringList &command :
             {QStringList{QStringLiteral("route")},
              QStringList{QStringLiteral("qc"), QStringLiteral("report")},
              QStringList{QStringLiteral("gold"), QStringLiteral("score")},
              QStringList{QStringLiteral("quality")}}) {
            QStringList arguments{command.first(), m_dir.path()};
            arguments += command.mid(1);
            const auto refused = runCli(arguments);
            QVERIFY2(refused.exitCode != 0, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(refused.err.contains(QStringLiteral("items.jsonl:4")),
                     qPrintable(refused.err));
            const auto allowed = runCli(arguments + QStringList{QStringLiteral("--allow-damaged")});
            QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestRouteCommand)
#include "tst_routecommand.moc"
