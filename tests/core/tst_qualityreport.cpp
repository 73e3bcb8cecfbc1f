// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/qualityreport.h"
#include "core/reports/qualityreporthtml.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Json has no QTest::toString: compare, and print the JSON when it differs.
#define JSON_EQ(actual, expected) QVERIFY2((actual) == (expected), (actual).dump().c_str())

// The quality report (docs/quality.md, "Quality report") on a project read under two guideline
// versions: items 1-4 are read by ann and ben under version 1 (they agree on 1-3), then the
// lead publishes version 2 and items 5-8 are read under it (they agree on 5 only). Item 9 is
// read by ann alone. The page draws the document with hostile text escaped.
class TestQualityReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Json m_report;

    void read(const QString &reader, int from, int to, const std::function<int(int)> &label)
    {
        QVERIFY(!m_workspace->startSession(reader));
        for (int i = from; i <= to; ++i)
            QVERIFY(!labelAndSubmit(*m_workspace, QStringLiteral("i%1").arg(i), {label(i)}));
        QVERIFY(!m_workspace->endSession());
    }

    static const Json *readerRow(const Json &report, const char *id)
    {
        for (const Json &row : report.at("readers")) {
            if (row.at("reader") == id)
                return &row;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Project project = Project::create(QStringLiteral("<script>alert(1)</script> & chest"),
                                          Taxonomy::fromIndentedText(QStringLiteral("A\nB")));
        project.classificationMode = ClassificationMode::SingleLabel;
        std::vector<Annotator> people = peopleNamedById({"ann", "ben"});
        people.push_back({QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead});
        m_workspace = createProject(m_dir.path(), project, people, numberedItems(9));
        QVERIFY(m_workspace);
        read(QStringLiteral("ann"), 1, 4, [](int) { return 1; });
        read(QStringLiteral("ben"), 1, 4, [](int i) { return i <= 3 ? 1 : 2; });
        QVERIFY(!m_workspace->startSession(QStringLiteral("lea")));
        QVERIFY(m_workspace->publishGuidelineVersion(QStringLiteral("v2"), QStringLiteral("text")));
        QVERIFY(!m_workspace->endSession());
        read(QStringLiteral("ann"), 5, 9, [](int) { return 1; });
        read(QStringLiteral("ben"), 5, 8, [](int i) { return i == 5 ? 1 : 2; });
        m_report = buildQualityReport(m_workspace->project(), m_workspace->items(),
                                      WorkspaceInternals::store(*m_workspace),
                                      m_workspace->project().currentQualityPolicy());
    }

    void countsAndTiersCoverEveryItem()
    {
        JSON_EQ(m_report.at("format"), "concord-quality-report");
        JSON_EQ(m_report.at("project").at("items"), 9);
        // Two readers agree (1.0, high) on 1-3 and 5; disagree (0.0, low) on 4 and 6-8; item 9
        // has one reader.
        const Json &tiers = m_report.at("tiers");
        JSON_EQ(tiers.at("high"), 4);
        JSON_EQ(tiers.at("medium"), 0);
        JSON_EQ(tiers.at("low"), 4);
        JSON_EQ(tiers.at("none"), 1);
        const Json &counts = m_report.at("counts");
        QCOMPARE(counts.at("accepted").get<int>() + counts.at("qc").get<int>(), 4);
        JSON_EQ(counts.at("adjudication"), 4);
        JSON_EQ(counts.at("needs-reading"), 1);
        QCOMPARE(m_report.at("items").size(), size_t(9));
    }

    void tiersByWeekAddUp()
    {
        qint64 high = 0, low = 0, accepted = 0;
        for (const Json &week : m_report.at("by_week")) {
            QVERIFY(QString::fromStdString(week.at("week")).contains(QLatin1String("-W")));
            high += week.at("high").get<qint64>();
            low += week.at("low").get<qint64>();
            accepted += week.at("accepted").get<qint64>();
        }
        QCOMPARE(high, qint64(4));
        QCOMPARE(low, qint64(4));
        QCOMPARE(accepted, qint64(4));
    }

    void tiersByGuidelineVersionFollowTheReads()
    {
        const Json &versions = m_report.at("by_guideline");
        QCOMPARE(versions.size(), size_t(2));
        JSON_EQ(versions[0].at("version"), 1);
        JSON_EQ(versions[0].at("high"), 3); // items 1-3
        JSON_EQ(versions[0].at("low"), 1);  // item 4
        JSON_EQ(versions[1].at("version"), 2);
        JSON_EQ(versions[1].at("high"), 1); // item 5
        JSON_EQ(versions[1].at("low"), 3);  // items 6-8
    }

    void readersThroughput()
    {
        const Json *ann = readerRow(m_report, "ann");
        QVERIFY(ann);
        JSON_EQ(ann->at("throughput").at("reads"), 9);
        JSON_EQ(ann->at("throughput").at("active_days"), 1);
        JSON_EQ(ann->at("throughput").at("reads_per_active_day"), 9.0);
        QVERIFY(ann->at("gold").is_null()); // no gold items in this project
        const Json *lea = readerRow(m_report, "lea");
        QVERIFY(lea);
        JSON_EQ(lea->at("throughput").at("reads"), 0);
        QVERIFY(lea->at("throughput").at("reads_per_active_day").is_null());
    }

    void thePageEscapesAndShowsTheFigures()
    {
        const QString html = QString::fromUtf8(qualityReportHtml(m_report));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; chest")));
        QVERIFY(html.contains(QLatin1String("version 2")));
        QVERIFY(html.contains(QLatin1String("<svg")));
        // Every waiting item is listed with why: the four in adjudication.
        QCOMPARE(html.count(QLatin1String("<td>adjudication</td>")), 4);
        // A report with nothing in it still draws.
        QVERIFY(qualityReportHtml(Json::object()).contains("</html>"));
    }
};

QTEST_GUILESS_MAIN(TestQualityReport)
#include "tst_qualityreport.moc"
