// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementmetric.h"

#include "tests/core/agreementfixtures.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace concord;
using namespace concord::testing;

namespace {

// A random table with missing cells: `coders` columns, labels 1..categories.
std::vector<std::vector<int>> randomRows(quint64 seed, int units, int coders, int categories)
{
    SplitMix64 g(seed);
    std::vector<std::vector<int>> rows;
    for (int u = 0; u < units; ++u) {
        const int truth = 1 + int(g.below(quint64(categories)));
        std::vector<int> row;
        for (int c = 0; c < coders; ++c) {
            if (g.below(10) == 0)
                row.push_back(NA);
            else
                row.push_back(g.below(3) ? truth : 1 + int(g.below(quint64(categories))));
        }
        rows.push_back(row);
    }
    return rows;
}

struct Case
{
    AgreementMetric metric;
    MeasurementLevel level = MeasurementLevel::Nominal;
    KappaWeights weights = KappaWeights::Unweighted;
    bool dependsOnOrder = false;
};

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {AgreementMetric::Percent},
        {AgreementMetric::Fleiss},
        {AgreementMetric::Alpha},
        {AgreementMetric::Alpha, MeasurementLevel::Ordinal, KappaWeights::Unweighted, true},
        {AgreementMetric::Alpha, MeasurementLevel::Interval, KappaWeights::Unweighted, true},
        {AgreementMetric::Ac1},
        {AgreementMetric::Ac1, MeasurementLevel::Nominal, KappaWeights::Quadratic, true},
        {AgreementMetric::BrennanPrediger},
    };
    return all;
}

double valueOf(const RatingTable &t, const Case &c)
{
    AgreementRequest request;
    request.metric = c.metric;
    request.level = c.level;
    request.weights = c.weights;
    return computeAgreement(t, request).value.value_or(-99);
}

} // namespace

// Invariances every coefficient must have, checked on random tables through computeAgreement.
class TestAgreementMetric : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (const char *name : {"percent", "cohen", "scott", "fleiss", "alpha", "ac1", "bp"}) {
            const auto metric = parseAgreementMetric(QString::fromLatin1(name));
            QVERIFY(metric);
            QCOMPARE(agreementMetricName(*metric), QLatin1String(name));
        }
        QVERIFY(!parseAgreementMetric(u"kappa"));
    }

    void orderOfUnitsAndCodersDoesNotMatter()
    {
        for (quint64 seed = 1; seed <= 5; ++seed) {
            std::vector<std::vector<int>> rows = randomRows(seed, 300, 4, 5);
            const RatingTable original = wideTable(rows);
            std::reverse(rows.begin(), rows.end());
            for (auto &row : rows)
                std::rotate(row.begin(), row.begin() + 1, row.end());
            const RatingTable permuted = wideTable(rows);
            for (const Case &c : cases())
                QVERIFY(std::abs(valueOf(original, c) - valueOf(permuted, c)) < 1e-12);
        }
    }

    void renamingCategoriesKeepsUnorderedCoefficients()
    {
        const std::map<int, int> rename = {{1, 40}, {2, 3}, {3, 17}, {4, 8}, {5, 1}};
        for (quint64 seed = 1; seed <= 5; ++seed) {
            std::vector<std::vector<int>> rows = randomRows(seed, 300, 3, 5);
            const RatingTable original = wideTable(rows);
            for (auto &row : rows)
                for (int &v : row)
                    if (v != NA)
                        v = rename.at(v);
            const RatingTable renamed = wideTable(rows);
            for (const Case &c : cases()) {
                if (!c.dependsOnOrder)
                    QVERIFY(std::abs(valueOf(original, c) - valueOf(renamed, c)) < 1e-12);
            }
        }
    }

    void perfectAgreementGivesOne()
    {
        std::vector<std::vector<int>> rows = randomRows(9, 100, 4, 5);
        for (auto &row : rows) {
            int first = NA;
            for (int v : row)
                if (v != NA && first == NA)
                    first = v;
            for (int &v : row)
                if (v != NA)
                    v = first;
        }
        const RatingTable t = wideTable(rows);
        for (const Case &c : cases())
            QCOMPARE(valueOf(t, c), 1.0);
    }

    void requestsAreChecked()
    {
        const RatingTable three = wideTable({{1, 2, 1}, {2, 2, 2}});
        AgreementRequest request;
        request.metric = AgreementMetric::Cohen;
        QVERIFY(checkAgreementRequest(three, request).contains(QStringLiteral("exactly 2")));
        request.metric = AgreementMetric::Fleiss;
        QVERIFY(checkAgreementRequest(three, request).isEmpty());
        request.weights = KappaWeights::Linear;
        QVERIFY(!checkAgreementRequest(three, request).isEmpty());
    }

    void bootstrapReplacesTheInterval()
    {
        AgreementRequest request;
        request.metric = AgreementMetric::Ac1;
        request.bootstrap = BootstrapOptions{200, 3, 0.95, 2};
        const AgreementResult r = computeAgreement(wideTable(randomRows(4, 200, 3, 4)), request);
        QVERIFY(r.ci);
        QVERIFY(r.ci->method.startsWith(QStringLiteral("bootstrap")));
        QVERIFY(r.standardError); // the analytic SE is kept
    }
};

QTEST_GUILESS_MAIN(TestAgreementMetric)
#include "tst_agreementmetric.moc"
