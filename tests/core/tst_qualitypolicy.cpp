// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/qualitypolicy.h"
#include "core/project/workspace.h"
#include "core/quality/policypublishing.h"
#include "core/storage/projectfile.h"
#include "core/storage/qualitypolicyjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// The quality policy: its checks, its JSON form in project.json, setting fields from text, and
// publishing versions (lead only, refused policies write nothing).
class TestQualityPolicy : public QObject
{
    Q_OBJECT

private:
    static Project teamProject()
    {
        Project project = Project::create(QStringLiteral("Q"), Taxonomy());
        project.annotators = {{QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator},
                              {QStringLiteral("ben"), QStringLiteral("Ben"), Role::Annotator},
                              {QStringLiteral("rev"), QStringLiteral("Rev"), Role::Reviewer},
                              {QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}};
        return project;
    }

private Q_SLOTS:
    void defaultsAreTheReferenceWorkflow()
    {
        const QualityPolicy p;
        QCOMPARE(p.readersPerItem, 2);
        QCOMPARE(p.highThreshold, 0.8);
        QCOMPARE(p.lowThreshold, 0.6);
        QCOMPARE(p.highAction, TierAction::Accept);
        QCOMPARE(p.mediumAction, TierAction::Review);
        QCOMPARE(p.lowAction, TierAction::Adjudicate);
        QVERIFY(!policyProblem(p));
        QVERIFY(!policyProblem(p, teamProject()));
    }

    void refusesImpossiblePolicies_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("out of order") << "low_threshold"
                                      << "0.9"
                                      << "above the high";
        QTest::newRow("above one") << "high_threshold"
                                   << "1.5"
                                   << "between 0 and 1";
        QTest::newRow("negative") << "low_threshold"
                                  << "-0.1"
                                  << "between 0 and 1";
        QTest::newRow("one reader") << "readers_per_item"
                                    << "1"
                                    << "two readers";
        QTest::newRow("no panel") << "adjudication_panel"
                                  << "0"
                                  << "adjudication panel";
        QTest::newRow("gold rate") << "gold_rate"
                                   << "0.9"
                                   << "gold rate";
        QTest::newRow("qc rate") << "qc_rate"
                                 << "2"
                                 << "QC rate";
        QTest::newRow("iou") << "box_iou_threshold"
                             << "0"
                             << "IoU";
    }
    void refusesImpossiblePolicies()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, says);
        QualityPolicy p;
        QVERIFY(!setQualityPolicyField(p, field, value));
        const std::optional<QString> problem = policyProblem(p);
        QVERIFY(problem);
        QVERIFY2(problem->contains(says), qPrintable(*problem));
    }

    void refusesCountsTheProjectCannotStaff()
    {
        QualityPolicy p;
        p.readersPerItem = 5; // four people
        QVERIFY(policyProblem(p, teamProject())->contains(QStringLiteral("only 4 people")));
        p = QualityPolicy();
        p.adjudicationPanel = 2; // one lead, no adjudicator
        QVERIFY(policyProblem(p, teamProject())->contains(QStringLiteral("panel of 2")));
        p = QualityPolicy();
        p.lowAction = TierAction::ReRead; // 2 + 2 readers needed, 4 people: fine
        QVERIFY(!policyProblem(p, teamProject()));
        p.reReadReaders = 3;
        QVERIFY(policyProblem(p, teamProject())->contains(QStringLiteral("re-reading")));
    }

    void fieldsParseFromText()
    {
        QualityPolicy p;
        QVERIFY(!setQualityPolicyField(p, QStringLiteral("low_action"), QStringLiteral("re-read")));
        QCOMPARE(p.lowAction, TierAction::ReRead);
        QVERIFY(!setQualityPolicyField(p, QStringLiteral("mask_measure"), QStringLiteral("iou")));
        QCOMPARE(p.maskMeasure, MaskMeasure::IoU);
        QVERIFY(!setQualityPolicyField(p, QStringLiteral("pause_flagged_readers"),
                                       QStringLiteral("true")));
        QVERIFY(p.pauseFlaggedReaders);
        MaybeError bad =
            setQualityPolicyField(p, QStringLiteral("low_action"), QStringLiteral("ignore"));
        QVERIFY(bad && bad->message.contains(QStringLiteral("accept, review")));
        bad = setQualityPolicyField(p, QStringLiteral("colour"), QStringLiteral("red"));
        QVERIFY(bad && bad->message.contains(QStringLiteral("readers_per_item")));
        bad = setQualityPolicyField(p, QStringLiteral("readers_per_item"), QStringLiteral("2.5"));
        QVERIFY(bad && bad->message.contains(QStringLiteral("whole number")));
        bad = setQualityPolicyField(p, QStringLiteral("qc_rate"), QStringLiteral("nan"));
        QVERIFY(bad);
    }

    void jsonRoundTripsEveryField()
    {
        QualityPolicy p;
        p.version = 3;
        p.authorId = QStringLiteral("lea");
        p.publishedMs = 1700000000123;
        p.summary = QStringLiteral("stricter");
        p.readersPerItem = 3;
        p.highThreshold = 0.85;
        p.lowThreshold = 0.55;
        p.mediumAction = TierAction::Adjudicate;
        p.lowAction = TierAction::ReRead;
        p.adjudicationPanel = 2;
        p.reReadReaders = 3;
        p.boxIoUThreshold = 0.6;
        p.maskMeasure = MaskMeasure::IoU;
        p.goldRate = 0.1;
        p.qcRate = 0.02;
        p.readerScoreThreshold = 0.75;
        p.pauseFlaggedReaders = true;
        QCOMPARE(qualityPolicyFromJson(qualityPolicyToJson(p)), p);
    }

    void badJsonNamesTheField()
    {
        Json json = qualityPolicyToJson(QualityPolicy());
        json["high_threshold"] = "high";
        try {
            qualityPolicyFromJson(json);
            QFAIL("a string threshold was read");
        } catch (const JsonFieldError &error) {
            QVERIFY2(error.message.contains(QStringLiteral("high_threshold")),
                     qPrintable(error.message));
        }
    }

    void publishingIsForLeadsAndVersioned()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.path(), teamProject());
        QVERIFY(workspace);
        const ProjectFolder folder(dir.path());
        const QByteArray before = [&] {
            QFile f(folder.projectFile());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        // Neither an annotator nor a stranger may publish; nothing is written.
        QVERIFY(!publishQualityPolicy(folder, QualityPolicy(), QStringLiteral("ann")));
        QVERIFY(!publishQualityPolicy(folder, QualityPolicy(), QStringLiteral("nobody")));
        QualityPolicy bad;
        bad.lowThreshold = 0.9;
        const auto refused = publishQualityPolicy(folder, bad, QStringLiteral("lea"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("above the high")));
        QVERIFY(refused.error().path == folder.projectFile());
        {
            QFile f(folder.projectFile());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }

        QualityPolicy first;
        first.highThreshold = 0.9;
        auto v1 = publishQualityPolicy(folder, first, QStringLiteral("lea"));
        QVERIFY2(v1, qPrintable(v1 ? QString() : v1.error().toString()));
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->authorId, QStringLiteral("lea"));
        auto v2 = publishQualityPolicy(folder, QualityPolicy(), QStringLiteral("lea"));
        QCOMPARE(v2->version, 2);

        Expected<Project> reread = readProjectFile(folder.projectFile());
        QVERIFY(reread);
        QCOMPARE(reread->qualityPolicies.size(), size_t(2));
        QCOMPARE(reread->currentQualityPolicy().version, 2);
        QCOMPARE(reread->findQualityPolicy(1)->highThreshold, 0.9);
        QCOMPARE(reread->findQualityPolicy(0)->version, 0);
        QVERIFY(!reread->findQualityPolicy(7));
    }
};

QTEST_GUILESS_MAIN(TestQualityPolicy)
#include "tst_qualitypolicy.moc"
