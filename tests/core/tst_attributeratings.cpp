// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/attributeratings.h"
#include "tests/core/severityfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Agreement on the values of an image label's attribute: the rating table
// imageLabelAttributeRatings builds, and the coefficients that suit its scale.
class TestAttributeRatings : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<Workspace> openSeverityProject(const QTemporaryDir &dir)
    {
        const QString problem = testing::createSeverityProject(dir.path());
        if (!problem.isEmpty())
            qFatal("%s", qPrintable(problem));
        auto workspace = Workspace::open(dir.path());
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        return std::move(*workspace);
    }

private Q_SLOTS:
    void ordinalValuesKeepTheirRankOrder()
    {
        QTemporaryDir dir;
        const auto workspace = openSeverityProject(dir);
        const Expected<AttributeRatings> ratings = imageLabelAttributeRatings(
            workspace->project(), workspace->items(), workspace->store(), QStringLiteral("severity"));
        QVERIFY(ratings);
        QCOMPARE(ratings->scale, AttributeScale::Ordinal);
        QCOMPARE(ratings->labelPaths, QStringList{QStringLiteral("Effusion")});
        const RatingTable &table = ratings->table;
        // Rank order, not alphabetical (which would put "large" first).
        QCOMPARE(table.categoryNames(),
                 (QStringList{QStringLiteral("trace"), QStringLiteral("moderate"), QStringLiteral("large")}));
        QCOMPARE(table.unitCount(), 4); // item 5 has no effusion: no unit
        QCOMPARE(table.coderCount(), 2);
        QCOMPARE(table.ratingCount(), qint64(7));
        QCOMPARE(table.unitName(1), QStringLiteral("i2 · Effusion"));
        QCOMPARE(table.at(1, 0), 1); // alice: moderate
        QCOMPARE(table.at(1, 1), 2); // bob: large
        QCOMPARE(table.at(3, 1), RatingTable::Missing); // bob left it unset
    }

    void ordinalAlphaWeighsTheNearMiss()
    {
        QTemporaryDir dir;
        const auto workspace = openSeverityProject(dir);
        const RatingTable table = imageLabelAttributeRatings(workspace->project(), workspace->items(),
                                                             workspace->store(), QStringLiteral("severity"))
                                      ->table;
        const AgreementResult ordinal = computeAgreement(table, {AgreementMetric::Alpha, MeasurementLevel::Ordinal});
        const AgreementResult nominal = computeAgreement(table, {AgreementMetric::Alpha, MeasurementLevel::Nominal});
        QVERIFY(ordinal.value && nominal.value);
        QVERIFY(qAbs(*ordinal.value - testing::SeverityOrdinalAlpha) < 1e-9);
        QVERIFY(qAbs(*nominal.value - testing::SeverityNominalAlpha) < 1e-9);

        // The ordinal set has weighted coefficients; with two readers, weighted Cohen's kappa.
        const std::vector<AgreementRequest> requests = attributeAgreementRequests(AttributeScale::Ordinal, 2);
        const bool hasOrdinalAlpha = std::any_of(requests.begin(), requests.end(), [](const AgreementRequest &r) {
            return r.metric == AgreementMetric::Alpha && r.level == MeasurementLevel::Ordinal;
        });
        const bool hasWeightedKappa = std::any_of(requests.begin(), requests.end(), [](const AgreementRequest &r) {
            return r.metric == AgreementMetric::Cohen && r.weights == KappaWeights::Quadratic;
        });
        QVERIFY(hasOrdinalAlpha && hasWeightedKappa);
        for (const AgreementRequest &request : requests)
            QVERIFY2(checkAgreementRequest(table, request).isEmpty(), qPrintable(checkAgreementRequest(table, request)));
        for (const AgreementRequest &request : attributeAgreementRequests(AttributeScale::Nominal, 2))
            QVERIFY(request.level == MeasurementLevel::Nominal && request.weights == KappaWeights::Unweighted);
    }

    void nominalAttributeAndUnknownAttribute()
    {
        QTemporaryDir dir;
        const auto workspace = openSeverityProject(dir);
        const Expected<AttributeRatings> laterality = imageLabelAttributeRatings(
            workspace->project(), workspace->items(), workspace->store(), QStringLiteral("laterality"));
        QVERIFY(laterality);
        QCOMPARE(laterality->scale, AttributeScale::Nominal);
        QCOMPARE(laterality->table.ratingCount(), qint64(0)); // nobody recorded one

        const Expected<AttributeRatings> unknown = imageLabelAttributeRatings(
            workspace->project(), workspace->items(), workspace->store(), QStringLiteral("density"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("density")));
    }
};

QTEST_GUILESS_MAIN(TestAttributeRatings)
#include "tst_attributeratings.moc"
