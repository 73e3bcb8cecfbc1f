// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli next and learner status (docs/active-learning.md) on a project of generated
// pictures: a disc, horizontal stripes or vertical stripes, labelled by the lead's references.
#include "tests/cli/clirun.h"
#include "tests/core/projectfixtures.h"

#include "core/storage/jsonsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <set>

using namespace concord;
using namespace concord::test;

namespace {

constexpr int PicturesPerClass = 12;
const char *const ClassNames[] = {"Disc", "Horizontal", "Vertical"};

cv::Mat picture(int label, int seed)
{
    cv::RNG random(seed);
    cv::Mat image(64, 64, CV_8U, cv::Scalar(random.uniform(40, 90)));
    if (label == 0) {
        cv::circle(image, cv::Point(random.uniform(16, 48), random.uniform(16, 48)),
                   random.uniform(8, 16), cv::Scalar(210), cv::FILLED);
    } else {
        const int period = random.uniform(8, 14);
        for (int along = random.uniform(0, period); along < 64; along += period) {
            const cv::Rect band = label == 1 ? cv::Rect(0, along, 64, period / 2)
                                             : cv::Rect(along, 0, period / 2, 64);
            image(band & cv::Rect(0, 0, 64, 64)).setTo(190);
        }
    }
    cv::Mat noise(64, 64, CV_8U);
    random.fill(noise, cv::RNG::NORMAL, 0, 12);
    return image + noise;
}

} // namespace

class TestNextCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::map<QString, int> m_classOfPath; // file name -> class

    CliRun next(const QString &strategy, int count, const QStringList &more = {}) const
    {
        return runCli(QStringList{QStringLiteral("next"), m_project, QStringLiteral("--strategy"),
                                  strategy, QStringLiteral("--count"), QString::number(count)} +
                      more);
    }

    static Json jsonOf(const CliRun &run)
    {
        const std::optional<Json> json = parseJson(run.out);
        if (!json)
            qWarning("not JSON: %s\n%s", qPrintable(run.out), qPrintable(run.err));
        return json.value_or(Json::object());
    }

    // The lead records reference labels until each class has `perClass` of them.
    void labelMore(int perClass)
    {
        auto workspace = testing::openOrDie(m_project);
        QVERIFY(!workspace->startSession(QStringLiteral("lea")));
        std::map<int, int> added;
        for (const Item &item : workspace->items().items()) {
            const int label = m_classOfPath.at(QFileInfo(item.path).fileName());
            if (added[label] >= perClass)
                continue;
            if (workspace->referenceLabel(item.id)) {
                ++added[label];
                continue;
            }
            const Label *found =
                workspace->project().taxonomy.findByName(QLatin1String(ClassNames[label]));
            QVERIFY(found);
            QVERIFY(!workspace->recordReferenceLabel(item.id, {found->id}, {}));
            ++added[label];
        }
        QVERIFY(!workspace->endSession());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project"));
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(images));
        for (int n = 0; n < 3 * PicturesPerClass; ++n) {
            const QString name = QStringLiteral("p%1.png").arg(n, 2, 10, QLatin1Char('0'));
            QVERIFY(cv::imwrite((images + QLatin1Char('/') + name).toStdString(),
                                picture(n % 3, n + 1)));
            m_classOfPath[name] = n % 3;
        }
        QVERIFY(testing::createProject(
            m_project,
            testing::projectWithLabels(QStringLiteral("Shapes"),
                                       QStringLiteral("Disc\nHorizontal\nVertical")),
            {{QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead}}));
        const CliRun imported = runCli({QStringLiteral("import"), m_project, images});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    }

    // Without a label: random works and is the same for the same seed; the uncertainty
    // strategies refuse and say why; diversity needs no label.
    void withoutLabels()
    {
        const CliRun random =
            next(QStringLiteral("random"), 5,
                 {QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(random.exitCode == 0, qPrintable(describe(random)));
        const Json drawn = jsonOf(random);
        QCOMPARE(drawn.at("items").size(), size_t(5));
        QCOMPARE(drawn.at("learner").at("trained").get<bool>(), false);
        QVERIFY(drawn.at("learner").at("cv_accuracy").is_null());
        std::set<std::string> ids;
        for (const Json &item : drawn.at("items"))
            ids.insert(item.at("item").get<std::string>());
        QCOMPARE(ids.size(), size_t(5));
        const CliRun again =
            next(QStringLiteral("random"), 5,
                 {QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY(jsonOf(again).at("items") == drawn.at("items"));
        const CliRun otherSeed =
            next(QStringLiteral("random"), 5,
                 {QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY(jsonOf(otherSeed).at("items") != drawn.at("items"));

        for (const char *strategy : {"least-confidence", "margin", "entropy"}) {
            const CliRun refused = next(QLatin1String(strategy), 5);
            QVERIFY2(refusedWith(refused, 1, QLatin1String("at least two classes")),
                     qPrintable(describe(refused)));
        }
        const CliRun diverse = next(QStringLiteral("diversity"), 4, {QStringLiteral("--json")});
        QVERIFY2(diverse.exitCode == 0, qPrintable(describe(diverse)));
        QCOMPARE(jsonOf(diverse).at("items").size(), size_t(4));
        // The features were cached by content on the first run.
        QVERIFY(QFile::exists(m_project + QStringLiteral("/cache/learning-features.json")));
        QCOMPARE(jsonOf(diverse).at("learner").at("features_computed").get<int>(), 0);
    }

    // Six labels: the learner trains and shows its accuracy, but does not rank by uncertainty
    // below the stated minimum.
    void tooFewLabelsToRank()
    {
        labelMore(2);
        const CliRun status = runCli({QStringLiteral("learner"), QStringLiteral("status"),
                                      m_project, QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const Json learner = jsonOf(status);
        QCOMPARE(learner.at("labels_used").get<int>(), 6);
        QCOMPARE(learner.at("trained").get<bool>(), true);
        QCOMPARE(learner.at("ranks_by_uncertainty").get<bool>(), false);
        const CliRun refused = next(QStringLiteral("margin"), 3);
        QVERIFY2(refusedWith(refused, 1, QLatin1String("at least 10 accepted labels")),
                 qPrintable(describe(refused)));
    }

    // Enough labels: accuracy well above the baseline, the next items unlabelled and in order
    // of uncertainty; the model is reused while nothing changes and warm-started when a label
    // comes in.
    void ranksByUncertainty()
    {
        labelMore(5);
        const CliRun status = runCli({QStringLiteral("learner"), QStringLiteral("status"),
                                      m_project, QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const Json learner = jsonOf(status);
        QCOMPARE(learner.at("labels_used").get<int>(), 15);
        QCOMPARE(learner.at("cv_folds").get<int>(), 5);
        QCOMPARE(learner.at("majority_baseline").get<double>(), 1.0 / 3.0);
        QVERIFY2(learner.at("cv_accuracy").get<double>() >= 0.8, status.out.toUtf8().constData());
        QCOMPARE(learner.at("from_cache").get<bool>(), false);

        const CliRun ranked =
            next(QStringLiteral("least-confidence"), 6, {QStringLiteral("--json")});
        QVERIFY2(ranked.exitCode == 0, qPrintable(describe(ranked)));
        const Json result = jsonOf(ranked);
        QCOMPARE(result.at("learner").at("from_cache").get<bool>(), true);
        QCOMPARE(result.at("items").size(), size_t(6));
        auto workspace = testing::openOrDie(m_project);
        double previous = 2;
        for (const Json &item : result.at("items")) {
            QVERIFY(!workspace->referenceLabel(fromStd(item.at("item").get<std::string>())));
            const double score = item.at("score").get<double>();
            QVERIFY(score <= previous);
            previous = score;
            double sum = 0;
            for (const auto &[label, p] : item.at("probabilities").items())
                sum += p.get<double>();
            QVERIFY(std::abs(sum - 1) < 1e-9);
        }
        workspace.reset();

        const CliRun text = next(QStringLiteral("entropy"), 3);
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.contains(QLatin1String("Cross-validated accuracy")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Next 3 items by entropy")), qPrintable(text.out));

        labelMore(6);
        const Json warm = jsonOf(runCli({QStringLiteral("learner"), QStringLiteral("status"),
                                         m_project, QStringLiteral("--json")}));
        QCOMPARE(warm.at("labels_used").get<int>(), 18);
        QCOMPARE(warm.at("from_cache").get<bool>(), false);
        QCOMPARE(warm.at("warm_started").get<bool>(), true);
    }

    void badUsage()
    {
        QVERIFY(refusedWith(next(QStringLiteral("smallest"), 3), 2, QLatin1String("--strategy")));
        QVERIFY(refusedWith(next(QStringLiteral("random"), 0), 2, QLatin1String("--count")));
        QVERIFY(refusedWith(runCli({QStringLiteral("next"), m_project}), 2,
                            QLatin1String("--strategy is required")));
        QVERIFY(refusedWith(
            next(QStringLiteral("random"), 3, {QStringLiteral("--seed"), QStringLiteral("-x")}), 2,
            QLatin1String("--seed")));
        // --features names an embedding model's description: a missing one, or one of another
        // task, is refused by name before anything is learned.
        const QString missing = m_dir.filePath(QStringLiteral("no-such-embedder.json"));
        QVERIFY(refusedWith(runCli({QStringLiteral("learner"), QStringLiteral("status"), m_project,
                                    QStringLiteral("--features"), missing}),
                            1, QLatin1String("no-such-embedder.json")));
        const QString wrongTask = m_dir.filePath(QStringLiteral("detector.json"));
        QFile description(wrongTask);
        QVERIFY(description.open(QIODevice::WriteOnly));
        description.write("{\"format\": 1, \"task\": \"detection\", \"model\": \"d.onnx\"}");
        description.close();
        const CliRun wrong =
            next(QStringLiteral("random"), 3, {QStringLiteral("--features"), wrongTask});
        QVERIFY2(refusedWith(wrong, 1, QLatin1String("detector.json")), qPrintable(wrong.err));
    }

    // A damaged picture is left out and named; a damaged model cache is retrained; a cache
    // planted as a link to a file outside the project is never written through.
    void damagedInput()
    {
        QVERIFY(QDir(m_project + QStringLiteral("/cache")).removeRecursively());
        const QString victim = m_dir.filePath(QStringLiteral("images/p00.png"));
        QFile image(victim);
        QVERIFY(image.open(QIODevice::WriteOnly | QIODevice::Truncate));
        image.write("\x89PNG\r\n");
        image.close();
        const CliRun run = runCli({QStringLiteral("learner"), QStringLiteral("status"), m_project,
                                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QLatin1String("p00.png")), qPrintable(run.err));
        QCOMPARE(jsonOf(run).at("items_not_described").get<int>(), 1);

        QFile model(m_project + QStringLiteral("/cache/learner-model.json"));
        QVERIFY(model.open(QIODevice::WriteOnly | QIODevice::Truncate));
        model.write("{\"format\": \"concord-learner-model/1\", \"weights\": [1, 2");
        model.close();
        const CliRun retrained = runCli({QStringLiteral("learner"), QStringLiteral("status"),
                                         m_project, QStringLiteral("--json")});
        QVERIFY2(retrained.exitCode == 0, qPrintable(describe(retrained)));
        QCOMPARE(jsonOf(retrained).at("from_cache").get<bool>(), false);
        QCOMPARE(jsonOf(retrained).at("warm_started").get<bool>(), false);

        const QString outside = m_dir.filePath(QStringLiteral("outside.json"));
        QVERIFY(QFile::remove(model.fileName()));
        QVERIFY(QFile::link(outside, model.fileName()));
        labelMore(7);
        const CliRun planted =
            runCli({QStringLiteral("learner"), QStringLiteral("status"), m_project});
        QVERIFY2(planted.exitCode == 0, qPrintable(describe(planted)));
        QVERIFY2(planted.err.contains(QLatin1String("learner-model.json")),
                 qPrintable(planted.err));
        QVERIFY(!QFile::exists(outside));
    }
};

QTEST_GUILESS_MAIN(TestNextCommand)
#include "tst_nextcommand.moc"
