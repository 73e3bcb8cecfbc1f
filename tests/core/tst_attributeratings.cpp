// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/attributeratings.h"
#include "core/project/workspaceinternals.h"
#include "tests/core/projectfixtures.h"
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
        return testing::openOrDie(dir.path());
    }

    // The ratings of `attribute` over every reader's work.
    static Expected<AttributeRatings> ratingsOf(const Workspace &workspace,
                                                const QString &attribute)
    {
        return attributeRatings(workspace.project(), workspace.items(),
                                WorkspaceInternals::store(workspace), attribute);
    }

private Q_SLOTS:
    void ordinalValuesKeepTheirRankOrder()
    {
        QTemporaryDir dir;
        const auto workspace = openSeverityProject(dir);
        const Expected<AttributeRatings> ratings =
            ratingsOf(*workspace, QStringLiteral("severity"));
        QVERIFY(ratings);
        QCOMPARE(ratings->scale, AttributeScale::Ordinal);
        QCOMPARE(ratings->labelPaths, QStringList{QStringLiteral("Effusion")});
        const RatingTable &table = ratings->table;
        // Rank order, not alphabetical (which would put "large" first).
        QCOMPARE(table.categoryNames(),
                 (QStringList{QStringLiteral("trace"), QStringLiteral("moderate"),
                              QStringLiteral("large")}));
        QCOMPARE(table.unitCount(), 4); // item 5 has no effusion: no unit
        QCOMPARE(table.coderCount(), 2);
        QCOMPARE(table.ratingCount(), qint64(7));
        QCOMPARE(table.unitName(1), QStringLiteral("i2 · Effusion"));
        QCOMPARE(table.at(1, 0), 1);                    // alice: moderate
        QCOMPARE(table.at(1, 1), 2);                    // bob: large
        QCOMPARE(table.at(3, 1), RatingTable::Missing); // bob left it unset
    }

    void ordinalAlphaWeighsTheNearMiss()
    {
        QTemporaryDir dir;
        const auto workspace = openSeverityProject(dir);
        const RatingTable table = ratingsOf(*workspace, QStringLiteral("severity"))->table;
        const AgreementResult ordinal =
            computeAgreement(table, {AgreementMetric::Alpha, MeasurementLevel::Ordinal});
        const AgreementResult nominal =
            computeAgreement(table, {AgreementMetric::Alpha, MeasurementLevel::Nominal});
        QVERIFY(ordinal.value && nominal.value);
        QVERIFY(qAbs(*ordinal.value - testing::SeverityOrdinalAlpha) < 1e-9);
        QVERIFY(qAbs(*nominal.value - testing::SeverityNominalAlpha) < 1e-9);

        // The ordinal set has weighted coefficients; with two readers, weighted Cohen's kappa.
        const std::vector<AgreementRequest> requests =
            attributeAgreementRequests(AttributeScale::Ordinal, 2);
        const bool hasOrdinalAlpha =
            std::any_of(requests.begin(), requests.end(), [](const AgreementRequest &r) {
                return r.metric == AgreementMetric::Alpha && r.level == MeasurementLevel::Ordinal;
            });
        const bool hasWeightedKappa =
            std::any_of(requests.begin(), requests.end(), [](const AgreementRequest &r) {
                return r.metric == AgreementMetric::Cohen && r.weights == KappaWeights::Quadratic;
            });
        QVERIFY(hasOrdinalAlpha && hasWeightedKappa);
        for (const AgreementRequest &request : requests)
            QVERIFY2(checkAgreementRequest(table, request).isEmpty(),
                     qPrintable(checkAgreementRequest(table, request)));
        for (const AgreementRequest &request :
             attributeAgreementRequests(AttributeScale::Nominal, 2))
            QVERIFY(request.level == MeasurementLevel::Nominal &&
                    request.weights == KappaWeights::Unweighted);
    }

    void shapesAreMatchedByLabel()
    {
        QTemporaryDir dir;
        auto workspace = openSeverityProject(dir);
        const int effusion =
            workspace->project().taxonomy.findByName(QStringLiteral("Effusion"))->id;
        auto addBox = [&](const QString &itemId, const QString &severity) {
            BoxAnnotation box;
            box.id = newAnnotationId();
            box.labelId = effusion;
            box.rect = {1, 1, 5, 5};
            if (!severity.isEmpty())
                box.attributes.insert(QStringLiteral("severity"), severity);
            return !workspace->commit(edits::addBox(itemId, box).forward);
        };
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        QVERIFY(addBox(QStringLiteral("i5"), QStringLiteral("moderate")));
        QVERIFY(addBox(QStringLiteral("i1"), QStringLiteral("trace")));
        QVERIFY(addBox(QStringLiteral("i1"), QStringLiteral("large"))); // two on i1: ambiguous
        QVERIFY(!workspace->startSession(QStringLiteral("bob")));
        QVERIFY(addBox(QStringLiteral("i5"), QStringLiteral("large")));
        QVERIFY(addBox(QStringLiteral("i1"), QStringLiteral("trace")));

        const Expected<AttributeRatings> ratings =
            ratingsOf(*workspace, QStringLiteral("severity"));
        QVERIFY(ratings);
        QCOMPARE(ratings->ambiguousShapes, 1);
        const RatingTable &table = ratings->table;
        QCOMPARE(table.unitCount(), 6); // the 4 image labels, i1's and i5's shapes
        qint32 i5 = -1, i1 = -1;
        for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
            if (table.unitName(unit) == QStringLiteral("i5 · Effusion (shape)"))
                i5 = unit;
            if (table.unitName(unit) == QStringLiteral("i1 · Effusion (shape)"))
                i1 = unit;
        }
        QVERIFY(i5 >= 0 && i1 >= 0);
        QCOMPARE(table.at(i5, 0), 1);                    // alice: moderate
        QCOMPARE(table.at(i5, 1), 2);                    // bob: large
        QCOMPARE(table.at(i1, 0), RatingTable::Missing); // alice drew two
        QCOMPARE(table.at(i1, 1), 0);
    }

    void nominalAttributeAndUnknownAttribute()
    {
        QTemporaryDir dir;
        const auto workspace = openSeverityProject(dir);
        const Expected<AttributeRatings> laterality =
            ratingsOf(*workspace, QStringLiteral("laterality"));
        QVERIFY(laterality);
        QCOMPARE(laterality->scale, AttributeScale::Nominal);
        QCOMPARE(laterality->table.ratingCount(), qint64(0)); // nobody recorded one

        const Expected<AttributeRatings> unknown = ratingsOf(*workspace, QStringLiteral("density"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("density")));
    }
};

QTEST_GUILESS_MAIN(TestAttributeRatings)
#include "tst_attributeratings.moc"
