// SPDX-License-Identifier: GPL-3.0-or-later
// The item list's queue order (docs/active-learning.md, "In the window"): choosing "Least
// confident first" trains the learner in the background and puts the unlabelled items it is
// least sure of first; Next follows that order; the lead sees the cross-validated accuracy; a
// new label retrains it and takes the item out of the queue; with too few labels the list stays
// in project order and says why.
#include "tests/core/projectfixtures.h"
#include "tests/widgets/testsettings.h"

#include "core/agreement/splitmix64.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/panels/itembrowser.h"
#include "widgets/panels/learnerqueue.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace concord;

namespace {

// Class 0: a bright disc; class 1: horizontal stripes; a blend is half of each, which the
// learner should be least sure of.
cv::Mat1f disc(SplitMix64 &random)
{
    cv::Mat1f picture(64, 64, float(60 + random.below(30)));
    cv::circle(picture, cv::Point(20 + int(random.below(24)), 20 + int(random.below(24))),
               10 + int(random.below(6)), cv::Scalar(220), cv::FILLED);
    return picture;
}

cv::Mat1f stripes(SplitMix64 &random)
{
    cv::Mat1f picture(64, 64, float(60 + random.below(30)));
    const int period = 8 + int(random.below(4));
    for (int y = 0; y < 64; ++y) {
        if (y % period < period / 2)
            picture.row(y) += 120.0F;
    }
    return picture;
}

cv::Mat bytesOf(const cv::Mat1f &picture)
{
    cv::Mat bytes;
    picture.convertTo(bytes, CV_8U);
    return bytes;
}

enum class Kind { Disc, Stripes, Blend };

} // namespace

class TestQueueOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_blends;
    QStringList m_clearUnlabelled;
    int m_disc = 0;
    int m_stripes = 0;
    int m_projects = 0;

    // Items: 12 discs and 12 stripes the lead labels, then 4 of each and 3 blends unlabelled.
    void makeProject(int labelledPerClass)
    {
        const QString root = m_dir.filePath(QStringLiteral("project%1").arg(++m_projects));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/images")));
        SplitMix64 random(7);
        std::vector<Item> items;
        std::vector<Kind> kinds;
        auto add = [&](Kind kind) {
            const int n = int(items.size());
            const QString path = QStringLiteral("images/%1.png").arg(n, 3, 10, QLatin1Char('0'));
            const cv::Mat1f picture = kind == Kind::Disc ? disc(random)
                                      : kind == Kind::Stripes
                                          ? stripes(random)
                                          : (disc(random) + stripes(random)) / 2;
            QVERIFY(cv::imwrite((root + QLatin1Char('/') + path).toStdString(), bytesOf(picture)));
            items.push_back(Item{QStringLiteral("i%1").arg(n, 3, 10, QLatin1Char('0')), path,
                                 QStringLiteral("%1").arg(n + 1, 64, 16, QLatin1Char('0')), 64,
                                 64});
            kinds.push_back(kind);
        };
        for (int i = 0; i < labelledPerClass; ++i) {
            add(Kind::Disc);
            add(Kind::Stripes);
        }
        for (int i = 0; i < 4; ++i) {
            add(Kind::Disc);
            add(Kind::Stripes);
        }
        for (int i = 0; i < 3; ++i)
            add(Kind::Blend);
        m_workspace = testing::createProject(
            root, testing::projectWithLabels(QStringLiteral("Q"), QStringLiteral("Disc\nStripes")),
            testing::peopleNamedById({{"lea", Role::Lead}}), items);
        QVERIFY(m_workspace);
        m_disc = m_workspace->project().taxonomy.findByName(QStringLiteral("Disc"))->id;
        m_stripes = m_workspace->project().taxonomy.findByName(QStringLiteral("Stripes"))->id;
        QVERIFY(!m_workspace->startSession(QStringLiteral("lea")));
        m_blends.clear();
        m_clearUnlabelled.clear();
        for (int n = 0; n < int(items.size()); ++n) {
            if (n < 2 * labelledPerClass)
                QVERIFY(!testing::labelAndSubmit(
                    *m_workspace, items[size_t(n)].id,
                    {kinds[size_t(n)] == Kind::Disc ? m_disc : m_stripes}));
            else if (kinds[size_t(n)] == Kind::Blend)
                m_blends.append(items[size_t(n)].id);
            else
                m_clearUnlabelled.append(items[size_t(n)].id);
        }
    }

    static void chooseOrder(ItemBrowser &browser, const QString &name)
    {
        auto *order = browser.findChild<QComboBox *>(QStringLiteral("queueOrder"));
        QVERIFY(order);
        const int index = order->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        order->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testing::useTestSettings(QStringLiteral("tst_queueorder"), QStringLiteral("models"));
    }

    void leastConfidentItemsComeFirstAndNextFollowsThem()
    {
        makeProject(12);
        LabelingContext context(m_workspace.get());
        ItemBrowser browser(&context);
        QSignalSpy ranked(browser.queue(), &LearnerQueue::ranksChanged);
        chooseOrder(browser, QStringLiteral("Least confident first"));
        QVERIFY(browser.queue()->isLearning()); // in the background: the call came back
        QVERIFY(ranked.wait(60000));

        const QHash<QString, int> &ranks = browser.queue()->ranks();
        QCOMPARE(ranks.size(), qsizetype(m_blends.size() + m_clearUnlabelled.size()));
        double blendRanks = 0;
        for (const QString &item : std::as_const(m_blends))
            blendRanks += ranks.value(item, 1000);
        double clearRanks = 0;
        for (const QString &item : std::as_const(m_clearUnlabelled))
            clearRanks += ranks.value(item, 1000);
        QVERIFY2(blendRanks / m_blends.size() < clearRanks / m_clearUnlabelled.size(),
                 qPrintable(QStringLiteral("blends %1, clear %2")
                                .arg(blendRanks / m_blends.size())
                                .arg(clearRanks / m_clearUnlabelled.size())));
        auto *status = browser.findChild<QLabel *>(QStringLiteral("queueStatus"));
        QVERIFY(status && !status->isHidden());
        QVERIFY2(status->text().contains(QStringLiteral("cross-validated accuracy")) &&
                     status->text().contains(QStringLiteral("24 label")),
                 qPrintable(status->text()));

        // Next goes down the queue, not down the project.
        QString first;
        QString second;
        for (auto it = ranks.constBegin(); it != ranks.constEnd(); ++it) {
            if (it.value() == 0)
                first = it.key();
            if (it.value() == 1)
                second = it.key();
        }
        const ItemList &items = m_workspace->items();
        context.setCurrentIndex(items.indexOf(first));
        QCOMPARE(browser.neighbourItem(+1), items.indexOf(second));
        context.setCurrentIndex(items.indexOf(second));
        QCOMPARE(browser.neighbourItem(-1), items.indexOf(first));

        // A new label retrains the learner in the background and takes the item out.
        QVERIFY(!testing::labelAndSubmit(*m_workspace, first, {m_disc}));
        QVERIFY(ranked.wait(LearnerQueue::RetrainDelayMs + 60000));
        QVERIFY(!browser.queue()->ranks().contains(first));
        QCOMPARE(browser.queue()->ranks().size(), ranks.size());
        QVERIFY2(status->text().contains(QStringLiteral("25 label")), qPrintable(status->text()));

        // Back to project order: Next is the next item of the project again.
        chooseOrder(browser, QStringLiteral("Project order"));
        QVERIFY(browser.queue()->ranks().isEmpty());
        context.setCurrentIndex(3);
        QCOMPARE(browser.neighbourItem(+1), 4);
        QVERIFY(status->isHidden());
    }

    void tooFewLabelsKeepProjectOrderAndSayWhy()
    {
        makeProject(3);
        LabelingContext context(m_workspace.get());
        ItemBrowser browser(&context);
        QSignalSpy ranked(browser.queue(), &LearnerQueue::ranksChanged);
        chooseOrder(browser, QStringLiteral("Least confident first"));
        QVERIFY(ranked.wait(60000));
        QVERIFY(browser.queue()->ranks().isEmpty());
        auto *status = browser.findChild<QLabel *>(QStringLiteral("queueStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("at least 10 accepted labels")),
                 qPrintable(status->text()));
        context.setCurrentIndex(0);
        QCOMPARE(browser.neighbourItem(+1), 1);

        // Random needs no learner: every unlabelled item is ranked.
        chooseOrder(browser, QStringLiteral("Random"));
        QVERIFY(ranked.wait(60000));
        QCOMPARE(browser.queue()->ranks().size(),
                 qsizetype(m_blends.size() + m_clearUnlabelled.size()));
    }

    // An embedding model set in Preferences that cannot be used is named under the order box,
    // and the built-in descriptors stand in: the queue still orders.
    void aBrokenEmbeddingModelIsNamedAndTheDescriptorsStandIn()
    {
        makeProject(12);
        const QString broken = m_dir.filePath(QStringLiteral("embedder.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"task\": \"embedding\"");
        file.close();
        QSettings().setValue(QLatin1String(LearnerEmbeddingModelSetting), broken);
        LabelingContext context(m_workspace.get());
        ItemBrowser browser(&context);
        QSignalSpy ranked(browser.queue(), &LearnerQueue::ranksChanged);
        chooseOrder(browser, QStringLiteral("Least confident first"));
        QVERIFY(ranked.wait(60000));
        QSettings().remove(QLatin1String(LearnerEmbeddingModelSetting));
        QCOMPARE(browser.queue()->ranks().size(),
                 qsizetype(m_blends.size() + m_clearUnlabelled.size()));
        const QString status = browser.findChild<QLabel *>(QStringLiteral("queueStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("embedding model was not used")) &&
                     status.contains(QStringLiteral("embedder.json")),
                 qPrintable(status));
    }
};

QTEST_MAIN(TestQueueOrder)
#include "tst_queueorder.moc"
